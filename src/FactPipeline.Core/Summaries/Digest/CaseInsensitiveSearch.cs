using System.Collections.Concurrent;

namespace FactPipeline.Core.Summaries.Digest;

/// <summary>
/// Which comparison finds a name ignoring case at the least cost. A name none of whose characters has another
/// character equal to it ignoring case (Hangul, most of CJK) is found the same by an ordinal search, which is
/// vectorised; case-insensitive search of non-ASCII text goes character by character.
/// </summary>
internal static class CaseInsensitiveSearch
{
    /// <summary>Every UTF-16 code unit's <see cref="StringComparison.OrdinalIgnoreCase"/> hash (equal units hash alike).</summary>
    private static readonly Lazy<int[]> Hashes = new(() =>
    {
        var hashes = new int[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var unit = (char)c;
            hashes[c] = string.GetHashCode(new ReadOnlySpan<char>(in unit), StringComparison.OrdinalIgnoreCase);
        }
        return hashes;
    });

    private static readonly ConcurrentDictionary<char, bool> Known = new();

    /// <summary>
    /// <see cref="StringComparison.Ordinal"/> when no character of <paramref name="term"/> has a case variant (and none
    /// is a surrogate, whose pairs compare as code points), else <see cref="StringComparison.OrdinalIgnoreCase"/>.
    /// </summary>
    public static StringComparison ComparisonFor(string term)
    {
        foreach (var c in term)
        {
            if (char.IsSurrogate(c) || Known.GetOrAdd(c, HasCaseVariant))
            {
                return StringComparison.OrdinalIgnoreCase;
            }
        }
        return StringComparison.Ordinal;
    }

    /// <summary>Whether another code unit equals <paramref name="unit"/> under the very comparison the search would use.</summary>
    private static bool HasCaseVariant(char unit)
    {
        var hashes = Hashes.Value.AsSpan();
        var hash = hashes[unit];
        for (var from = 0; from < hashes.Length;)
        {
            var at = hashes[from..].IndexOf(hash);
            if (at < 0)
            {
                return false;
            }
            var other = (char)(from + at);
            if (other != unit && new ReadOnlySpan<char>(in other).Equals(new ReadOnlySpan<char>(in unit), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            from += at + 1;
        }
        return false;
    }
}
