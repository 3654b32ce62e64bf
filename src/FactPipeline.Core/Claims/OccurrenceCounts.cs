using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>The action an occurrence count counts: a measures.json measure and, for a metric, which way it moved.</summary>
/// <param name="Direction">"down" or "up"; null when no verb near the count says.</param>
public sealed record OccurrenceAction(string Measure, string? Direction);

/// <summary>
/// Counts of occurrences ("cut rates twice", "memangkas suku bunga dua kali", "세 차례 금리를 내렸다", "ba lần hạ lãi
/// suất", "两次降息", "scored twice"): data file <c>occurrences.json</c>, all five languages. The recognizer reads the
/// counter as a multiplier ("dua kali", "ba lần") or as the counted noun ("세 차례"), so two reports of one count meet
/// in no measure; this reads which of them count occurrences and what action they count.
/// </summary>
public sealed class OccurrenceCounts
{
    // The action must be named in the count's clause, this close: "memangkas suku bunga dua kali", "세 차례 금리를 내렸다".
    private const int ActionLookBehind = 40;
    private const int ActionLookAhead = 24;
    // A comparison or a change verb next to the counter, with a space or two between.
    private const int Gap = 2;

    private readonly IReadOnlyDictionary<string, string[]> _counters;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> _spelled;
    private readonly string[] _multiplierAfter;
    private readonly string[] _multiplierBefore;
    private readonly HashSet<string> _clauseOpeners;
    private readonly HashSet<string> _conjunctions;
    private readonly string[] _spans;
    private readonly (string Term, OccurrenceAction Action)[] _actions;
    private readonly (string Word, string Direction)[] _directions;

