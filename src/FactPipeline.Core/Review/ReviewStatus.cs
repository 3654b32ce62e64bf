namespace FactPipeline.Core.Review;

/// <summary>
/// Where a finding stands with the editors. The desk, the API and the exports name a status by its wire name
/// (<see cref="ReviewStatuses.Name"/>: "different-scope"), never by the enum's number, so the list can grow.
/// </summary>
public enum ReviewStatus
{
    /// <summary>Not settled: new, or reopened because its figures changed.</summary>
    Open,
    /// <summary>A real discrepancy: the sources disagree.</summary>
    Confirmed,
    /// <summary>The figures differ by rounding only.</summary>
    Rounding,
    DifferentScope,
    DifferentPeriod,
    NotComparable,
    NeedsPrimarySource,
    /// <summary>One source is wrong; the decision names which claim and, when known, the right figure.</summary>
    SourceError,
    Dismissed,
    /// <summary>Set by the pipeline, never by an editor: a source changed its text and the discrepancy went away.</summary>
    ResolvedBySource,
}

public static class ReviewStatuses
{
    private static readonly string[] Names =
    [
        "open", "confirmed", "rounding", "different-scope", "different-period", "not-comparable",
        "needs-primary-source", "source-error", "dismissed", "resolved-by-source",
    ];

    /// <summary>Every status an editor may record, in the order the decision form lists them.</summary>
    public static IReadOnlyList<ReviewStatus> Decidable { get; } =
        [.. Enum.GetValues<ReviewStatus>().Where(s => s != ReviewStatus.ResolvedBySource)];

    public static IReadOnlyList<ReviewStatus> All { get; } = Enum.GetValues<ReviewStatus>();

    public static string Name(this ReviewStatus status) => Names[(int)status];

    /// <summary>The status of a wire name ("different-scope"), in any letter case; false for anything else.</summary>
    public static bool TryParse(string? name, out ReviewStatus status)
    {
        var index = name is null ? -1 : Array.FindIndex(Names, n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase));
        status = index < 0 ? ReviewStatus.Open : (ReviewStatus)index;
        return index >= 0;
    }
}
