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

    // Spelled numbers by first character, each list in the order given.
    private readonly Dictionary<char, string[]> _numberWords;

    // The cues that can start at a character, in file order: those whose words start with it, and those that start
    // with the number when it can start one (a digit, the first letter of a spelled number). Most characters start none.
    private readonly Dictionary<char, (string Before, string? After)[]> _byFirst;
    private readonly (string Before, string? After)[] _startingWithNumber;

    /// <param name="cues">Lower-case phrases with one {n} where the number stands.</param>
    /// <param name="numberWords">Spelled numbers, in the order they are tried.</param>
    public SpanCues(IEnumerable<string> cues, IEnumerable<string> numberWords)
    {
        var all = cues.Select(Split).ToArray();
        var words = numberWords.Where(w => w.Length > 0).ToArray();
        _numberWords = words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
        var numberStarts = _numberWords.Keys.ToHashSet();
        bool CanStart((string Before, string? After) cue, char c) =>
            cue.Before.Length > 0 ? cue.Before[0] == c : char.IsDigit(c) || numberStarts.Contains(c);
        var firsts = all.Where(c => c.Before.Length > 0).Select(c => c.Before[0]).Concat(numberStarts).Concat("0123456789").ToHashSet();
        _byFirst = firsts.ToDictionary(c => c, c => all.Where(cue => CanStart(cue, c)).ToArray());
        _startingWithNumber = all.Where(c => c.Before.Length == 0).ToArray();
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
            // A digit outside ASCII (and outside every cue's words) can still be the number.
            var candidates = _byFirst.TryGetValue(text[at], out var starting) ? starting : char.IsDigit(text[at]) ? _startingWithNumber : [];
            foreach (var (before, after) in candidates)
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
        if (at >= text.Length || !_numberWords.TryGetValue(text[at], out var words))
        {
            return null;
        }
        foreach (var word in words)
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
        if (cue.Length == 0)
        {
            throw new InvalidOperationException("scope-cues.json: an empty span cue.");
        }
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