    private OccurrenceCounts(FileShape file)
    {
        Counters = file.Counters;
        Actions = file.Actions;
        Directions = file.Directions;
        _counters = file.Counters;
        _spelled = file.Spelled.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, int>)kv.Value);
        _multiplierAfter = Lower(file.MultiplierAfter);
        _multiplierBefore = Lower(file.MultiplierBefore);
        _clauseOpeners = [.. Lower(file.ClauseOpeners)];
        _conjunctions = [.. Lower(file.Conjunctions)];
        _spans = Lower(file.Spans);
        _actions = [.. file.Actions.SelectMany(a => a.Terms.Values.SelectMany(t => t).Select(t => (Term: t.ToLowerInvariant(), Action: new OccurrenceAction(a.Measure, a.Direction))))
            .OrderByDescending(x => x.Term.Length)];
        _directions = [.. file.Directions.SelectMany(d => d.Value.Values.SelectMany(w => w).Select(w => (Word: w.ToLowerInvariant(), Direction: d.Key)))
            .OrderByDescending(x => x.Word.Length)];
    }

    /// <summary>The raw lists, for the tests that they cover the five languages and name known measures.</summary>
    public IReadOnlyDictionary<string, string[]> Counters { get; }

    public IReadOnlyList<ActionShape> Actions { get; }

    public IReadOnlyDictionary<string, Dictionary<string, string[]>> Directions { get; }

    public static OccurrenceCounts Load() => new(EmbeddedJson.Load("occurrences.json", ClaimsDataJson.Default.OccurrencesFile));

    /// <summary>
    /// Whether the recognized quantity <paramref name="q"/> counts occurrences: a whole number of two or more with an
    /// occurrence counter ("dua kali", "세 차례", "两次"), no comparison after it ("dua kali lipat", "three times
    /// higher", "ba lần so với") and no change verb right before it ("naik tiga kali", "tăng 3 lần"). One occurrence is
    /// left out: "sekali" is mostly "very", "once" "formerly", "một lần nữa" "once more".
    /// </summary>
    public bool IsOccurrence(string sentence, Quantity q, string? language)
    {
        if (language is null || !_counters.TryGetValue(language, out var counters) || q.Amount < 2 || !decimal.IsInteger(q.Amount)
            || q.Kind is not (QuantityKind.Multiplier or QuantityKind.Count))
        {
            return false;
        }
        var text = q.Text.TrimEnd();
        var counted = q.Kind == QuantityKind.Count
            ? counters.Contains(q.Unit, StringComparer.OrdinalIgnoreCase)
            : counters.Any(c => text.EndsWith(c, StringComparison.OrdinalIgnoreCase) && (text.Length == c.Length || !char.IsLetter(text[^(c.Length + 1)])));
        if (!counted || _multiplierBefore.Any(w => text.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase)))
        {
            return false; // "tiga kali lipat", "gấp 3 lần" (read with its "gấp"), "두 배", "两倍", "185万人次"
        }
        return !IsComparison(sentence, q.Start, q.End);
    }

    /// <summary>
    /// The occurrence counts written as one word the recognizer leaves ("twice", "thrice"), as counts of the word, when
    /// no comparison makes them a multiplier ("twice as many", "twice the size").
    /// </summary>
    public IEnumerable<Quantity> Spelled(string sentence, string? language)
    {
        if (language is null || !_spelled.TryGetValue(language, out var words))
        {
            yield break;
        }
        foreach (var (word, count) in words)
        {
            for (var at = sentence.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                if ((at > 0 && char.IsLetter(sentence[at - 1])) || (end < sentence.Length && char.IsLetter(sentence[end])) || IsComparison(sentence, at, end))
                {
                    continue;
                }
                yield return new Quantity { Start = at, Length = word.Length, Text = sentence.Substring(at, word.Length), Kind = QuantityKind.Count, Amount = count, Low = count, High = count, Unit = word.ToLowerInvariant(), Step = 1 };
            }
        }
    }

    /// <summary>
    /// The action named nearest the count at [<paramref name="start"/>, <paramref name="end"/>) in its clause: one of
    /// the file's wordings ("scored", "降息"), with its measure and direction. Null when none is near.
    /// </summary>
    public OccurrenceAction? ActionNear(string sentence, int start, int end)
    {
        var (from, to) = ClauseWindow(sentence, start, end);
        var lower = InvariantLower.Of(sentence);
        OccurrenceAction? nearest = null;
        var best = int.MaxValue;
        foreach (var (term, action) in _actions)
        {
            foreach (var at in Occurrences(lower, term, from, to))
            {
                if (at < end && at + term.Length > start)
                {
                    continue;
                }
                var distance = at >= end ? at - end : start - (at + term.Length);
                if (distance < best)
                {
                    (best, nearest) = (distance, action);
                }
            }
        }
        return nearest;
    }

    /// <summary>
    /// Whether the count's clause tells it as a tally over a span of several events ("scored four times during a
    /// three-game streak", "sepanjang musim", "이번 시즌", "本赛季"): which span is not read, so two such tallies, or a
    /// tally and one event's count, cannot be held to each other.
    /// </summary>
    public bool IsOverASpan(string sentence, int start, int end)
    {
        var (from, to) = ClauseWindow(sentence, start, end);
        var lower = InvariantLower.Of(sentence);
        return _spans.Any(span => Occurrences(lower, span, from, to).Any());
    }

    /// <summary>Which way the verb nearest the count in its clause moves what it acts on: "down", "up", or null.</summary>
    public string? DirectionNear(string sentence, int start, int end)
    {
        var (from, to) = ClauseWindow(sentence, start, end);
        var lower = InvariantLower.Of(sentence);
        string? nearest = null;
        var best = int.MaxValue;
        foreach (var (word, direction) in _directions)
        {
            foreach (var at in Occurrences(lower, word, from, to))
            {
                var distance = at >= end ? at - end : start - (at + word.Length);
                if (distance >= 0 && distance < best)
                {
                    (best, nearest) = (distance, direction);
                }
            }
        }
        return nearest;
    }

    /// <summary>
    /// The part of the count's clause where its action may be named: a little before and after it, cut at a comma, a
    /// colon, a bracket or a semicolon (not a decimal comma: "2,3").
    /// </summary>
    public static (int From, int To) ClauseWindow(string sentence, int start, int end)
    {
        var from = Math.Max(0, start - ActionLookBehind);
        for (var k = start - 1; k >= from; k--)
        {
            if (IsBreak(sentence, k))
            {
                from = k + 1;
                break;
            }
        }
        var to = Math.Min(sentence.Length, end + ActionLookAhead);
        for (var k = end; k < to; k++)
        {
            if (IsBreak(sentence, k))
            {
                to = k;
                break;
            }
        }
        return (from, to);
    }

    private static bool IsBreak(string sentence, int k) =>
        sentence[k] is ';' or ':' or '(' or ')' or '，' or '；' or '、' or '“' or '”' or '"'
        || (sentence[k] == ',' && !(k > 0 && k + 1 < sentence.Length && char.IsDigit(sentence[k - 1]) && char.IsDigit(sentence[k + 1])));

    /// <summary>Where <paramref name="word"/> stands in [from, to): Latin words as whole words, Korean and Chinese anywhere.</summary>
    private static IEnumerable<int> Occurrences(string lower, string word, int from, int to)
    {
        var cjk = word[0] > '\u3000';
        for (var at = lower.IndexOf(word, from, StringComparison.Ordinal); at >= 0 && at + word.Length <= to; at = lower.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (cjk || ((at == 0 || !char.IsLetter(lower[at - 1])) && (at + word.Length == lower.Length || !char.IsLetter(lower[at + word.Length]))))
            {
                yield return at;
            }
        }
    }

    /// <summary>A comparison right after the counter, or a change verb right before the number: a multiplier.</summary>
    private bool IsComparison(string sentence, int start, int end)
    {
        var after = sentence.AsSpan(end).TrimStart();
        if (sentence.Length - end - after.Length <= Gap)
        {
            foreach (var word in _multiplierAfter)
            {
                if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (after.Length == word.Length || !char.IsLetter(after[word.Length]))
                    && !(_conjunctions.Contains(word) && OpensClause(after[word.Length..].TrimStart())))
                {
                    return true;
                }
            }
        }
        var before = sentence.AsSpan(0, start).TrimEnd();
        if (start - before.Length > Gap)
        {
            return false;
        }
        foreach (var word in _multiplierBefore)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the words after a comparison word open a clause, so that the word is a conjunction: "scored twice as
    /// Hanoi beat Bandung", "twice as the hosts won" (not "twice as many", "three times higher than").
    /// </summary>
    private bool OpensClause(ReadOnlySpan<char> next)
    {
        if (next.Length == 0 || !char.IsLetter(next[0]))
        {
            return false;
        }
        if (char.IsUpper(next[0]))
        {
            return true;
        }
        var end = 0;
        while (end < next.Length && char.IsLetter(next[end]))
        {
            end++;
        }
        var word = next[..end].ToString().ToLowerInvariant();
        if (_clauseOpeners.Contains(word))
        {
            return true;
        }
        foreach (var opener in _clauseOpeners)
        {
            if (opener.Contains(' ') && next.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true; // "câu lạc bộ"
            }
        }
        return false;
    }

    private static string[] Lower(Dictionary<string, string[]> byLanguage) =>
        [.. byLanguage.Values.SelectMany(w => w).Select(w => w.ToLowerInvariant()).Distinct().OrderByDescending(w => w.Length)];

    /// <summary>One action of the file: the measure it counts, the direction it moves a metric, its wordings per language.</summary>
    public sealed record ActionShape(string Measure, string? Direction, Dictionary<string, string[]> Terms);

    internal sealed record FileShape(
        Dictionary<string, string[]> Counters,
        Dictionary<string, Dictionary<string, int>> Spelled,
        Dictionary<string, string[]> MultiplierAfter,
        Dictionary<string, string[]> Conjunctions,
        Dictionary<string, string[]> ClauseOpeners,
        Dictionary<string, string[]> Spans,
        Dictionary<string, string[]> MultiplierBefore,
        ActionShape[] Actions,
        Dictionary<string, Dictionary<string, string[]>> Directions);
}
