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

    public async Task MarkTriggerAsync(string runId, RunTrigger trigger, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        // updated_at: when the run started (the trigger is known from its start), else now for a run the fact store lacks.
        await SqliteQuery.ExecuteAsync(
            connection,
            """
            INSERT INTO run_status (run_id, run_trigger, status, updated_at)
            VALUES (@id, @trigger, 'running', COALESCE((SELECT started_at FROM runs WHERE id = @id), @now))
            ON CONFLICT (run_id) DO UPDATE SET run_trigger = excluded.run_trigger
            """,
            cancellationToken, null,
            ("id", runId), ("trigger", RunStatusNames.Of(trigger)), ("now", TrackedRow.Text(DateTimeOffset.UtcNow)));
    }

    public async Task RecordItemsAsync(string runId, IReadOnlyList<RunItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return;
        }
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PreparedInsert.RunAsync(connection, RecordItemSql, RecordItemColumns, items.Select(i => ItemValues(runId, i)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// A new item is inserted done; a pending one (registered by the ledger) is completed, keeping the origin the
    /// ledger gave it; a done one is left as first recorded, so a retried job does not log its item twice.
    /// </summary>
    internal const string RecordItemSql = """
        INSERT INTO run_items (run_id, item, origin, state, outcome, reason, article_id, worker, finished_at)
        VALUES (@run_id, @item, @origin, 'done', @outcome, @reason, @article_id, @worker, @finished_at)
        ON CONFLICT (run_id, item) DO UPDATE SET state = 'done', outcome = excluded.outcome, reason = excluded.reason,
            article_id = excluded.article_id, worker = excluded.worker, finished_at = excluded.finished_at
        WHERE run_items.state = 'pending'
        """;

    internal static readonly IReadOnlyList<string> RecordItemColumns =
        ["run_id", "item", "origin", "outcome", "reason", "article_id", "worker", "finished_at"];

    internal static object?[] ItemValues(string runId, RunItem item) =>
    [
        runId, item.Item, item.Origin, RunStatusNames.Of(item.Outcome), item.Reason, item.ArticleId, item.Worker, TrackedRow.Text(item.FinishedAt),
    ];

    public async Task SetStatusAsync(
        string runId, RunStatus status, DateTimeOffset now, RunTotals? totals = null, string? error = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        // A run nobody marked (a run started before its trigger was recorded) is a manual one.
        await SqliteQuery.ExecuteAsync(
            connection,
            """
            INSERT INTO run_status (run_id, run_trigger, status, updated_at, articles, claims, findings, llm_calls, llm_tokens, llm_cost, error)
            VALUES (@id, 'manual', @status, @now, COALESCE(@articles, 0), COALESCE(@claims, 0), COALESCE(@findings, 0),
                COALESCE(@calls, 0), COALESCE(@tokens, 0), COALESCE(@cost, '0'), @error)
            ON CONFLICT (run_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at,
                articles = COALESCE(@articles, articles), claims = COALESCE(@claims, claims), findings = COALESCE(@findings, findings),
                llm_calls = COALESCE(@calls, llm_calls), llm_tokens = COALESCE(@tokens, llm_tokens), llm_cost = COALESCE(@cost, llm_cost),
                error = COALESCE(@error, error)
            """,
            cancellationToken, null,
            ("id", runId), ("status", RunStatusNames.Of(status)), ("now", TrackedRow.Text(now)),
            ("articles", totals?.Articles), ("claims", totals?.Claims), ("findings", totals?.Findings),
            ("calls", totals?.LlmCalls), ("tokens", totals?.LlmTokens),
            ("cost", totals?.LlmCostUsd.ToString(CultureInfo.InvariantCulture)), ("error", error));
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
