using System.Text.RegularExpressions;

namespace FactPipeline.Core.Claims;

/// <summary>
/// Finds the year a claim refers to: an explicit year in the sentence (the one nearest the figure), or a
/// relative one ("tahun depan", "next year", "내년") resolved against the article's publish date.
/// </summary>
/// <param name="comparisons">The comparison words ("so với", "compared with") that make a year the base of a change, not the figure's.</param>
internal sealed partial class TimeScopeResolver(ChangeWords comparisons)
{
    // A year on its own, closing a numeric date ("Tháng 1/2021", "9/2/2026") or a quarter ("quý IV/2025", "kuartal
    // IV-2025", "Q4/2025"); not inside another number, a fraction ("3/2025" of a count is rare, "2024/2025" seasons are
    // two years) or a word.
    [GeneratedRegex(@"(?:(?<![\p{L}\p{N}.,/-])|(?<=(?<![\p{N}/])\d{1,2}/(?:\d{1,2}/)?)|(?<=(?<!\p{L})(?:I{1,3}|IV|Q[1-4])[/-]))(19[5-9]\d|20\d\d)(?=년|年|[^\p{L}\p{N}]|$)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\b(tahun depan|next year|năm sau|năm tới|năm tới)\b|내년|明年", RegexOptions.IgnoreCase)]
    private static partial Regex NextYearPattern();

    [GeneratedRegex(@"\b(tahun ini|this year|năm nay)\b|올해|금년|今年", RegexOptions.IgnoreCase)]
    private static partial Regex ThisYearPattern();

    [GeneratedRegex(@"\b(tahun lalu|last year|năm ngoái|năm trước)\b|작년|지난해|去年", RegexOptions.IgnoreCase)]
    private static partial Regex LastYearPattern();

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:，；、");

    public int? Resolve(string sentence, int figureStart, int figureEnd, DateOnly? publishedAt)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match m in YearPattern().Matches(sentence))
        {
            if (m.Index < figureEnd && m.Index + m.Length > figureStart)
            {
                continue; // inside the figure itself
            }
            if (m.Index >= figureEnd && sentence.AsSpan(figureEnd, m.Index - figureEnd).IndexOfAny(ClauseBreaks) >= 0)
            {
                // "투표율은 31.4%로, 2022년 … 52.3%에": a year after a comma opens the next clause and dates its figure.
                // A year before one ("In 2021, a quake killed 100") still dates what follows it.
                continue;
            }
            if (comparisons.IsComparisonBase(sentence, m.Index, m.Index + m.Length, figureStart, figureEnd))
            {
                // "tăng 2,3 lần so với cùng kỳ năm 2025, trong đó 3 ca tử vong": 2025 is what this year is measured
                // against; the deaths are this year's.
                continue;
            }
            var distance = m.Index >= figureEnd ? m.Index - figureEnd : figureStart - (m.Index + m.Length);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        if (best is not null)
        {
            return best;
        }
        if (publishedAt is not { } date)
        {
            return null;
        }
        if (InFigureClause(NextYearPattern(), sentence, figureStart, figureEnd))
        {
            return date.Year + 1;
        }
        if (InFigureClause(ThisYearPattern(), sentence, figureStart, figureEnd))
        {
            return date.Year;
        }
        return InFigureClause(LastYearPattern(), sentence, figureStart, figureEnd) ? date.Year - 1 : null;
    }

    /// <summary>
    /// A relative year dates the figure as an explicit one does: not when a comma after the figure opens the clause
    /// it stands in ("carried 1.9 million passengers, up 6% on last year": last year is only the base of the change),
    /// nor when a comparison word makes it the base ("naik 2,3 kali lipat dibandingkan periode yang sama tahun lalu").
    /// </summary>
    private bool InFigureClause(Regex pattern, string sentence, int figureStart, int figureEnd)
    {
        foreach (Match m in pattern.Matches(sentence))
        {
            if (comparisons.IsComparisonBase(sentence, m.Index, m.Index + m.Length, figureStart, figureEnd))
            {
                continue;
            }
            if (m.Index < figureEnd || !HasClauseBreak(sentence, figureEnd, m.Index))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A comma or semicolon between the two offsets that ends a clause: not a decimal comma ("10,1").</summary>
    private static bool HasClauseBreak(string sentence, int from, int to)
    {
        for (var at = from; at < to; at++)
        {
            if (ClauseBreaks.Contains(sentence[at]) && !(at > 0 && at + 1 < sentence.Length && char.IsDigit(sentence[at - 1]) && char.IsDigit(sentence[at + 1])))
            {
                return true;
            }
        }
        return false;
    }
}
