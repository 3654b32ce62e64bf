using System.Text.RegularExpressions;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Roles a figure plays that make it no counterpart of another report's figure, read from the words right around it
/// (cue words are data, <c>figure-roles.cues.json</c>): the value something changed from or is compared with ("down
/// from $19.5 billion", "(originally $200)", "prior guidance of 4%"), and the length of a window ("in their past
/// nine games", "the three previous games", "최근 3경기").
/// </summary>
internal static partial class FigureRoles
{
    private static readonly Lazy<Cues> Data = new(Load);

    // "$150 to $200", "5-7%", "5 sampai 7": a range is read as one figure, and its "from" is no change.
    [GeneratedRegex(@"\d\s*(?:-|–|—|~|to|sampai|hingga|đến|至)\s*\D{0,4}\d", RegexOptions.IgnoreCase)]
    private static partial Regex RangePattern();

    /// <summary>Per claim, whether its sentence gives it as an earlier value of another figure of its kind and unit.</summary>
    public static bool[] Earlier(Claim[] claims)
    {
        var earlier = new bool[claims.Length];
        foreach (var sentence in Enumerable.Range(0, claims.Length).GroupBy(i => (claims[i].ArticleId, claims[i].QuoteStart)))
        {
            var members = sentence.ToArray();
            if (members.Length < 2)
            {
                continue;
            }
            foreach (var i in members)
            {
                var value = claims[i].Value;
                var changedTo = members.Any(k => k != i && claims[k].Value.Kind == value.Kind && claims[k].Value.Amount != value.Amount
                    && (claims[k].Value.Unit == value.Unit || SameCountedMeasure(claims[k], claims[i])));
                earlier[i] = changedTo && IsEarlier(claims[i]);
            }
        }
        return earlier;
    }

    /// <summary>Two counts of one named measure with other nouns: "five companies" and "the original nine CLPS firms".</summary>
    private static bool SameCountedMeasure(Claim a, Claim b) =>
        a.Value.Kind == QuantityKind.Count && a.Concept is not null && !a.Concept.StartsWith("noun:", StringComparison.Ordinal)
        && string.Equals(a.Concept, b.Concept, StringComparison.Ordinal);

    /// <summary>Whether the words right around the claim's figure give it as the value before a change.</summary>
    internal static bool IsEarlier(Claim claim)
    {
        var start = claim.Value.Start - claim.QuoteStart;
        var end = start + claim.Value.Length;
        if (start < 0 || end > claim.Quote.Length || RangePattern().IsMatch(claim.Value.Text))
        {
            return false;
        }
        var cues = Data.Value;
        if (cues.After.TryGetValue(claim.Language, out var after) && after.Any(c => claim.Quote.AsSpan(end).TrimStart().StartsWith(c, StringComparison.Ordinal)))
        {
            return true;
        }
        if (!cues.Before.TryGetValue(claim.Language, out var before))
        {
            return false;
        }
        var text = WithoutBetweenWords(claim, start);
        return before.Any(cue => EndsWithWord(text, cue));
    }

    /// <summary>
    /// Whether the claim's figure is a margin, the difference between two figures of one contest ("a state Trump won by
    /// 30 points", "a margin of 20 points", "3만3천456표 차로"): another contest's margin is another fact, however alike.
    /// </summary>
    internal static bool IsMargin(Claim claim)
    {
        var start = claim.Value.Start - claim.QuoteStart;
        var end = start + claim.Value.Length;
        if (start < 0 || end > claim.Quote.Length)
        {
            return false;
        }
        var cues = Data.Value;
        if (cues.MarginAfter.TryGetValue(claim.Language, out var after) && after.Any(c => claim.Quote.AsSpan(end).TrimStart().StartsWith(c, StringComparison.Ordinal)))
        {
            return true;
        }
        return cues.MarginBefore.TryGetValue(claim.Language, out var before) && before.Any(cue => EndsWithWord(WithoutBetweenWords(claim, start), cue));
    }

    /// <summary>The text before the figure, lower case, without the words that may stand between a cue and its figure.</summary>
    private static string WithoutBetweenWords(Claim claim, int start)
    {
        var between = Data.Value.Between.GetValueOrDefault(claim.Language) ?? [];
        var text = claim.Quote[..start].TrimEnd(' ', '(', '$', '€', '£', '¥').ToLowerInvariant();
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var word in between)
            {
                if (EndsWithWord(text, word))
                {
                    text = text[..^word.Length].TrimEnd();
                    stripped = true;
                }
            }
        }
        return text;
    }

    /// <summary>Whether <paramref name="text"/> ends with <paramref name="word"/> as a whole word (Chinese: anywhere at the end).</summary>
    private static bool EndsWithWord(string text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal)
        && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]) || word[0] >= '\u2E80');

    private static Cues Load()
    {
        return EmbeddedJson.Load("figure-roles.cues.json", CrossCheckDataJson.Default.FigureRolesCues);
    }

    /// <summary>
    /// Whether the claim's count is the length of a window ("the last 10 games", "past nine games", "three previous
    /// games", "24 jam terakhir"): it says how far back a sentence looks, not a fact another report could contradict.
    /// </summary>
    internal static bool IsWindow(Claim claim)
    {
        if (claim.Value.Kind != QuantityKind.Count)
        {
            return false;
        }
        var cues = Data.Value;
        if (cues.WindowNoun.TryGetValue(claim.Language, out var nouns) && nouns.Contains(claim.Value.Unit?.ToLowerInvariant(), StringComparer.Ordinal))
        {
            return true;
        }
        var start = claim.Value.Start - claim.QuoteStart;
        var end = start + claim.Value.Length;
        if (start < 0 || end > claim.Quote.Length)
        {
            return false;
        }
        var text = claim.Quote[..start].TrimEnd().ToLowerInvariant();
        if (cues.WindowBefore.TryGetValue(claim.Language, out var before) && before.Any(cue => EndsWithWord(text, cue)))
        {
            return true;
        }
        var rest = claim.Quote[end..].ToLowerInvariant();
        return cues.WindowAfter.TryGetValue(claim.Language, out var after)
            && after.Any(cue => rest.StartsWith(cue, StringComparison.Ordinal) ? cue[0] >= '\u1100' : rest.StartsWith(" " + cue, StringComparison.Ordinal) && (rest.Length == cue.Length + 1 || !char.IsLetter(rest[cue.Length + 1])));
    }

    internal sealed record Cues(
        Dictionary<string, string[]> Before, Dictionary<string, string[]> Between, Dictionary<string, string[]> After,
        Dictionary<string, string[]> WindowBefore, Dictionary<string, string[]> WindowAfter, Dictionary<string, string[]> WindowNoun,
        Dictionary<string, string[]> MarginBefore, Dictionary<string, string[]> MarginAfter);
}
