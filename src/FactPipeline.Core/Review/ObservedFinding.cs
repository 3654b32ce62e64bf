using FactPipeline.Core.Model;

namespace FactPipeline.Core.Review;

/// <summary>A finding of a run with its claims as the desk tracks them.</summary>
public sealed record ObservedFinding(Finding Finding, IReadOnlyList<TrackedFigure> Figures, IReadOnlyList<string> Subjects);

/// <summary>What a run found, for <see cref="FindingTracker"/>.</summary>
/// <param name="ArticleOfSource">Every source the run read, with the article (the text) it read there.</param>
public sealed record RunObservation(
    string RunId, DateTimeOffset At, IReadOnlyDictionary<string, string> ArticleOfSource, IReadOnlyList<ObservedFinding> Findings)
{
    /// <summary>
    /// What the run read where a figure stood (same source, same place or same sentence shape), whether or not the
    /// checks grouped it: tells a source that changed its figure from one that dropped it. Null: never known.
    /// </summary>
    public Func<TrackedFigure, TrackedFigure?> FigureNow { get; init; } = _ => null;

    /// <summary>
    /// Sources the run asked for and the server said are gone (HTTP 404 or 410), each with the reason the run gave: the
    /// open findings citing one are resolved by source. A failure that may pass (a timeout, a 5xx, robots.txt) is not here.
    /// </summary>
    public IReadOnlyDictionary<string, string> GoneSources { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>The tracked findings to store (whole, replacing the stored ones) and the events to append.</summary>
public sealed record TrackingPlan(IReadOnlyList<TrackedFinding> Upserts, IReadOnlyList<FindingEvent> Events)
{
    public static readonly TrackingPlan Empty = new([], []);
}
