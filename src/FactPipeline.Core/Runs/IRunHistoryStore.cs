namespace FactPipeline.Core.Runs;

/// <summary>
/// The run history: every run's items as they finish (the per-article processing log), its status and totals, and
/// the reading side for <c>runs list/show</c> and the desk's <c>/runs</c>. Implemented by Storage for each provider.
/// </summary>
public interface IRunHistoryStore
{
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Records what a run triggered by <paramref name="trigger"/> is (a run starts in the fact store, which gives its id).</summary>
    Task MarkTriggerAsync(string runId, RunTrigger trigger, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records finished items. An item already finished in this run stays as first recorded (a job retried after its
    /// worker died does not log it twice); an item registered as pending (<see cref="IRunLedger"/>) is completed.
    /// </summary>
    Task RecordItemsAsync(string runId, IReadOnlyList<RunItem> items, CancellationToken cancellationToken = default);

    /// <summary>Sets the run's status; totals and error only when given.</summary>
    Task SetStatusAsync(string runId, RunStatus status, DateTimeOffset now, RunTotals? totals = null, string? error = null, CancellationToken cancellationToken = default);

    /// <summary>The newest runs first.</summary>
    Task<IReadOnlyList<RunSummary>> ListAsync(int limit, CancellationToken cancellationToken = default);

    Task<RunDetail?> FindAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>The run's processing log: every item, who did it and when.</summary>
    Task<IReadOnlyList<RunItem>> LoadItemsAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>The last run before <paramref name="runId"/> that completed, for "since last night".</summary>
    Task<RunSummary?> FindPreviousCompletedAsync(string runId, CancellationToken cancellationToken = default);
}
