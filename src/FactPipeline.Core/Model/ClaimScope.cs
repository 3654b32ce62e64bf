namespace FactPipeline.Core.Model;

/// <summary>
/// What a figure covers besides its subject and measure: the period, whether it is a total, an addition or a
/// remainder, a rate per period or a sum over several years, and whether it is a part of a larger whole.
/// Two claims are only the same fact when their scopes are compatible (<see cref="IsCompatibleWith"/>).
/// </summary>
public sealed record ClaimScope
{
    public static readonly ClaimScope Unspecified = new();

    /// <summary>Total, additional ("an extra 2 trillion"), remaining ("the other 40"), cumulative ("so far").</summary>
    public ScopeBasis Basis { get; init; } = ScopeBasis.Unspecified;

    /// <summary>Rate the figure is given per ("per year", "setiap tahun", "매년"), or none.</summary>
    public ScopeRate Rate { get; init; } = ScopeRate.None;

    /// <summary>Length in years of the span a sum covers ("over five years" → 5), when the sentence says.</summary>
    public int? SpanYears { get; init; }

    /// <summary>The figure is a part: "30 of 50 teachers" (<see cref="Quantity.Whole"/> is then 50), "a third of it abroad".</summary>
    public bool IsPart { get; init; }

    /// <summary>
    /// The sentence dates the figure two or more years before its article was published ("in 2021 a quake killed
    /// more than 100", "turnout in the 2022 local elections"): a past figure, not the story's own.
    /// </summary>
    public bool IsHistorical { get; init; }

    /// <summary>
    /// The count is stated as of a given time or as preliminary data ("hingga Jumat malam", "as of Monday",
    /// "截至21日晚"): a toll that keeps rising, so a later, higher figure elsewhere is no contradiction of it.
    /// </summary>
    public bool IsAsOf { get; init; }

    /// <summary>Month (1–12) the figure is for, when its clause names one that is no date ("inflation in January").</summary>
    public int? Month { get; init; }

    /// <summary>Quarter (1–4) or half-year (5 = first half, 6 = second half) the figure refers to, when the sentence says.</summary>
    public int? SubPeriod { get; init; }

    /// <summary>
    /// Whether two scopes can describe the same fact: an unspecified side is compatible with anything except a
    /// part vs a whole; otherwise basis, rate, span and sub-period must agree.
    /// </summary>
    public bool IsCompatibleWith(ClaimScope other)
    {
        if (IsPart != other.IsPart)
        {
            return false;
        }
        if (IsRateAgainstSum(this, other) || IsRateAgainstSum(other, this) || IsDayAgainstSeason(this, other) || IsDayAgainstSeason(other, this))
        {
            return false;
        }
        return Agrees(Basis, other.Basis, ScopeBasis.Unspecified)
            && Agrees(Rate, other.Rate, ScopeRate.None)
            && (SpanYears is null || other.SpanYears is null || SpanYears == other.SpanYears)
            && IsSamePeriodAs(other);
    }

    /// <summary>Neither names a quarter, half-year or month the other does not: the figures may be for one period.</summary>
    public bool IsSamePeriodAs(ClaimScope other) =>
        (SubPeriod is null || other.SubPeriod is null || SubPeriod == other.SubPeriod)
        && (Month is null || other.Month is null || Month == other.Month);

    /// <summary>"$95 million a year" against "$95 million over three years": a rate is not a sum over several years.</summary>
    private static bool IsRateAgainstSum(ClaimScope rate, ClaimScope sum) =>
        rate.Rate != ScopeRate.None && rate.SpanYears is null && sum.Rate == ScopeRate.None && sum.SpanYears > 1;

    /// <summary>
    /// "468 flights in a single day" against "1,400 extra flights" or "12,400 flights in all": a day's or a week's count
    /// is never a total, an addition or a running sum, which are told over a whole period.
    /// </summary>
    private static bool IsDayAgainstSeason(ClaimScope day, ClaimScope sum) =>
        day.Rate is ScopeRate.PerDay or ScopeRate.PerWeek && day.Basis == ScopeBasis.Unspecified
        && sum.Rate == ScopeRate.None && sum.Basis is ScopeBasis.Total or ScopeBasis.Additional or ScopeBasis.Cumulative;

    /// <summary>Whether both sides state the same scope explicitly (stronger evidence than "compatible").</summary>
    public bool IsSpecified => Basis != ScopeBasis.Unspecified || Rate != ScopeRate.None || SpanYears is not null || IsPart || SubPeriod is not null;

    private static bool Agrees<T>(T a, T b, T unspecified) where T : struct, Enum =>
        EqualityComparer<T>.Default.Equals(a, b) || EqualityComparer<T>.Default.Equals(a, unspecified) || EqualityComparer<T>.Default.Equals(b, unspecified);
}

public enum ScopeBasis
{
    Unspecified,
    Total,
    Additional,
    Remaining,
    Cumulative,
    /// <summary>A change: "rose by 3%", "naik 3%", "3% 증가".</summary>
    Change,
}

public enum ScopeRate
{
    None,
    PerYear,
    PerQuarter,
    PerMonth,
    PerWeek,
    PerDay,
    PerCapita,
}
