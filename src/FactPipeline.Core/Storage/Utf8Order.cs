namespace FactPipeline.Core.Storage;

/// <summary>
/// Strings in the order of their UTF-8 bytes (code point order), as SQLite's BINARY collation sorts text. Ordinal
/// UTF-16 order differs from it only where a surrogate pair meets a character from U+E000 to U+FFFF.
/// </summary>
internal sealed class Utf8Order : IComparer<string>
{
    public static readonly Utf8Order Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return CodePointRank(x[i]).CompareTo(CodePointRank(y[i]));
            }
        }
        return x.Length.CompareTo(y.Length);
    }

    // Surrogates (U+D800–U+DFFF) stand for code points above U+FFFF: they rank after U+E000–U+FFFF, not before.
    private static int CodePointRank(char c) => c >= '\uE000' ? c - 0x800 : c >= '\uD800' ? c + 0x2000 : c;
}
