using FactPipeline.Core.Review;

namespace FactPipeline.Core.Runs;

/// <summary>
/// What a run changed in the tracked findings, against the state the run before left: read from the audit trail the
/// run's tracking step wrote (<see cref="FindingEventKind"/>), so it is exactly what the desk shows.
/// </summary>
/// <param name="New">Flags first seen by this run (<see cref="FindingEventKind.FirstSeen"/>).</param>
/// <param name="Resolved">The disagreement is gone: a source changed its figure, or its page disappeared (<see cref="FindingEventKind.ResolvedBySource"/>).</param>
/// <param name="Changed">Figures added, changed or gone while the finding was open (<see cref="FindingEventKind.FiguresChanged"/>).</param>
/// <param name="Reopened">Decided before, and open again because its figures changed (<see cref="FindingEventKind.Reopened"/>).</param>
/// <param name="Corrections">Silent corrections: a page at the same URL came back with a figure changed.</param>
public sealed record RunDiff(
    IReadOnlyList<RunDiffEntry> New,
    IReadOnlyList<RunDiffEntry> Resolved,
    IReadOnlyList<RunDiffEntry> Changed,
    IReadOnlyList<RunDiffEntry> Reopened,
    IReadOnlyList<RunDiffEntry> Corrections)
{
    public static RunDiff Empty { get; } = new([], [], [], [], []);

    public RunDiffCounts Counts => new(New.Count, Resolved.Count, Changed.Count, Reopened.Count, Corrections.Count);

    public bool IsEmpty => Counts.Total == 0;
}

public sealed record RunDiffCounts(int New, int Resolved, int Changed, int Reopened, int Corrections)
{
    public static RunDiffCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public int Total => New + Resolved + Changed + Reopened + Corrections;
}

/// <summary>One tracked finding in a diff, with the figure changes the run recorded for it (empty for a new one).</summary>
/// <param name="FindingId">The tracked finding's id (the desk's <c>/findings/{id}</c>).</param>
/// <param name="Severity">"conflict", "minor" or "correction".</param>
public sealed record RunDiffEntry(string FindingId, string Topic, string Severity, ReviewStatus Status, IReadOnlyList<FigureChange> Changes, IReadOnlyList<string> Outlets);
