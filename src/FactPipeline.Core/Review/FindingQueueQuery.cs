using FactPipeline.Core.Model;

namespace FactPipeline.Core.Review;

/// <summary>One page of the review queue: which findings, in the queue's order (conflicts first, biggest gap first).</summary>
/// <param name="Severity">Only this severity; null for all but possible matches, which are not flags.</param>
/// <param name="Text">Only findings whose topic contains this, in any letter case.</param>
/// <param name="Page">1 for the first page.</param>
public sealed record FindingQueueQuery(Severity? Severity = null, string? Text = null, int Page = 1, int PageSize = FindingQueueQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    /// <summary>The query with its page and page size brought into range, its text trimmed (empty is none).</summary>
    public FindingQueueQuery Normalised() => this with
    {
        Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
        Page = Math.Max(1, Page),
        PageSize = Math.Clamp(PageSize, 1, MaxPageSize),
    };
}

/// <summary>A finding as the queue lists it.</summary>
public sealed record FindingQueueItem(
    string Id, Severity Severity, string Topic, decimal DifferencePercent, int ClaimCount, string ExplanationEn, string ExplanationKo);

/// <param name="Total">Findings that match the query, over all pages.</param>
/// <param name="BySeverity">Findings per severity for the query's text, whatever its severity filter: the queue's tabs.</param>
public sealed record FindingQueuePage(
    FindingQueueQuery Query, IReadOnlyList<FindingQueueItem> Items, int Total, IReadOnlyDictionary<Severity, int> BySeverity)
{
    public int PageCount => Math.Max(1, (Total + Query.PageSize - 1) / Query.PageSize);
}

/// <summary>The review desk's queue of stored findings (Storage implements it).</summary>
public interface IFindingQueue
{
    Task<FindingQueuePage> QueryAsync(FindingQueueQuery query, CancellationToken cancellationToken = default);
}
