namespace FactPipeline.Core.Model.Lexicon;

/// <summary>
/// <see cref="string.ToLowerInvariant"/> without a call into ICU per text: invariant lower-casing maps each UTF-16 code
/// unit of the Basic Multilingual Plane on its own (one code point to one, no context), so a table per block of 256
/// characters, each filled once by lower-casing the whole block with <see cref="string.ToLowerInvariant"/> itself, gives
/// the same characters. Texts with surrogates (code points beyond the BMP) take the framework's path.
/// </summary>
internal static class InvariantLower
{
    private const int BlockBits = 8;
    private const int BlockSize = 1 << BlockBits;
    private static readonly char[]?[] Blocks = new char[]?[0x10000 >> BlockBits];

    public static string Of(string text)
    {
        var span = text.AsSpan();
        if (System.Text.Ascii.IsValid(span) || span.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            // ASCII: the framework's own path is vectorised and allocates nothing when nothing changes.
            return text.ToLowerInvariant();
        }
        return string.Create(text.Length, text, static (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                target[i] = c < 0x80 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : Block(c >> BlockBits)[c & (BlockSize - 1)];
            }
        });
    }

    private static char[] Block(int high)
    {
        if (Volatile.Read(ref Blocks[high]) is { } block)
        {
            return block;
        }
        var chars = new char[BlockSize];
        for (var i = 0; i < BlockSize; i++)
        {
            chars[i] = (char)((high << BlockBits) | i);
        }
        var lowered = new string(chars).ToLowerInvariant();
        if (lowered.Length != BlockSize)
        {
            throw new InvalidOperationException($"lower-casing block {high:X2} changed its length");
        }
        lowered.CopyTo(chars);
        // Two threads may fill the same block at once: both fill it alike, either copy is right.
        Volatile.Write(ref Blocks[high], chars);
        return chars;
    }
}
