namespace FactPipeline.Core.Runs;

/// <summary>
/// The run history as <c>runs list/show</c> and the desk's <c>/runs</c> read it: every run's status and totals, its
/// items (the per-article processing log) and its diff. <see cref="IRunLedger"/> writes it. Implemented by Storage for
/// each provider.
/// </summary>
public interface IRunHistoryStore
{
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>The newest runs first.</summary>
    Task<IReadOnlyList<RunSummary>> ListAsync(int limit, CancellationToken cancellationToken = default);

    Task<RunDetail?> FindAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>The run's processing log: every item, who did it and when.</summary>
    Task<IReadOnlyList<RunItem>> LoadItemsAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>The last run before <paramref name="runId"/> that completed, for "since last night".</summary>
    Task<RunSummary?> FindPreviousCompletedAsync(string runId, CancellationToken cancellationToken = default);
}
