using System.Globalization;
using FactPipeline.Core.Runs;
using Npgsql;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary>
/// <see cref="IRunLedger"/> in PostgreSQL. A decision about a run (is it ready, may this worker expand that source)
/// first locks the run's <c>run_status</c> row (<c>FOR UPDATE</c>), so under READ COMMITTED the counts it then reads
/// include every transaction that decided before it: of many workers finishing the last items at once, one sets the run ready.
/// </summary>
public sealed class PostgresRunLedger(PostgresDatabase database) : IRunLedger
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
    }

    public async Task BeginAsync(string runId, RunTrigger trigger, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(connection, """
            INSERT INTO run_status (run_id, run_trigger, status, updated_at) VALUES (@run, @trigger, 'running', @now)
            ON CONFLICT (run_id) DO NOTHING
            """, cancellationToken, null, ("run", runId), ("trigger", RunStatusNames.Of(trigger)), ("now", now));
    }

    public async Task RecordItemsAsync(string runId, IReadOnlyList<RunItem> items, CancellationToken cancellationToken = default)
    {
        if (items.Count == 0)
        {
            return;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var item in items)
        {
            await RecordAsync(connection, transaction, runId, item, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetStatusAsync(string runId, RunStatus status, DateTimeOffset now, RunTotals? totals = null, string? error = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(connection, """
            INSERT INTO run_status (run_id, run_trigger, status, updated_at, articles, claims, findings, llm_calls, llm_tokens, llm_cost, error)
            VALUES (@id, 'manual', @status, @now, COALESCE(@articles, 0), COALESCE(@claims, 0), COALESCE(@findings, 0),
                COALESCE(@calls, 0), COALESCE(@tokens, 0), COALESCE(@cost, '0'), @error)
            ON CONFLICT (run_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at,
                articles = COALESCE(@articles, run_status.articles), claims = COALESCE(@claims, run_status.claims),
                findings = COALESCE(@findings, run_status.findings), llm_calls = COALESCE(@calls, run_status.llm_calls),
                llm_tokens = COALESCE(@tokens, run_status.llm_tokens), llm_cost = COALESCE(@cost, run_status.llm_cost),
                error = COALESCE(@error, run_status.error)
            """,
            cancellationToken, null,
            ("id", runId), ("status", RunStatusNames.Of(status)), ("now", now),
            ("articles", (long?)totals?.Articles), ("claims", (long?)totals?.Claims), ("findings", (long?)totals?.Findings),
            ("calls", (long?)totals?.LlmCalls), ("tokens", totals?.LlmTokens),
            ("cost", totals?.LlmCostUsd.ToString(CultureInfo.InvariantCulture)), ("error", error));
    }

    public async Task RegisterSourcesAsync(string runId, IReadOnlyList<string> origins, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var origin in origins)
        {
            await PostgresQuery.ExecuteAsync(connection,
                "INSERT INTO run_sources (run_id, origin, state) VALUES (@run, @origin, 'pending') ON CONFLICT (run_id, origin) DO NOTHING",
                cancellationToken, transaction, ("run", runId), ("origin", origin));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ExpandSourceAsync(string runId, string origin, IReadOnlyList<string> items, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, runId, cancellationToken);
        var expanded = await PostgresQuery.LongAsync(connection,
            "SELECT COUNT(*) FROM run_sources WHERE run_id = @run AND origin = @origin AND state = 'expanded'",
            cancellationToken, transaction, ("run", runId), ("origin", origin)) > 0;
        if (!expanded)
        {
            // One statement for every item, in the order listed (ordinality), so the pending list comes back in that order.
            await PostgresQuery.ExecuteAsync(connection, """
                INSERT INTO run_items (run_id, item, origin, state)
                SELECT @run, item, @origin, 'pending' FROM unnest(@items) WITH ORDINALITY AS listed(item, position) ORDER BY position
                ON CONFLICT (run_id, item) DO NOTHING
                """, cancellationToken, transaction, ("run", runId), ("origin", origin), ("items", items.ToArray()));
            await PostgresQuery.ExecuteAsync(connection, """
                INSERT INTO run_sources (run_id, origin, state, found) VALUES (@run, @origin, 'expanded', @found)
                ON CONFLICT (run_id, origin) DO UPDATE SET state = 'expanded', found = excluded.found
                """, cancellationToken, transaction, ("run", runId), ("origin", origin), ("found", (long)items.Count));
        }
        var pending = await PostgresQuery.ListAsync(connection,
            "SELECT item FROM run_items WHERE run_id = @run AND origin = @origin AND state = 'pending'",
            r => r.GetString(0), cancellationToken, transaction, ("run", runId), ("origin", origin));
        await transaction.CommitAsync(cancellationToken);
        // In the order the source listed them (PostgreSQL keeps no insertion order of its own).
        var order = items.Select((item, index) => (item, index)).GroupBy(x => x.item, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        return pending.OrderBy(item => order.GetValueOrDefault(item, int.MaxValue)).ThenBy(item => item, StringComparer.Ordinal).ToArray();
    }

    public async Task<bool> CompleteItemAsync(string runId, RunItem item, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, runId, cancellationToken);
        await RecordAsync(connection, transaction, runId, item, cancellationToken);
        var ready = await ReadyAsync(connection, transaction, runId, item.FinishedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ready;
    }

    public async Task<bool> IsItemDoneAsync(string runId, string item, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.LongAsync(connection, "SELECT COUNT(*) FROM run_items WHERE run_id = @run AND item = @item AND state = 'done'",
            cancellationToken, null, ("run", runId), ("item", item)) > 0;
    }

    public async Task<bool> CheckReadyAsync(string runId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, runId, cancellationToken);
        var ready = await ReadyAsync(connection, transaction, runId, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ready;
    }

    public async Task<bool> TryClaimFinalAsync(string runId, string worker, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ExecuteAsync(connection, """
            UPDATE run_status SET final_worker = @worker, final_claimed_at = @now, status = 'finishing', updated_at = @now
            WHERE run_id = @run AND final_done_at IS NULL AND (final_claimed_at IS NULL OR final_claimed_at < @expired)
            """, cancellationToken, null, ("run", runId), ("worker", worker), ("now", now), ("expired", now - lease)) == 1;
    }

    public async Task ReleaseFinalAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(connection, "UPDATE run_status SET final_claimed_at = NULL WHERE run_id = @run AND final_done_at IS NULL",
            cancellationToken, null, ("run", runId));
    }

    public async Task CompleteFinalAsync(string runId, string worker, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(connection, """
            UPDATE run_status SET final_completions = final_completions + 1, final_worker = @worker,
                final_done_at = COALESCE(final_done_at, @now), status = 'completed', updated_at = @now
            WHERE run_id = @run
            """, cancellationToken, null, ("run", runId), ("worker", worker), ("now", now));
    }

    public async Task<IReadOnlyList<string>> ListReadyUnfinishedAsync(DateTimeOffset readyBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ListAsync(connection,
            "SELECT run_id FROM run_status WHERE ready_at IS NOT NULL AND ready_at < @before AND final_done_at IS NULL AND final_claimed_at IS NULL ORDER BY ready_at",
            r => r.GetString(0), cancellationToken, null, ("before", readyBefore));
    }

    public async Task<IReadOnlyList<StalledWork>> ListStalledAsync(DateTimeOffset idleSince, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // The same query as SQLite's: timestamps compare as timestamptz here, as sortable text there.
        return await PostgresQuery.ListAsync(connection, SqliteRunLedger.StalledSql,
            r => new StalledWork(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)),
            cancellationToken, null, ("idle", idleSince));
    }

    public async Task<IReadOnlyList<string>> ListUnfinishedAsync(RunTrigger trigger, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ListAsync(connection,
            "SELECT run_id FROM run_status WHERE run_trigger = @trigger AND status IN ('running', 'finishing') ORDER BY updated_at",
            r => r.GetString(0), cancellationToken, null, ("trigger", RunStatusNames.Of(trigger)));
    }

    public async Task<int> CountFinalCompletionsAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (int)await PostgresQuery.LongAsync(connection, "SELECT final_completions FROM run_status WHERE run_id = @run",
            cancellationToken, null, ("run", runId));
    }

    private static Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string runId, CancellationToken cancellationToken) =>
        PostgresQuery.ExecuteAsync(connection, "SELECT 1 FROM run_status WHERE run_id = @run FOR UPDATE", cancellationToken, transaction, ("run", runId));

    private static Task<int> RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string runId, RunItem item, CancellationToken cancellationToken) =>
        PostgresQuery.ExecuteAsync(connection, """
            INSERT INTO run_items (run_id, item, origin, state, outcome, reason, article_id, worker, finished_at)
            VALUES (@run, @item, @origin, 'done', @outcome, @reason, @article, @worker, @at)
            ON CONFLICT (run_id, item) DO UPDATE SET state = 'done', outcome = excluded.outcome, reason = excluded.reason,
                article_id = excluded.article_id, worker = excluded.worker, finished_at = excluded.finished_at
            WHERE run_items.state = 'pending'
            """, cancellationToken, transaction, ("run", runId), ("item", item.Item), ("origin", item.Origin),
            ("outcome", RunStatusNames.Of(item.Outcome)), ("reason", item.Reason), ("article", item.ArticleId),
            ("worker", item.Worker), ("at", item.FinishedAt));

    /// <summary>Sets <c>ready_at</c> when nothing is pending; true only for the transaction that set it. The caller holds the run's lock.</summary>
    private static async Task<bool> ReadyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await PostgresQuery.LongAsync(connection, """
            SELECT (SELECT COUNT(*) FROM run_sources WHERE run_id = @run AND state = 'pending')
                 + (SELECT COUNT(*) FROM run_items WHERE run_id = @run AND state = 'pending')
            """, cancellationToken, transaction, ("run", runId));
        return pending == 0 && await PostgresQuery.ExecuteAsync(connection,
            "UPDATE run_status SET ready_at = @now WHERE run_id = @run AND ready_at IS NULL",
            cancellationToken, transaction, ("run", runId), ("now", now)) == 1;
    }
}
