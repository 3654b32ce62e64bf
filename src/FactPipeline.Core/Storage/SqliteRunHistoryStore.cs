using System.Globalization;
using FactPipeline.Core.Runs;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Storage;

/// <summary>
/// <see cref="IRunHistoryStore"/> in the fact store's file: <see cref="RunTables"/> beside <c>runs</c>, and the diffs read
/// from the desk's audit trail (<see cref="ReviewTables"/>). Plain ADO.NET (<see cref="SqliteQuery"/>), as the desk's
/// stores: the native program has no Dapper reflection. The reading side is in <see cref="RunHistoryQueries"/>.
/// </summary>
public sealed class SqliteRunHistoryStore(IOptions<StorageOptions> options) : IRunHistoryStore
{
    // The review tables too: a diff joins finding_events to tracked_findings, which may not exist yet in a database
    // no run has tracked findings in. And an index by run: the audit trail's own indexes lead with the finding.
    private readonly SqliteTables _tables = new(
        options.Value.DatabasePath,
        RunTables.CreateSql + ReviewTables.CreateSql +
        "CREATE INDEX IF NOT EXISTS ix_finding_events_by_run ON finding_events (run_id) WHERE run_id IS NOT NULL;");

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RunSummary>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await _tables.OpenAsync(cancellationToken);
        return await RunHistoryQueries.SummariesAsync(connection, "1 = 1", limit, cancellationToken);
    }

    public async Task<RunDetail?> FindAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        var summary = (await RunHistoryQueries.SummariesAsync(connection, "r.id = @id", 1, cancellationToken, ("id", runId))).FirstOrDefault();
        if (summary is null)
        {
            return null;
        }
        return new RunDetail(
            summary,
            await RunHistoryQueries.InputsAsync(connection, runId, cancellationToken),
            await RunHistoryQueries.SourcesAsync(connection, runId, cancellationToken),
            await RunDiffQuery.LoadAsync(connection, runId, cancellationToken));
    }

    public async Task<IReadOnlyList<RunItem>> LoadItemsAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        // Pending items have no outcome yet: the log is of what finished, in the order it finished.
        return await SqliteQuery.ListAsync(
            connection,
            """
            SELECT item, origin, outcome, reason, article_id, worker, finished_at FROM run_items
            WHERE run_id = @id AND state = 'done' ORDER BY finished_at, item
            """,
            r => new RunItem(
                r.GetString(0), r.GetString(1), RunStatusNames.ParseOutcome(r.GetString(2)), r.NullableString(3), r.NullableString(4),
                r.NullableString(5) ?? "", TrackedRow.Time(r.GetString(6))),
            cancellationToken, null, ("id", runId));
    }

    public async Task<RunSummary?> FindPreviousCompletedAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        return (await RunHistoryQueries.SummariesAsync(
            connection,
            $"r.started_at < (SELECT started_at FROM runs WHERE id = @id) AND {RunHistoryQueries.StatusSql} = 'completed'",
            1, cancellationToken, ("id", runId))).FirstOrDefault();
    }
}
