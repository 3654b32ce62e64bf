using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Model;
using System.Globalization;

namespace FactPipeline.Core.Claims.Scopes;

/// <summary>
/// Reads a figure's scope from the words around it (data file <c>scope-cues.json</c>): total vs additional vs
/// remaining vs cumulative vs a change, a rate per year/month/day/person, a span of years ("over five years"),
/// a part of a whole ("30 of 50", "of which"), and a quarter or half-year. Only the figure's own clause counts,
/// and only words close to it, so "an extra 2 trillion … total of 12 trillion" gives each figure its own basis.
/// </summary>
public sealed class ScopeReader
{
    // How far before and after the figure a scope word may stand (characters, inside the clause).
    private const int Before = 45;
    private const int After = 30;

    private readonly (ScopeBasis Basis, Cue[] Cues)[] _basis;
    private readonly (ScopeRate Rate, Cue[] Cues)[] _rates;
    private readonly Cue[] _changeTo;
    private readonly (ScopeRate Rate, string[] Cues)[] _ratesAfter;
    private readonly HashSet<string> _rateAfterNotBefore;
    private readonly HashSet<string> _rateAfterNotAfter;
    private readonly Cue[] _part;
    private readonly Cue[] _phase;
    private readonly SpanCues _span;
    private readonly (int Code, Cue[] Cues)[] _subPeriods;
    private readonly Cue[] _asOf;
    private readonly (int Month, string Cue)[] _months;
    private readonly (ScopeStatus Status, Cue[] Cues)[] _status;
    private readonly Cue[] _statusNotCues;

    private ScopeReader(CueFile file)
    {
        _basis = file.Basis.Select(kv => (Enum.Parse<ScopeBasis>(kv.Key), Lower(kv.Value))).ToArray();
        _rates = file.Rate.Select(kv => (Enum.Parse<ScopeRate>(kv.Key), Lower(kv.Value))).ToArray();
        _ratesAfter = (file.RateAfterFigure ?? []).Select(kv => (Enum.Parse<ScopeRate>(kv.Key), kv.Value.Select(c => c.ToLowerInvariant()).ToArray())).ToArray();
        _rateAfterNotBefore = (file.RateAfterFigureNotBefore ?? []).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _rateAfterNotAfter = (file.RateAfterFigureNotAfter ?? []).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        _changeTo = Lower(file.ChangeTo ?? []);
        _part = Lower(file.Part);
        _phase = Lower(file.Phase ?? []);
        // Longer spelled numbers first, so "sepuluh" is not read as a shorter word it starts with.
        _span = new SpanCues(file.Span.Values.SelectMany(v => v).Select(t => t.ToLowerInvariant()), SpelledSmall.Keys.OrderByDescending(k => k.Length));
        _subPeriods = file.Quarter.Select(kv => (SubPeriodCode(kv.Key), Lower(kv.Value))).ToArray();
        // A company's standing description ("employs around 900 people") is true as of the day it was written.
        _asOf = Lower((file.AsOf ?? []).Values.Concat((file.Profile ?? []).Values).SelectMany(v => v));
        _status = (file.Status ?? []).Select(kv => (Enum.Parse<ScopeStatus>(kv.Key), Lower(kv.Value))).ToArray();
        _statusNotCues = Lower(file.StatusNotCues ?? []);
        _months = (file.Month ?? []).SelectMany(kv => kv.Value.Select(c => (int.Parse(kv.Key, CultureInfo.InvariantCulture), c.ToLowerInvariant()))).ToArray();
    }

    /// <summary>Quarters are 1–4; the first and second half-year are 5 and 6.</summary>
    private static int SubPeriodCode(string key) => key switch
    {
        "H1" => 5,
        "H2" => 6,
        _ => int.Parse(key, CultureInfo.InvariantCulture),
    };

    public static ScopeReader Load() =>
        new ScopeReader(EmbeddedJson.Load("scope-cues.json", ClaimsDataJson.Default.ScopeCuesFile));

