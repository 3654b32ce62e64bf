using FactPipeline.Core.Model;

namespace FactPipeline.Core.Review;

/// <summary>
/// A finding as the desk follows it across runs. Its <see cref="Id"/> is the id of the finding it was first seen as and
/// never changes: later runs, other claim ids or another rules version only move <see cref="FindingId"/>.
/// </summary>
/// <param name="FindingId">The stored finding of the latest run that found it.</param>
/// <param name="Present">False when the latest run over all its sources no longer found it.</param>
public sealed record TrackedFinding(
    string Id,
    string FindingId,
    Severity Severity,
    string Topic,
    decimal DifferencePercent,
    ReviewStatus Status,
    bool Present,
    string FirstRunId,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<TrackedFigure> Figures)
{
    /// <summary>The subject names its claims give, distinct, in claim order.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    public IReadOnlyList<string> Languages => [.. Figures.Select(f => f.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Outlets => [.. Figures.Select(f => Outlet.Of(f.Source)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
