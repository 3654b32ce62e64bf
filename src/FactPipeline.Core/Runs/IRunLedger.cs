namespace FactPipeline.Core.Runs;

/// <summary>
/// A run's bookkeeping, the writing side of the run history (<see cref="IRunHistoryStore"/> reads it): its trigger and
/// status, every item as it finishes (the processing log), and for a run fanned out as jobs which sources are expanded
/// and which items are pending. Completion is decided in the database, in the same transaction that records the last
/// item, so however many workers finish items at once, exactly one of them learns that the run is ready for its final step.
/// </summary>
public interface IRunLedger
{
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Records the run (started in the fact store, which gives its id) as running, started by <paramref name="trigger"/>. Idempotent.</summary>
    Task BeginAsync(string runId, RunTrigger trigger, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records finished items. An item already finished in this run stays as first recorded (a job retried after its
    /// worker died does not log it twice); an item registered as pending is completed.
    /// </summary>
    Task RecordItemsAsync(string runId, IReadOnlyList<RunItem> items, CancellationToken cancellationToken = default);

    /// <summary>Sets the run's status; totals and error only when given.</summary>
    Task SetStatusAsync(string runId, RunStatus status, DateTimeOffset now, RunTotals? totals = null, string? error = null, CancellationToken cancellationToken = default);

    /// <summary>Registers the run's sources (inputs) as pending expansion. Idempotent.</summary>
    Task RegisterSourcesAsync(string runId, IReadOnlyList<string> origins, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a source's expansion and registers its items as pending (an item already known to the run is not
    /// registered again: one article listed by two feeds is one item). Returns this source's items still pending, which
    /// the caller queues: on a retried expansion too, so an expansion that died before queueing them loses none.
    /// </summary>
    Task<IReadOnlyList<string>> ExpandSourceAsync(string runId, string origin, IReadOnlyList<string> items, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a finished item (see <see cref="RecordItemsAsync"/>) and, in the same transaction, checks whether every
    /// source is expanded and no item is pending. True for exactly one caller per run: the one whose transaction made
    /// the run ready, which then starts the final step. Should that caller die before starting it, the run stays ready
    /// and unfinished (<see cref="ListReadyUnfinishedAsync"/>) for a host's sweep to start.
    /// </summary>
    Task<bool> CompleteItemAsync(string runId, RunItem item, CancellationToken cancellationToken = default);

    /// <summary>True when the item is already finished in this run: a job queued twice does its work once.</summary>
    Task<bool> IsItemDoneAsync(string runId, string item, CancellationToken cancellationToken = default);

    /// <summary>The readiness check of <see cref="CompleteItemAsync"/> alone: after a source's items are queued (it may have listed none).</summary>
    Task<bool> CheckReadyAsync(string runId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the run's final step for <paramref name="worker"/>: true when nobody finished it and nobody holds it (a
    /// holder whose lease ran out counts as gone). The final step is idempotent; the claim keeps two from running at once.
    /// </summary>
    Task<bool> TryClaimFinalAsync(string runId, string worker, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Gives the claim back after the final step failed, so its retry need not wait for the lease to run out.</summary>
    Task ReleaseFinalAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Marks the final step done (the run completed). Every call is counted (<see cref="CountFinalCompletionsAsync"/>), so a final step run twice shows.</summary>
    Task CompleteFinalAsync(string runId, string worker, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs ready since before <paramref name="readyBefore"/> whose final step nobody holds and nobody finished: what a
    /// host's sweep starts (the worker that made them ready died before starting it, or the step failed).
    /// </summary>
    Task<IReadOnlyList<string>> ListReadyUnfinishedAsync(DateTimeOffset readyBefore, CancellationToken cancellationToken = default);

    /// <summary>
    /// The unfinished work of runs that made no progress since <paramref name="idleSince"/> (no item finished since, and
    /// the run began before): sources still to expand and items still pending. Their jobs were lost: deleted from the
    /// job engine, or failed for good on errors that were not the item's, such as a database away for longer than
    /// every retry. A host's sweep queues them again; a job queued twice does its work once.
    /// </summary>
    Task<IReadOnlyList<StalledWork>> ListStalledAsync(DateTimeOffset idleSince, CancellationToken cancellationToken = default);

    /// <summary>Unfinished runs started by <paramref name="trigger"/>: a nightly run does not start while one is under way.</summary>
    Task<IReadOnlyList<string>> ListUnfinishedAsync(RunTrigger trigger, CancellationToken cancellationToken = default);

    /// <summary>How many times the final step ran to its end for the run (1 for a healthy run), from the ledger.</summary>
    Task<int> CountFinalCompletionsAsync(string runId, CancellationToken cancellationToken = default);
}
