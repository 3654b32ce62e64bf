using System.Globalization;
using FactPipeline.Core.Runs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Storage;

/// <summary>
/// <see cref="IRunLedger"/> on the <see cref="RunTables"/> of the fact store's file. Every decision is made inside one
/// write transaction (SQLite's <c>BEGIN IMMEDIATE</c>: one writer at a time), so the count of pending work a transaction
/// reads is the count it acts on.
/// </summary>
public sealed class SqliteRunLedger(IOptions<StorageOptions> options) : IRunLedger
{
    private readonly SqliteTables _tables = new(options.Value.DatabasePath, RunTables.CreateSql);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
    }

    public async Task BeginAsync(string runId, RunTrigger trigger, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await SqliteQuery.ExecuteAsync(connection, """
            INSERT INTO run_status (run_id, run_trigger, status, updated_at) VALUES (@run, @trigger, 'running', @now)
            ON CONFLICT (run_id) DO NOTHING
            """, cancellationToken, null, ("run", runId), ("trigger", RunStatusNames.Of(trigger)), ("now", Time(now)));
    }

    public async Task RecordItemsAsync(string runId, IReadOnlyList<RunItem> items, CancellationToken cancellationToken = default)
    {
        if (items.Count == 0)
        {
            return;
        }
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        foreach (var item in items)
        {
            await RecordAsync(connection, transaction, runId, item, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetStatusAsync(string runId, RunStatus status, DateTimeOffset now, RunTotals? totals = null, string? error = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        // A run nobody began (started before its trigger was recorded) is a manual one; totals and error only when given.
        await SqliteQuery.ExecuteAsync(connection, """
            INSERT INTO run_status (run_id, run_trigger, status, updated_at, articles, claims, findings, llm_calls, llm_tokens, llm_cost, error)
            VALUES (@id, 'manual', @status, @now, COALESCE(@articles, 0), COALESCE(@claims, 0), COALESCE(@findings, 0),
                COALESCE(@calls, 0), COALESCE(@tokens, 0), COALESCE(@cost, '0'), @error)
            ON CONFLICT (run_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at,
                articles = COALESCE(@articles, articles), claims = COALESCE(@claims, claims), findings = COALESCE(@findings, findings),
                llm_calls = COALESCE(@calls, llm_calls), llm_tokens = COALESCE(@tokens, llm_tokens), llm_cost = COALESCE(@cost, llm_cost),
                error = COALESCE(@error, error)
            """,
            cancellationToken, null,
            ("id", runId), ("status", RunStatusNames.Of(status)), ("now", Time(now)),
            ("articles", totals?.Articles), ("claims", totals?.Claims), ("findings", totals?.Findings),
            ("calls", totals?.LlmCalls), ("tokens", totals?.LlmTokens),
            ("cost", totals?.LlmCostUsd.ToString(CultureInfo.InvariantCulture)), ("error", error));
    }

    public async Task RegisterSourcesAsync(string runId, IReadOnlyList<string> origins, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        foreach (var origin in origins)
        {
            await SqliteQuery.ExecuteAsync(connection,
                "INSERT INTO run_sources (run_id, origin, state) VALUES (@run, @origin, 'pending') ON CONFLICT (run_id, origin) DO NOTHING",
                cancellationToken, transaction, ("run", runId), ("origin", origin));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ExpandSourceAsync(string runId, string origin, IReadOnlyList<string> items, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var expanded = await SqliteQuery.LongAsync(connection,
            "SELECT COUNT(*) FROM run_sources WHERE run_id = @run AND origin = @origin AND state = 'expanded'",
            cancellationToken, transaction, ("run", runId), ("origin", origin)) > 0;
        if (!expanded)
        {
            foreach (var item in items)
            {
                await SqliteQuery.ExecuteAsync(connection,
                    "INSERT INTO run_items (run_id, item, origin, state) VALUES (@run, @item, @origin, 'pending') ON CONFLICT (run_id, item) DO NOTHING",
                    cancellationToken, transaction, ("run", runId), ("item", item), ("origin", origin));
            }
            await SqliteQuery.ExecuteAsync(connection, """
                INSERT INTO run_sources (run_id, origin, state, found) VALUES (@run, @origin, 'expanded', @found)
                ON CONFLICT (run_id, origin) DO UPDATE SET state = 'expanded', found = excluded.found
                """, cancellationToken, transaction, ("run", runId), ("origin", origin), ("found", items.Count));
        }
        var pending = await SqliteQuery.ListAsync(connection,
            "SELECT item FROM run_items WHERE run_id = @run AND origin = @origin AND state = 'pending' ORDER BY rowid",
            r => r.GetString(0), cancellationToken, transaction, ("run", runId), ("origin", origin));
        await transaction.CommitAsync(cancellationToken);
        return pending;
    }

    public async Task<bool> CompleteItemAsync(string runId, RunItem item, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await RecordAsync(connection, transaction, runId, item, cancellationToken);
        var ready = await ReadyAsync(connection, transaction, runId, item.FinishedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ready;
    }

    public async Task<bool> IsItemDoneAsync(string runId, string item, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        return await SqliteQuery.LongAsync(connection, "SELECT COUNT(*) FROM run_items WHERE run_id = @run AND item = @item AND state = 'done'",
            cancellationToken, null, ("run", runId), ("item", item)) > 0;
    }

    public async Task<bool> CheckReadyAsync(string runId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var ready = await ReadyAsync(connection, transaction, runId, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ready;
    }

    public async Task<bool> TryClaimFinalAsync(string runId, string worker, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        return await SqliteQuery.ExecuteAsync(connection, """
            UPDATE run_status SET final_worker = @worker, final_claimed_at = @now, status = 'finishing', updated_at = @now
            WHERE run_id = @run AND final_done_at IS NULL AND (final_claimed_at IS NULL OR final_claimed_at < @expired)
            """, cancellationToken, null, ("run", runId), ("worker", worker), ("now", Time(now)), ("expired", Time(now - lease))) == 1;
    }

    public async Task ReleaseFinalAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await SqliteQuery.ExecuteAsync(connection, "UPDATE run_status SET final_claimed_at = NULL WHERE run_id = @run AND final_done_at IS NULL",
            cancellationToken, null, ("run", runId));
    }

    public async Task CompleteFinalAsync(string runId, string worker, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await SqliteQuery.ExecuteAsync(connection, """
            UPDATE run_status SET final_completions = final_completions + 1, final_worker = @worker,
                final_done_at = COALESCE(final_done_at, @now), status = 'completed', updated_at = @now
            WHERE run_id = @run
            """, cancellationToken, null, ("run", runId), ("worker", worker), ("now", Time(now)));
    }

    public async Task<IReadOnlyList<string>> ListReadyUnfinishedAsync(DateTimeOffset readyBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        return await SqliteQuery.ListAsync(connection,
            "SELECT run_id FROM run_status WHERE ready_at IS NOT NULL AND ready_at < @before AND final_done_at IS NULL AND final_claimed_at IS NULL ORDER BY ready_at",
            r => r.GetString(0), cancellationToken, null, ("before", Time(readyBefore)));
    }

    public async Task<IReadOnlyList<StalledWork>> ListStalledAsync(DateTimeOffset idleSince, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        return await SqliteQuery.ListAsync(connection, StalledSql, r => new StalledWork(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)),
            cancellationToken, null, ("idle", Time(idleSince)));
    }

    /// <summary>
    /// A running run that is not ready is idle when its last finished item (or, with none, its last status change)
    /// is older than @idle; its pending sources (item NULL), then its pending items.
    /// </summary>
    internal const string StalledSql = """
        WITH idle AS (
            SELECT s.run_id FROM run_status s
            WHERE s.status = 'running' AND s.ready_at IS NULL
              AND COALESCE((SELECT MAX(d.finished_at) FROM run_items d WHERE d.run_id = s.run_id AND d.state = 'done'), s.updated_at) < @idle)
        SELECT r.run_id, r.origin, NULL FROM run_sources r JOIN idle ON idle.run_id = r.run_id WHERE r.state = 'pending'
        UNION ALL
        SELECT i.run_id, i.origin, i.item FROM run_items i JOIN idle ON idle.run_id = i.run_id WHERE i.state = 'pending'
        """;

    public async Task<IReadOnlyList<string>> ListUnfinishedAsync(RunTrigger trigger, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        return await SqliteQuery.ListAsync(connection,
            "SELECT run_id FROM run_status WHERE run_trigger = @trigger AND status IN ('running', 'finishing') ORDER BY updated_at",
            r => r.GetString(0), cancellationToken, null, ("trigger", RunStatusNames.Of(trigger)));
    }

    public async Task<int> CountFinalCompletionsAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        return (int)await SqliteQuery.LongAsync(connection, "SELECT final_completions FROM run_status WHERE run_id = @run",
            cancellationToken, null, ("run", runId));
    }

    private static Task<int> RecordAsync(SqliteConnection connection, SqliteTransaction transaction, string runId, RunItem item, CancellationToken cancellationToken) =>
        SqliteQuery.ExecuteAsync(connection, """
            INSERT INTO run_items (run_id, item, origin, state, outcome, reason, article_id, worker, finished_at)
            VALUES (@run, @item, @origin, 'done', @outcome, @reason, @article, @worker, @at)
            ON CONFLICT (run_id, item) DO UPDATE SET state = 'done', outcome = excluded.outcome, reason = excluded.reason,
                article_id = excluded.article_id, worker = excluded.worker, finished_at = excluded.finished_at
            WHERE run_items.state = 'pending'
            """, cancellationToken, transaction, ("run", runId), ("item", item.Item), ("origin", item.Origin),
            ("outcome", RunStatusNames.Of(item.Outcome)), ("reason", item.Reason), ("article", item.ArticleId),
            ("worker", item.Worker), ("at", Time(item.FinishedAt)));

    /// <summary>Sets <c>ready_at</c> when nothing is pending; true only for the transaction that set it.</summary>
    private static async Task<bool> ReadyAsync(SqliteConnection connection, SqliteTransaction transaction, string runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await SqliteQuery.LongAsync(connection, """
            SELECT (SELECT COUNT(*) FROM run_sources WHERE run_id = @run AND state = 'pending')
                 + (SELECT COUNT(*) FROM run_items WHERE run_id = @run AND state = 'pending')
            """, cancellationToken, transaction, ("run", runId));
        if (pending > 0)
        {
            return false;
        }
        return await SqliteQuery.ExecuteAsync(connection, "UPDATE run_status SET ready_at = @now WHERE run_id = @run AND ready_at IS NULL",
            cancellationToken, transaction, ("run", runId), ("now", Time(now))) == 1;
    }

    /// <summary>UTC, fixed width (as the desk's tables write times): the text sorts as the time does, so leases compare in SQL.</summary>
    private static string Time(DateTimeOffset value) => TrackedRow.Text(value);
}
