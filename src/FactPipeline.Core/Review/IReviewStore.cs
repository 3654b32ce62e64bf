namespace FactPipeline.Core.Review;

/// <summary>The tracked findings and their audit trail (Storage implements it).</summary>
public interface IReviewStore
{
    /// <summary>The tracked findings with any of these anchors (<see cref="FindingAnchors"/>), present or not.</summary>
    Task<IReadOnlyList<TrackedFinding>> LoadByAnchorsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken = default);

    /// <summary>Stores the plan's tracked findings (whole) and appends its events, in one transaction.</summary>
    Task ApplyAsync(TrackingPlan plan, CancellationToken cancellationToken = default);

    /// <summary>The finding page's data, or null when no tracked finding has this id.</summary>
    /// <param name="withRelated">
    /// Also the findings about the same subject (<see cref="FindingDetail.Related"/>, a pass over every tracked finding);
    /// otherwise that list is empty.
    /// </param>
    Task<FindingDetail?> LoadDetailAsync(string id, bool withRelated, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends an editor's decision and sets the finding's status, unless its audit trail has grown past
    /// <paramref name="expectedVersion"/> (someone else decided, or a run changed it, since the editor loaded it):
    /// then nothing is written and the answer is null.
    /// </summary>
    Task<FindingEvent?> AppendDecisionAsync(FindingEvent decision, long expectedVersion, CancellationToken cancellationToken = default);
}
