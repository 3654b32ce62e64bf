namespace FactPipeline.Core.Review;

public enum FindingEventKind
{
    /// <summary>A run found it for the first time.</summary>
    FirstSeen,
    /// <summary>A run found it with figures added, changed or gone, while it was open.</summary>
    FiguresChanged,
    /// <summary>Its figures changed after an editor had decided it: open again.</summary>
    Reopened,
    /// <summary>
    /// A source changed its text and the discrepancy went away (its figures now agree, or are gone), or a source's page
    /// is gone (<see cref="FigureChange.GoneReason"/>).
    /// </summary>
    ResolvedBySource,
    /// <summary>A run over all its sources, whose texts did not change, no longer found it (other rules).</summary>
    NoLongerFound,
    /// <summary>A later run found it again, as it was.</summary>
    FoundAgain,
    /// <summary>An editor recorded a decision.</summary>
    Decided,
}

/// <summary>What changed about one source's figure between two runs. Null text: the source had no figure then.</summary>
public sealed record FigureChange(string Source, string? Before, string? After)
{
    public string Outlet => Review.Outlet.Of(Source);

    /// <summary>
    /// Set when the source's page is gone (HTTP 404 or 410): the reason the run gave ("HTTP 404"). <see cref="After"/> is
    /// then null because there is no page, not because the page dropped the figure.
    /// </summary>
    public string? GoneReason { get; init; }
}

/// <summary>
/// One entry of a finding's audit trail, appended and never rewritten: the pipeline's changes (actor "pipeline", with
/// the run) and the editors' decisions (actor the user's name).
/// </summary>
/// <param name="Sequence">Order of the entry in the whole store; 0 until stored.</param>
/// <param name="Status">The finding's status after the entry.</param>
public sealed record FindingEvent(
    long Sequence,
    string TrackedId,
    DateTimeOffset At,
    string Actor,
    FindingEventKind Kind,
    ReviewStatus Status,
    string? RunId = null,
    string? Note = null)
{
    public const string PipelineActor = "pipeline";

    public IReadOnlyList<FigureChange> Changes { get; init; } = [];

    /// <summary>For <see cref="ReviewStatus.SourceError"/>: which claim is wrong, the right figure, where it is stated.</summary>
    public SourceErrorDetails? SourceError { get; init; }
}

/// <param name="WrongClaimId">One of the finding's claims.</param>
/// <param name="CorrectFigure">The figure as the primary source gives it, when known.</param>
/// <param name="PrimarySourceUrl">An http(s) URL, when known.</param>
public sealed record SourceErrorDetails(string WrongClaimId, string? CorrectFigure, string? PrimarySourceUrl);