    /// <param name="others">The sentence's other figures: a basis word after the next figure is that figure's
    /// ("12,400 flights, including 1,400 extra": "extra" is the 1,400's).</param>
    public ClaimScope Read(string sentence, Quantity q, IReadOnlyList<Quantity>? others = null)
    {
        var (from, to) = Window(sentence, q);
        var before = LowerSlice(sentence, from, q.Start);
        var after = LowerSlice(sentence, q.End, to);
        var near = before + " \u0001 " + after;
        var (basisFrom, basisTo) = (from, to);
        foreach (var other in others ?? [])
        {
            if (other.Kind != QuantityKind.Number && other.Start >= q.End)
            {
                // A basis word in the next figure's clause is that figure's, even when that figure lies beyond the
                // window: in "from 600,000 to 2.4 million a year, or an extra capacity of 1.8 million", "extra" is
                // the 1.8 million's, not the new level's.
                var clauseBreak = sentence.AsSpan(q.End, Math.Min(other.Start, basisTo) - q.End).IndexOfAny(ClauseBreaks);
                basisTo = clauseBreak >= 0 ? q.End + clauseBreak : Math.Min(other.Start, basisTo);
            }
            else if (other.Kind != QuantityKind.Number && other.End <= q.Start && other.End > basisFrom)
            {
                // Likewise a basis word before the previous figure is that figure's: in "a total of 12,400 flights,
                // including 1,400 extra", "total" is the 12,400's, not the 1,400's.
                basisFrom = other.End;
            }
        }
        var basisBefore = LowerSlice(sentence, basisFrom, q.Start);
        var basisAfter = LowerSlice(sentence, q.End, basisTo);
        // The counted noun the recogniser took for the figure's unit may be a basis word itself ("1,400 extra flights").
        var basisNear = basisBefore + " " + q.Unit.ToLowerInvariant() + " \u0001 " + basisAfter;
        var basis = ScopeBasis.Unspecified;
        foreach (var (b, cues) in _basis)
        {
            if (b == ScopeBasis.Change && q.Kind is QuantityKind.Percent or QuantityKind.Multiplier)
            {
                continue; // a percentage of growth is the measure itself, not a change of a level
            }
            if (b == ScopeBasis.Change ? IsChangeOfFigure(basisBefore, basisAfter, cues) : ContainsAny(basisNear, cues))
            {
                basis = b;
                break;
            }
        }
        ScopeRate rate = default;
        foreach (var (r, cues) in _rates)
        {
            if (ContainsAny(near, cues))
            {
                rate = r;
                break;
            }
        }
        if (rate == ScopeRate.None)
        {
            rate = RateAfterFigure(basisAfter);
        }
        int? spanYears = _span.FirstNumber(near) is { } spanNumber && ParseSmall(spanNumber) is { } n && n > 1 ? n : null;
        // An addition is what was added, whether or not its sentence names it among a total ("12,400 flights,
        // including 1,400 extra"): that makes it no part of another report's "1,400 flights added". A stated whole
        // ("30 of the 50") and a project's phase still make a part.
        var isPart = q.Whole is not null || (basis != ScopeBasis.Additional && ContainsAny(before, _part)) || ContainsAny(before, _phase);
        var subPeriod = 0;
        foreach (var (code, cues) in _subPeriods)
        {
            if (ContainsAny(near, cues))
            {
                subPeriod = code;
                break;
            }
        }
        return new ClaimScope
        {
            Basis = basis,
            Rate = rate,
            SpanYears = spanYears,
            IsPart = isPart,
            SubPeriod = subPeriod == 0 ? null : subPeriod,
            // "Hingga Jumat malam, 68 orang selamat, 6 meninggal dan 32 hilang": the time governs every count of the sentence.
            IsAsOf = ContainsAny(LowerCase(sentence), _asOf),
            Month = NearestMonth(before, after),
            Status = q.Kind is QuantityKind.Count or QuantityKind.Number ? StatusOf(sentence, q, others) : ScopeStatus.Unspecified,
        };
    }

    /// <summary>
    /// A change word governs the figure unless a "to" word stands between them: "bertambah 3 orang" is the change,
    /// "bertambah menjadi 9 orang" and "81명으로 늘었다" the new level.
    /// </summary>
    private bool IsChangeOfFigure(string before, string after, Cue[] cues)
    {
        foreach (var cue in cues)
        {
            var at = before.LastIndexOf(cue.Text, StringComparison.Ordinal);
            if (at >= 0 && ContainsCue(before[at..], cue) && !ContainsAny(before[(at + cue.Text.Length)..], _changeTo))
            {
                return true;
            }
            at = after.IndexOf(cue.Text, StringComparison.Ordinal);
            if (at >= 0 && ContainsCue(after[at..], cue) && !ContainsAny(after[..at], _changeTo))
            {
                return true;
            }
        }
        return false;
    }

