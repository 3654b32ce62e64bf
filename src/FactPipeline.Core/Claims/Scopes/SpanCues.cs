namespace FactPipeline.Core.Claims.Scopes;

/// <summary>
/// Finds the first span-of-years phrase ("selama {n} tahun", "over the next {n} years", "{n}년간") in lower-case
/// text, exactly as the regex <c>(?&lt;![A-Za-z])(?:cue|cue|…)</c> with {n} = <c>\d{1,2}|word|word|…</c> would: the
/// leftmost position not right after a Latin letter, there the first cue (in file order) that fits, and in it the
/// first reading of the number that lets the rest of the cue follow (two digits, one digit, then the spelled numbers
/// in the order given). Written out because that regex has so many branches that the JIT compiles it unoptimised,
/// at tens of microseconds a figure.
/// </summary>
internal sealed class SpanCues
{
    private const string Placeholder = "{n}";

    private readonly (string Before, string? After)[] _cues;
    private readonly string[] _numberWords;

    /// <param name="cues">Lower-case phrases with one {n} where the number stands.</param>
    /// <param name="numberWords">Spelled numbers, in the order they are tried.</param>
    public SpanCues(IEnumerable<string> cues, IEnumerable<string> numberWords)
    {
        _cues = cues.Select(Split).ToArray();
        _numberWords = numberWords.ToArray();
    }

    /// <summary>The number of the first span phrase (as written: "5", "lima"; empty for a cue without {n}), or null.</summary>
    public string? FirstNumber(string text)
    {
        for (var at = 0; at < text.Length; at++)
        {
            if (at > 0 && char.IsAsciiLetter(text[at - 1]))
            {
                continue;
            }
            foreach (var (before, after) in _cues)
            {
                if (!text.AsSpan(at).StartsWith(before, StringComparison.Ordinal))
                {
                    continue;
                }
                if (after is null)
                {
                    return "";
                }
                if (NumberAt(text, at + before.Length, after) is { } number)
                {
                    return number;
                }
            }
        }
        return null;
    }

    private string? NumberAt(string text, int at, string after)
    {
        if (at < text.Length && char.IsDigit(text[at]))
        {
            // \d{1,2} is greedy: two digits first, then one.
            if (at + 1 < text.Length && char.IsDigit(text[at + 1]) && Follows(text, at + 2, after))
            {
                return text.Substring(at, 2);
            }
            if (Follows(text, at + 1, after))
            {
                return text.Substring(at, 1);
            }
        }
        foreach (var word in _numberWords)
        {
            if (text.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && Follows(text, at + word.Length, after))
            {
                return word;
            }
        }
        return null;
    }

    private static bool Follows(string text, int at, string after) => text.AsSpan(at).StartsWith(after, StringComparison.Ordinal);

    private static (string Before, string? After) Split(string cue)
    {
        var at = cue.IndexOf(Placeholder, StringComparison.Ordinal);
        if (at < 0)
        {
            return (cue, null);
        }
        if (cue.IndexOf(Placeholder, at + Placeholder.Length, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"scope-cues.json: span cue \"{cue}\" has more than one {Placeholder}.");
        }
        return (cue[..at], cue[(at + Placeholder.Length)..]);
    }
}
