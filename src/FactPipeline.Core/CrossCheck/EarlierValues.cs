using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Finds figures a sentence gives as the value something changed from or is compared with ("down from $19.5
/// billion", "(originally $200)", "prior guidance of 4%"), next to the value it changed to: an earlier value, not
/// the fact another report states now. Cue words are data (<c>earlier-value.cues.json</c>).
/// </summary>
internal static partial class EarlierValues
{
    private static readonly Lazy<Cues> Data = new(Load);

    // "$150 to $200", "5-7%", "5 sampai 7": a range is read as one figure, and its "from" is no change.
    [GeneratedRegex(@"\d\s*(?:-|–|—|~|to|sampai|hingga|đến|至)\s*\D{0,4}\d", RegexOptions.IgnoreCase)]
    private static partial Regex RangePattern();

    /// <summary>Per claim, whether its sentence gives it as an earlier value of another figure of its kind and unit.</summary>
    public static bool[] Of(Claim[] claims)
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
                var changedTo = members.Any(k => k != i && claims[k].Value.Kind == value.Kind && claims[k].Value.Unit == value.Unit && claims[k].Value.Amount != value.Amount);
                earlier[i] = changedTo && IsEarlier(claims[i]);
            }
        }
        return earlier;
    }

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
        var between = cues.Between.GetValueOrDefault(claim.Language) ?? [];
        // The text before the figure, lower case, without the words that may stand between a cue and its figure.
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
        return before.Any(cue => EndsWithWord(text, cue));
    }

    /// <summary>Whether <paramref name="text"/> ends with <paramref name="word"/> as a whole word (Chinese: anywhere at the end).</summary>
    private static bool EndsWithWord(string text, string word) =>
        text.EndsWith(word, StringComparison.Ordinal)
        && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]) || word[0] >= '\u2E80');

    private static Cues Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("earlier-value.cues.json")
            ?? throw new InvalidOperationException("Embedded resource earlier-value.cues.json is missing.");
        return JsonSerializer.Deserialize<Cues>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("earlier-value.cues.json is empty.");
    }

    private sealed record Cues(Dictionary<string, string[]> Before, Dictionary<string, string[]> Between, Dictionary<string, string[]> After);
}
