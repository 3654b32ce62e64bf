namespace FactPipeline.Core.Runs;

/// <summary>
/// The bookkeeping of a run fanned out as jobs: which sources are expanded and which items are pending. Completion is
/// decided in the database, in the same transaction that records the last item, so however many workers finish items at
/// once, exactly one of them learns that the run is ready for its final step.
/// </summary>
public interface IRunLedger
{
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Registers the run's sources (inputs) as pending expansion. Idempotent.</summary>
    Task RegisterSourcesAsync(string runId, IReadOnlyList<string> origins, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a source's expansion and registers its items as pending (items already known to the run are skipped:
    /// one article listed by two feeds is one item). Returns the items newly registered, which the caller queues.
    /// Idempotent: a retried expansion registers nothing twice.
    /// </summary>
    Task<IReadOnlyList<string>> ExpandSourceAsync(string runId, string origin, IReadOnlyList<string> items, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a finished item (see <see cref="IRunHistoryStore.RecordItemsAsync"/>) and, in the same transaction, checks
    /// whether every source is expanded and no item is pending. True for exactly one caller per run: the one whose
    /// transaction made the run ready, which then starts the final step.
    /// </summary>
    Task<bool> CompleteItemAsync(string runId, RunItem item, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="CompleteItemAsync"/> for a source whose expansion failed or listed nothing.</summary>
    Task<bool> CompleteSourceAsync(string runId, string origin, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the run's final step for <paramref name="worker"/>: true when nobody finished it and nobody holds it (a
    /// holder whose lease ran out counts as gone). The final step is idempotent; the claim keeps two from running at once.
    /// </summary>
    Task<bool> TryClaimFinalAsync(string runId, string worker, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Marks the final step done (the run completed); recorded once.</summary>
    Task CompleteFinalAsync(string runId, string worker, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Runs whose items are all done but whose final step never finished: what a starting host picks up.</summary>
    Task<IReadOnlyList<string>> ListReadyUnfinishedAsync(CancellationToken cancellationToken = default);

    /// <summary>How many times the final step ran to its end for the run (1 for a healthy run), from the ledger.</summary>
    Task<int> CountFinalCompletionsAsync(string runId, CancellationToken cancellationToken = default);
}
