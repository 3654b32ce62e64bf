namespace FactPipeline.Core.Model;

/// <summary>
/// What a figure covers besides its subject and measure: the period, whether it is a total, an addition or a
/// remainder, a rate per period or a sum over several years, whether it is a part of a larger whole, and whether a
/// count is planned or achieved.
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
    /// Whether the count is told as a plan or target ("will build 50 schools", "计划建设50所") or as done so far ("30
    /// schools completed", "đã hoàn thành 30 trường"); unspecified when the figure's clause says neither.
    /// </summary>
    public ScopeStatus Status { get; init; } = ScopeStatus.Unspecified;

    /// <summary>
    /// Whether two scopes can describe the same fact: an unspecified side is compatible with anything except a
    /// part vs a whole; otherwise basis, rate, span, sub-period and status must agree.
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
        return Agrees(EffectiveBasis, other.EffectiveBasis, ScopeBasis.Unspecified)
            && Agrees(Rate, other.Rate, ScopeRate.None)
            // Only two explicit statuses disagree: most reports tell a count without saying planned or done.
            && Agrees(Status, other.Status, ScopeStatus.Unspecified)
            && (SpanYears is null || other.SpanYears is null || SpanYears == other.SpanYears)
            && IsSamePeriodAs(other);
    }

    /// <summary>
    /// A count told as of a time ("hingga Jumat malam, 6 orang meninggal") is the running total so far, whatever words
    /// it has: it is no addition ("tiga jenazah lagi").
    /// </summary>
    private ScopeBasis EffectiveBasis => Basis == ScopeBasis.Unspecified && IsAsOf ? ScopeBasis.Cumulative : Basis;

    /// <summary>
    /// Neither names a quarter, half-year or month the other does not, and neither is a running total against the
    /// other's named quarter or month: the figures may be for one period.
    /// </summary>
    public bool IsSamePeriodAs(ClaimScope other) =>
        (SubPeriod is null || other.SubPeriod is null || SubPeriod == other.SubPeriod)
        && (Month is null || other.Month is null || Month == other.Month)
        && !IsRunningTotalAgainstPeriod(this, other) && !IsRunningTotalAgainstPeriod(other, this);

    /// <summary>
    /// "1,750 jobs cut since last year" against "3,510 laid off in the fourth quarter": a running total counts up to
    /// the day it is told, a quarter's or a month's count stops at its end, so they are never one figure. Only an
    /// explicit running total: a count merely told as of a time may be the month's.
    /// </summary>
    private static bool IsRunningTotalAgainstPeriod(ClaimScope running, ClaimScope period) =>
        running.Basis == ScopeBasis.Cumulative && running.SubPeriod is null && running.Month is null
        && (period.SubPeriod is not null || period.Month is not null);

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

    /// <summary>
    /// Both figures are told with one basis or one span of years in so many words: both additions, both running
    /// totals, both "over 25 years". That is positive evidence of one fact, where mere compatibility is not.
    /// </summary>
    public bool SharesExplicitScopeWith(ClaimScope other) =>
        IsCompatibleWith(other)
        && ((Basis is ScopeBasis.Additional or ScopeBasis.Remaining or ScopeBasis.Cumulative && Basis == other.Basis)
            || (SpanYears > 1 && SpanYears == other.SpanYears));

    /// <summary>Whether both sides state the same scope explicitly (stronger evidence than "compatible").</summary>
    public bool IsSpecified => Basis != ScopeBasis.Unspecified || Rate != ScopeRate.None || SpanYears is not null || IsPart || SubPeriod is not null
        || Status != ScopeStatus.Unspecified;

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

/// <summary>A count told as a plan or target, or as achieved so far (a planned total given as built is a classic error).</summary>
public enum ScopeStatus
{
    Unspecified,
    /// <summary>"will build 50", "dự kiến", "계획", "计划建设", "ditargetkan".</summary>
    Planned,
    /// <summary>"30 completed", "đã hoàn thành", "완공됐다", "已建成", "sudah rampung".</summary>
    Achieved,
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
