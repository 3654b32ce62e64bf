namespace FactPipeline.Core.Review.Exports;

/// <summary>
/// Loads what an export writes: every finding a queue filter matches (all pages, queue order), each with its figures,
/// evidence and audit trail. The web exports, the API and the CLI's <c>export</c> all read through it.
/// </summary>
public sealed class FindingExporter(IFindingQueue queue, ReviewDesk desk)
{
    /// <summary>The statuses a ClaimReview is published for: a real discrepancy, or a source shown wrong.</summary>
    public static IReadOnlyList<ReviewStatus> Reviewable { get; } = [ReviewStatus.Confirmed, ReviewStatus.SourceError];

    public async Task<IReadOnlyList<FindingDetail>> LoadAsync(FindingQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await LoadAsync(await queue.ListIdsAsync(query, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The findings of the query with any of <paramref name="statuses"/> (each status's own queue order, one after the
    /// other); every status of the query when the list is empty.
    /// </summary>
    public async Task<IReadOnlyList<FindingDetail>> LoadAsync(FindingQueueQuery query, IReadOnlyCollection<ReviewStatus> statuses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(statuses);
        if (statuses.Count == 0)
        {
            return await LoadAsync(query, cancellationToken);
        }
        var ids = new List<string>();
        foreach (var status in statuses.Distinct())
        {
            ids.AddRange(await queue.ListIdsAsync(query with { Status = status }, cancellationToken));
        }
        return await LoadAsync([.. ids.Distinct(StringComparer.Ordinal)], cancellationToken);
    }

    /// <summary>The findings a ClaimReview export publishes among those the query matches (<see cref="Reviewable"/>).</summary>
    public Task<IReadOnlyList<FindingDetail>> LoadReviewableAsync(FindingQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        // A query for another status publishes nothing rather than widening to both.
        IReadOnlyCollection<ReviewStatus> statuses = query.Status is { } only ? (Reviewable.Contains(only) ? [only] : []) : Reviewable;
        return statuses.Count == 0 ? Task.FromResult<IReadOnlyList<FindingDetail>>([]) : LoadAsync(query, statuses, cancellationToken);
    }

    /// <summary>The findings of these ids, in this order; an id removed meanwhile is left out.</summary>
    public async Task<IReadOnlyList<FindingDetail>> LoadAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var details = new List<FindingDetail>(ids.Count);
        foreach (var id in ids)
        {
            if (await desk.FindRecordAsync(id, cancellationToken) is { } detail)
            {
                details.Add(detail);
            }
        }
        return details;
    }
}