    // How far a plan word may stand before a completion word and still govern it ("will be completed", "sẽ hoàn
    // thành", "将建成", "is expected to be finished").
    private const int PlanGovernsReach = 8;

    /// <summary>
    /// Whether the count is told as planned or as achieved: the status word nearest to the figure in its own clause,
    /// cut at commas and at the sentence's other figures, so "has built 5 plants and will build 3 more" gives each its
    /// own status (the verb of a figure stands next to it). A plan word right before a completion word makes it a plan
    /// ("will be completed"); two words of different status equally near leave it open.
    /// </summary>
    private ScopeStatus StatusOf(string sentence, Quantity q, IReadOnlyList<Quantity>? others)
    {
        var (from, to) = Window(sentence, q);
        var clauseStart = sentence.AsSpan(from, q.Start - from).LastIndexOfAny(ClauseBreaks);
        if (clauseStart >= 0)
        {
            from += clauseStart + 1;
        }
        var clauseEnd = sentence.AsSpan(q.End, to - q.End).IndexOfAny(ClauseBreaks);
        if (clauseEnd >= 0)
        {
            to = q.End + clauseEnd;
        }
        foreach (var other in others ?? [])
        {
            if (other.End <= q.Start && other.End > from)
            {
                from = other.End;
            }
            else if (other.Start >= q.End && other.Start < to)
            {
                to = other.Start;
            }
        }
        // The figure itself is blanked out, so a cue cannot run across it and positions stay comparable.
        var clause = InvariantLower.Of(sentence[from..q.Start] + new string(' ', q.End - q.Start) + sentence[q.End..to]);
        var (figureStart, figureEnd) = (q.Start - from, q.End - from);
        var plans = Occurrences(clause, ScopeStatus.Planned);
        var best = ScopeStatus.Unspecified;
        var bestDistance = int.MaxValue;
        foreach (var (status, start, end) in plans.Select(p => (ScopeStatus.Planned, p.Start, p.End))
            .Concat(Occurrences(clause, ScopeStatus.Achieved).Select(a => (Governed(a, plans) ? ScopeStatus.Planned : ScopeStatus.Achieved, a.Start, a.End))))
        {
            var distance = end <= figureStart ? figureStart - end : start - figureEnd;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (status, distance);
            }
            else if (distance == bestDistance && status != best)
            {
                best = ScopeStatus.Unspecified;
            }
        }
        return best;
    }

    /// <summary>A plan word right before the completion word governs it: "will be completed", "sẽ hoàn thành", "将建成".</summary>
    private static bool Governed((int Start, int End) achieved, List<(int Start, int End)> plans) =>
        plans.Exists(p => p.Start < achieved.Start && achieved.Start - p.End <= PlanGovernsReach);

    private static readonly char[] ClauseBreaks = [',', ';', ':', '，', '、', '；', '：', '。', '(', ')', '（', '）'];

    /// <summary>Every whole cue of a status in the text (start, end), leaving out those inside a phrase that is no status.</summary>
    private List<(int Start, int End)> Occurrences(string text, ScopeStatus status)
    {
        var found = new List<(int Start, int End)>();
        foreach (var (s, cues) in _status)
        {
            if (s != status)
            {
                continue;
            }
            foreach (var cue in cues)
            {
                for (var at = NextCue(text, cue, 0); at >= 0; at = NextCue(text, cue, at + 1))
                {
                    if (!InsideNotCue(text, at, cue.Text.Length))
                    {
                        found.Add((at, at + cue.Text.Length));
                    }
                }
            }
        }
        return found;
    }

    private bool InsideNotCue(string text, int at, int length)
    {
        foreach (var notCue in _statusNotCues)
        {
            for (var n = text.IndexOf(notCue.Text, Math.Max(0, at - notCue.Text.Length), StringComparison.Ordinal); n >= 0 && n <= at; n = text.IndexOf(notCue.Text, n + 1, StringComparison.Ordinal))
            {
                if (n + notCue.Text.Length >= at + length)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Where the cue next occurs from <paramref name="from"/> as a whole word (or anywhere, for Korean and Chinese), or -1.</summary>
    private static int NextCue(string text, Cue cue, int from)
    {
        for (var at = text.IndexOf(cue.Text, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue.Text, at + 1, StringComparison.Ordinal))
        {
            var end = at + cue.Text.Length;
            if (cue.InsideWords || ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))))
            {
                return at;
            }
        }
        return -1;
    }

    // How far after the figure an article-rate ("a year") may stand: the figure's own noun phrase ("$95 million a
    // year", "214,000 tonnes of CO2 a year"), not a later clause.
    private const int RateAfterReach = 24;

    /// <summary>
    /// "$95 million a year", "twice a day": a rate written with the article, right after the figure. Not "a year ago"
    /// or "a year earlier" (a time: the word after says so) nor "in a year" or "more than a year" (a duration: the
    /// word before says so).
    /// </summary>
    private ScopeRate RateAfterFigure(string after)
    {
        var reach = after.Length <= RateAfterReach ? after : after[..RateAfterReach];
        foreach (var (rate, cues) in _ratesAfter)
        {
            foreach (var cue in cues)
            {
                for (var at = reach.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = reach.IndexOf(cue, at + 1, StringComparison.Ordinal))
                {
                    var end = at + cue.Length;
                    if ((at > 0 && char.IsLetter(reach[at - 1])) || (end < after.Length && char.IsLetter(after[end])))
                    {
                        continue;
                    }
                    if (!_rateAfterNotBefore.Contains(WordAt(after, end)) && !_rateAfterNotAfter.Contains(WordBefore(after, at)))
                    {
                        return rate;
                    }
                }
            }
        }
        return ScopeRate.None;
    }

    /// <summary>The word (or the possessive "'s") starting at or after <paramref name="at"/>, lower case.</summary>
    private static string WordAt(string text, int at)
    {
        if (at < text.Length && text[at] is '\'' or '’')
        {
            return text.Substring(at, Math.Min(2, text.Length - at));
        }
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[at..end];
    }

    /// <summary>The word that ends before <paramref name="at"/> (spaces skipped), lower case.</summary>
    private static string WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return text[start..end];
    }

    /// <summary>
    /// Whether the words just before the figure give it as one phase of a project ("first phase worth $480 million",
    /// "công suất giai đoạn đầu 100.000 xe"): a part whatever measure the sentence names.
    /// </summary>
    public bool NamesPhase(string sentence, Quantity q)
    {
        var (from, _) = Window(sentence, q);
        return ContainsAny(LowerSlice(sentence, from, q.Start), _phase);
    }

    /// <summary>
    /// The month the figure is for: the month named nearest to it in its clause ("2.41% in January from 2.87% in
    /// December"). A month next to a day number is a date ("Feb. 18", "2월 18일", "18 Februari"), when something was
    /// said, not the period a figure covers.
    /// </summary>
    private int? NearestMonth(string before, string after)
    {
        int? month = null;
        var best = int.MaxValue;
        foreach (var (number, cue) in _months)
        {
            for (var at = before.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = before.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                var distance = before.Length - (at + cue.Length);
                if (distance < best && IsMonthPeriod(before, at, cue))
                {
                    (best, month) = (distance, number);
                }
            }
            for (var at = after.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = after.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                if (at < best && IsMonthPeriod(after, at, cue))
                {
                    (best, month) = (at, number);
                }
            }
        }
        return month;
    }

    private static bool IsMonthPeriod(string text, int at, string cue)
    {
        var end = at + cue.Length;
        var previous = at > 0 ? text[at - 1] : ' ';
        var next = end < text.Length ? text[end] : ' ';
        // Whole words and whole numbers: "12月" holds "2月", "tháng 11" holds "tháng 1", "may" is in "mayor".
        if (char.IsLetterOrDigit(previous) && (char.IsAsciiLetter(cue[0]) || char.IsDigit(cue[0])) || char.IsLetterOrDigit(next) && (char.IsAsciiLetter(cue[^1]) || char.IsDigit(cue[^1])))
        {
            return false;
        }
        // A day number right before or after: "18 Februari", "Feb 18", "2월 18일", "2月18日".
        var afterSpace = end < text.Length && text[end] == ' ' ? end + 1 : end;
        var dayAfter = DigitsAt(text, afterSpace);
        if (dayAfter is 1 or 2 && !(afterSpace + dayAfter < text.Length && char.IsDigit(text[afterSpace + dayAfter])))
        {
            return false;
        }
        var beforeSpace = at > 0 && text[at - 1] == ' ' ? at - 1 : at;
        var dayBefore = 0;
        while (beforeSpace - dayBefore - 1 >= 0 && char.IsDigit(text[beforeSpace - dayBefore - 1]))
        {
            dayBefore++;
        }
        return dayBefore is not (1 or 2) || (beforeSpace - dayBefore - 1 >= 0 && text[beforeSpace - dayBefore - 1] is '/' or '.' or ',');
    }

    private static int DigitsAt(string text, int at)
    {
        var n = 0;
        while (at + n < text.Length && char.IsDigit(text[at + n]))
        {
            n++;
        }
        return n;
    }

    /// <summary>The figure's clause, cut to a few words on each side.</summary>
    private static (int From, int To) Window(string sentence, Quantity q)
    {
        var from = Math.Max(0, q.Start - Before);
        var breakBefore = sentence.AsSpan(from, q.Start - from).LastIndexOfAny(";:");
        if (breakBefore >= 0)
        {
            from += breakBefore + 1;
        }
        var to = Math.Min(sentence.Length, q.End + After);
        var breakAfter = sentence.AsSpan(q.End, to - q.End).IndexOfAny(";:");
        if (breakAfter >= 0)
        {
            to = q.End + breakAfter;
        }
        return (from, to);
    }

    private static bool ContainsAny(string text, Cue[] cues)
    {
        foreach (var cue in cues)
        {
            if (ContainsCue(text, cue))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsCue(string text, Cue cue) => NextCue(text, cue, 0) >= 0;

    private static int? ParseSmall(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : SpelledSmall.GetValueOrDefault(value);

    private static readonly Dictionary<string, int> SpelledSmall = new(StringComparer.Ordinal)
    {
        ["dua"] = 2, ["tiga"] = 3, ["empat"] = 4, ["lima"] = 5, ["enam"] = 6, ["tujuh"] = 7, ["delapan"] = 8, ["sembilan"] = 9, ["sepuluh"] = 10,
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["năm"] = 5, ["sáu"] = 6, ["mười"] = 10,
        ["두"] = 2, ["세"] = 3, ["네"] = 4, ["다섯"] = 5, ["열"] = 10,
        ["两"] = 2, ["二"] = 2, ["三"] = 3, ["四"] = 4, ["五"] = 5, ["六"] = 6, ["十"] = 10,
    };

    // Every figure of a sentence asks about the whole sentence: it is lowered once per thread, not once per figure.
    [ThreadStatic]
    private static (string Text, string Value)? t_lastLowered;

    private static string LowerCase(string sentence) => ThreadMemo.Last(ref t_lastLowered, sentence, InvariantLower.Of);

    /// <summary>
    /// <paramref name="sentence"/>[<paramref name="from"/>..<paramref name="to"/>] in lower case: a slice of the sentence
    /// lowered once (lowering maps each character on its own), unless it holds surrogates, which a window could split.
    /// </summary>
    private static string LowerSlice(string sentence, int from, int to) =>
        sentence.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? InvariantLower.Of(sentence[from..to]) : LowerCase(sentence)[from..to];

    private static Cue[] Lower(IEnumerable<string> cues) => cues.Select(c => new Cue(c.ToLowerInvariant())).ToArray();

    /// <summary>A scope word, lower case. Korean and Chinese ones count inside words too (no spaces, particles attached).</summary>
    private readonly record struct Cue(string Text)
    {
        public bool InsideWords { get; } = Text.Any(c => c >= '\u1100');
    }

    internal sealed record CueFile(
        Dictionary<string, string[]> Basis,
        Dictionary<string, string[]> Rate,
        string[]? ChangeTo,
        Dictionary<string, string[]>? RateAfterFigure,
        string[]? RateAfterFigureNotBefore,
        string[]? RateAfterFigureNotAfter,
        string[] Part,
        string[]? Phase,
        Dictionary<string, string[]> Span,
        Dictionary<string, string[]> Quarter,
        Dictionary<string, string[]>? AsOf,
        Dictionary<string, string[]>? Profile,
        Dictionary<string, string[]>? Month,
        Dictionary<string, string[]>? Status,
        string[]? StatusNotCues);
}
