using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>
/// Words that make a percentage next to them a rise ("tăng 7,5%", "up 11%", "7.5% 증가"); data file
/// <c>change-words.json</c>, all five languages.
/// </summary>
public sealed class ChangeWords
{
    // A rise word counts only this close to the percentage: "tăng 7,5%", "naik menjadi 4%" is a level, not a rise.
    private const int Gap = 2;

    // A comparison word opens the base of a comparison only this close to its year: "so với cùng kỳ năm 2025",
    // "compared with the same period of 2025"; further off it belongs to another phrase of the clause.
    private const int BaseReach = 40;

    // "2025년 대비", "与去年同期相比": the word after the year follows it closely.
    private const int BaseReachAfter = 12;

    private readonly string[] _rise;
    private readonly string[] _risenToBefore;
    private readonly string[] _risenToAfter;
    private readonly string[] _baseBefore;
    private readonly string[] _baseAfter;

    private ChangeWords(FileShape file)
    {
        ByLanguage = file.Rise;
        _rise = [.. file.Rise.Values.SelectMany(w => w).Select(w => w.ToLowerInvariant()).Distinct()];
        ComparedWithByLanguage = file.ComparedWith.Before.Keys.Union(file.ComparedWith.After.Keys)
            .ToDictionary(l => l, l => (string[])[.. file.ComparedWith.Before.GetValueOrDefault(l, []), .. file.ComparedWith.After.GetValueOrDefault(l, [])]);
        RisenToByLanguage = file.RisenTo;
        // Korean puts the rise after the figure ("81명으로 늘었다"); the others before it.
        _risenToBefore = [.. file.RisenTo.Where(kv => kv.Key != "ko").SelectMany(kv => kv.Value).Distinct()];
        _risenToAfter = [.. file.RisenTo.GetValueOrDefault("ko", [])];
        _baseBefore = [.. file.ComparedWith.Before.Values.SelectMany(w => w).Distinct()];
        _baseAfter = [.. file.ComparedWith.After.Values.SelectMany(w => w).Distinct()];
    }

    /// <summary>The rise-to phrases per language, for the coverage test.</summary>
    public IReadOnlyDictionary<string, string[]> RisenToByLanguage { get; }

    /// <summary>
    /// Whether the figure is told as the new level a rise reached: "bertambah menjadi 81 orang", "rose to 81",
    /// "升至81人", "81명으로 늘었다". The Korean phrase follows the figure and its counter.
    /// </summary>
    public bool IsRisenTo(string sentence, int start, int end)
    {
        var before = sentence.AsSpan(0, start).TrimEnd();
        foreach (var phrase in _risenToBefore)
        {
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (before.Length == phrase.Length || !char.IsLetter(before[^(phrase.Length + 1)]) || !char.IsAsciiLetter(phrase[0])))
            {
                return true;
            }
        }
        var after = sentence.AsSpan(end);
        var reach = after[..Math.Min(after.Length, MaxCounterAndParticle)];
        foreach (var phrase in _risenToAfter)
        {
            if (reach.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // "명으로 늘": a Korean counter, then the particle and the rise, right after the number.
    private const int MaxCounterAndParticle = 8;

    /// <summary>The comparison words per language (before and after the year together), for the coverage test.</summary>
    public IReadOnlyDictionary<string, string[]> ComparedWithByLanguage { get; }

    /// <summary>The raw lists per language, for the test that each covers the five languages.</summary>
    public IReadOnlyDictionary<string, string[]> ByLanguage { get; }

    public static ChangeWords Load() =>
        new ChangeWords(EmbeddedJson.Load("change-words.json", ClaimsDataJson.Default.ChangeWordsFile));

    /// <summary>Whether a rise word ends right before <paramref name="start"/> or begins right after <paramref name="end"/>.</summary>
    public bool IsRiseAt(string sentence, int start, int end)
    {
        var before = sentence.AsSpan(0, start).TrimEnd();
        var after = sentence.AsSpan(end).TrimStart();
        if (start - before.Length > Gap || sentence.Length - end - after.Length > Gap)
        {
            return false;
        }
        foreach (var word in _rise)
        {
            if ((before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)])))
                || (after.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (after.Length == word.Length || !char.IsAsciiLetter(after[word.Length]))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the year at <paramref name="yearStart"/>..<paramref name="yearEnd"/> is the base of a comparison
    /// ("tăng 2,3 lần so với cùng kỳ năm 2025", "2025년 대비 30% 증가"): the period the figure is measured against,
    /// not the period it is for. The search stays inside the year's clause and stops at the figure: a figure
    /// between the comparison word and the year is the base figure itself ("so với 2.104 ca năm 2025"), which the
    /// year does date.
    /// </summary>
    public bool IsComparisonBase(string sentence, int yearStart, int yearEnd, int figureStart, int figureEnd)
    {
        var from = Math.Max(Math.Max(ClauseStart(sentence, yearStart), yearStart - BaseReach), figureEnd <= yearStart ? figureEnd : 0);
        var before = sentence.AsSpan(from, yearStart - from);
        foreach (var word in _baseBefore)
        {
            if (ContainsWord(before, word))
            {
                return true;
            }
        }
        var to = Math.Min(Math.Min(ClauseEnd(sentence, yearEnd), yearEnd + BaseReachAfter), figureStart >= yearEnd ? figureStart : sentence.Length);
        var after = sentence.AsSpan(yearEnd, Math.Max(0, to - yearEnd));
        foreach (var word in _baseAfter)
        {
            if (ContainsWord(after, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A Latin-script word must stand whole ("than", not "Thanh"); Hangul and Hanzi words may sit inside others.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        var latin = char.IsAsciiLetter(word[0]);
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var end = at + word.Length;
            if (!latin || ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))))
            {
                return true;
            }
            var next = text[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static int ClauseStart(string sentence, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (IsClauseBreak(sentence, i))
            {
                return i + 1;
            }
        }
        return 0;
    }

    private static int ClauseEnd(string sentence, int at)
    {
        for (var i = at; i < sentence.Length; i++)
        {
            if (IsClauseBreak(sentence, i))
            {
                return i;
            }
        }
        return sentence.Length;
    }

    /// <summary>A comma or semicolon that ends a clause: not a decimal or thousands comma ("2,3 lần").</summary>
    private static bool IsClauseBreak(string sentence, int at) =>
        ",;:，；、".Contains(sentence[at])
        && !(at > 0 && at + 1 < sentence.Length && char.IsDigit(sentence[at - 1]) && char.IsDigit(sentence[at + 1]));

    internal sealed record Comparison(Dictionary<string, string[]> Before, Dictionary<string, string[]> After);

    internal sealed record FileShape(Dictionary<string, string[]> Rise, Dictionary<string, string[]> RisenTo, Comparison ComparedWith);
}
