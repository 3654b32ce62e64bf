using FactPipeline.Core.Model;

namespace FactPipeline.Core.Review;

/// <summary>
/// One page of the review queue and its filters, each as the query string names it, so a filtered view can be
/// bookmarked. Text filters match in any letter case. The order: open findings first, then conflicts before minor
/// differences before agreement, the biggest gap first.
/// </summary>
/// <param name="Severity">Only this severity; null for every flag (possible matches are not flags).</param>
/// <param name="Status">Only this review status; null for all. Without it, findings the latest run no longer found are left out unless open.</param>
/// <param name="Subject">Only findings whose claims' subject names contain this.</param>
/// <param name="Topic">Only findings whose topic ("budget (KRW)") contains this.</param>
/// <param name="Language">Only findings with a claim in this language (a tag: "id", "ko").</param>
/// <param name="Outlet">Only findings with a claim from this outlet (<see cref="Review.Outlet.Of"/>: a host or a file name).</param>
/// <param name="SeenFrom">Only findings first seen on or after this day (UTC).</param>
/// <param name="SeenTo">Only findings first seen on or before this day (UTC).</param>
/// <param name="Quote">Only findings with a claim's sentence containing this.</param>
/// <param name="Page">1 for the first page.</param>
public sealed record FindingQueueQuery(
    Severity? Severity = null,
    ReviewStatus? Status = null,
    string? Subject = null,
    string? Topic = null,
    string? Language = null,
    string? Outlet = null,
    DateOnly? SeenFrom = null,
    DateOnly? SeenTo = null,
    string? Quote = null,
    int Page = 1,
    int PageSize = FindingQueueQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    /// <summary>The query with its page and page size brought into range, its texts trimmed (empty is none).</summary>
    public FindingQueueQuery Normalised() => this with
    {
        Subject = Clean(Subject),
        Topic = Clean(Topic),
        Language = Clean(Language)?.ToLowerInvariant(),
        Outlet = Clean(Outlet)?.ToLowerInvariant(),
        Quote = Clean(Quote),
        Page = Math.Max(1, Page),
        PageSize = Math.Clamp(PageSize, 1, MaxPageSize),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A finding as the queue lists it.</summary>
public sealed record FindingQueueItem(
    string Id,
    Severity Severity,
    ReviewStatus Status,
    string Topic,
    decimal DifferencePercent,
    int ClaimCount,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Outlets,
    DateTimeOffset FirstSeenAt);

/// <param name="Total">Findings that match the query, over all pages.</param>
/// <param name="BySeverity">Findings per severity for the query without its severity filter: the queue's tabs.</param>
/// <param name="ByStatus">Findings per review status for the query without its status filter.</param>
public sealed record FindingQueuePage(
    FindingQueueQuery Query,
    IReadOnlyList<FindingQueueItem> Items,
    int Total,
    IReadOnlyDictionary<Severity, int> BySeverity,
    IReadOnlyDictionary<ReviewStatus, int> ByStatus)
{
    public int PageCount => Math.Max(1, (Total + Query.PageSize - 1) / Query.PageSize);
}

/// <summary>The review desk's queue of tracked findings (Storage implements it).</summary>
public interface IFindingQueue
{
    Task<FindingQueuePage> QueryAsync(FindingQueueQuery query, CancellationToken cancellationToken = default);

    /// <summary>The ids of every finding the query matches, in queue order, all pages: what an export writes.</summary>
    Task<IReadOnlyList<string>> ListIdsAsync(FindingQueueQuery query, CancellationToken cancellationToken = default);
}
