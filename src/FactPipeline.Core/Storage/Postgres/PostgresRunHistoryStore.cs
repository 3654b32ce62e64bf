using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Runs;
using Npgsql;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary>
/// <see cref="IRunHistoryStore"/> in PostgreSQL: the queries of <see cref="SqliteRunHistoryStore"/> in PostgreSQL's
/// dialect (<c>FILTER</c> counts, <c>= ANY</c> arrays, timestamptz), over the tables of migration 0003.
/// </summary>
public sealed class PostgresRunHistoryStore(PostgresDatabase database) : IRunHistoryStore
{
    private const string StatusSql = "COALESCE(s.status, CASE WHEN r.finished_at IS NULL THEN 'running' ELSE 'completed' END)";

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RunSummary>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SummariesAsync(connection, "TRUE", limit, cancellationToken);
    }

    public async Task<RunDetail?> FindAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var summary = (await SummariesAsync(connection, "r.id = @id", 1, cancellationToken, ("id", runId))).FirstOrDefault();
        if (summary is null)
        {
            return null;
        }
        var json = await PostgresQuery.ScalarAsync(connection, "SELECT inputs_json FROM runs WHERE id = @id", cancellationToken, null, ("id", runId)) as string;
        return new RunDetail(
            summary,
            json is null ? [] : JsonSerializer.Deserialize(json, StorageJson.Default.StringArray) ?? [],
            await SourcesAsync(connection, runId, cancellationToken),
            await DiffAsync(connection, runId, cancellationToken));
    }

    public async Task<IReadOnlyList<RunItem>> LoadItemsAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ListAsync(connection, """
            SELECT item, origin, outcome, reason, article_id, worker, finished_at FROM run_items
            WHERE run_id = @id AND state = 'done' ORDER BY finished_at, item COLLATE "C"
            """,
            r => new RunItem(r.GetString(0), r.GetString(1), RunStatusNames.ParseOutcome(r.GetString(2)), Text(r, 3), Text(r, 4),
                Text(r, 5) ?? "", r.GetFieldValue<DateTimeOffset>(6)),
            cancellationToken, null, ("id", runId));
    }

    public async Task<RunSummary?> FindPreviousCompletedAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await SummariesAsync(connection,
            $"r.started_at < (SELECT started_at FROM runs WHERE id = @id) AND {StatusSql} = 'completed'", 1, cancellationToken, ("id", runId))).FirstOrDefault();
    }

    private static async Task<IReadOnlyList<RunSummary>> SummariesAsync(
        NpgsqlConnection connection, string where, int limit, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = await PostgresQuery.ListAsync(connection, $"""
            SELECT r.id, COALESCE(s.run_trigger, 'manual'), {StatusSql}, r.started_at, r.finished_at, s.updated_at,
                COALESCE(s.articles, (SELECT COUNT(*) FROM run_articles a WHERE a.run_id = r.id)), COALESCE(s.claims, 0),
                COALESCE(s.findings, (SELECT COUNT(*) FROM run_findings f WHERE f.run_id = r.id)),
                COALESCE(s.llm_calls, 0), COALESCE(s.llm_tokens, 0), COALESCE(s.llm_cost, '0'),
                (SELECT COUNT(*) FROM run_items i WHERE i.run_id = r.id),
                (SELECT COUNT(*) FROM run_items i WHERE i.run_id = r.id AND i.outcome = 'failed'),
                s.error
            FROM runs r LEFT JOIN run_status s ON s.run_id = r.id
            WHERE {where}
            ORDER BY r.started_at DESC, r.id DESC
            LIMIT @limit
            """, Read, cancellationToken, null, [.. parameters, ("limit", (long)limit)]);
        if (rows.Count == 0)
        {
            return [];
        }
        var counts = await DiffCountsAsync(connection, [.. rows.Select(r => r.Id)], cancellationToken);
        return [.. rows.Select(r => r with { Diff = counts.GetValueOrDefault(r.Id, RunDiffCounts.Zero) })];
    }

    private static RunSummary Read(NpgsqlDataReader r)
    {
        var status = RunStatusNames.Parse(r.GetString(2));
        // A failed run never reaches the fact store's end: its end is when its status was last set.
        DateTimeOffset? finished = !r.IsDBNull(4) ? r.GetFieldValue<DateTimeOffset>(4)
            : status is RunStatus.Completed or RunStatus.Failed && !r.IsDBNull(5) ? r.GetFieldValue<DateTimeOffset>(5) : null;
        return new RunSummary(
            r.GetString(0), RunStatusNames.ParseTrigger(r.GetString(1)), status, r.GetFieldValue<DateTimeOffset>(3), finished,
            new RunTotals((int)r.GetInt64(6), (int)r.GetInt64(7), (int)r.GetInt64(8), (int)r.GetInt64(9), r.GetInt64(10),
                decimal.Parse(r.GetString(11), NumberStyles.Float, CultureInfo.InvariantCulture)),
            (int)r.GetInt64(12), (int)r.GetInt64(13), RunDiffCounts.Zero, Text(r, 14));
    }

    private static async Task<IReadOnlyList<RunSourceStats>> SourcesAsync(NpgsqlConnection connection, string runId, CancellationToken cancellationToken)
    {
        var failures = (await PostgresQuery.ListAsync(connection,
                "SELECT origin, item, reason FROM run_items WHERE run_id = @id AND outcome = 'failed' ORDER BY origin COLLATE \"C\", item COLLATE \"C\"",
                r => (Origin: r.GetString(0), Problem: new InputProblem(r.GetString(1), Text(r, 2) ?? "")), cancellationToken, null, ("id", runId)))
            .ToLookup(f => f.Origin, f => f.Problem, StringComparer.Ordinal);
        return await PostgresQuery.ListAsync(connection, """
            SELECT * FROM (
                SELECT origin, COUNT(*) AS found, COUNT(*) FILTER (WHERE outcome = 'read'), COUNT(*) FILTER (WHERE outcome = 'unchanged'),
                    COUNT(*) FILTER (WHERE outcome = 'failed')
                FROM run_items WHERE run_id = @id GROUP BY origin
                UNION ALL
                SELECT origin, found, 0, 0, 0 FROM run_sources s
                WHERE run_id = @id AND NOT EXISTS (SELECT 1 FROM run_items i WHERE i.run_id = s.run_id AND i.origin = s.origin)
            ) sources
            ORDER BY origin COLLATE "C"
            """,
            r => new RunSourceStats(r.GetString(0), (int)r.GetInt64(1), (int)r.GetInt64(2), (int)r.GetInt64(3), (int)r.GetInt64(4), [.. failures[r.GetString(0)]]),
            cancellationToken, null, ("id", runId));
    }

    private static async Task<RunDiff> DiffAsync(NpgsqlConnection connection, string runId, CancellationToken cancellationToken)
    {
        var entries = await PostgresQuery.ListAsync(connection, """
            SELECT e.kind, lower(t.severity) = 'correction', t.id, t.topic, t.severity, e.status, e.changes_json, t.outlets
            FROM finding_events e JOIN tracked_findings t ON t.id = e.tracked_id
            WHERE e.run_id = @id
            ORDER BY t.rank, t.id COLLATE "C", e.seq
            """,
            r => (Bucket: RunDiffQuery.Of(r.GetString(0), r.GetBoolean(1)), Entry: new RunDiffEntry(
                r.GetString(2), r.GetString(3), r.GetString(4).ToLowerInvariant(),
                ReviewStatuses.TryParse(r.GetString(5), out var status) ? status : ReviewStatus.Open,
                Text(r, 6) is { } json ? JsonSerializer.Deserialize(json, ReviewJson.Default.FigureChangeArray) ?? [] : [],
                r.GetString(7).Split(' ', StringSplitOptions.RemoveEmptyEntries))),
            cancellationToken, null, ("id", runId));
        IReadOnlyList<RunDiffEntry> In(RunDiffQuery.Bucket bucket) => [.. entries.Where(e => e.Bucket == bucket).Select(e => e.Entry)];
        return new RunDiff(In(RunDiffQuery.Bucket.New), In(RunDiffQuery.Bucket.Resolved), In(RunDiffQuery.Bucket.Changed),
            In(RunDiffQuery.Bucket.Reopened), In(RunDiffQuery.Bucket.Corrections));
    }

    private static async Task<Dictionary<string, RunDiffCounts>> DiffCountsAsync(NpgsqlConnection connection, string[] runIds, CancellationToken cancellationToken)
    {
        var rows = await PostgresQuery.ListAsync(connection, """
            SELECT e.run_id, e.kind, lower(t.severity) = 'correction', COUNT(*)
            FROM finding_events e JOIN tracked_findings t ON t.id = e.tracked_id
            WHERE e.run_id = ANY(@ids)
            GROUP BY 1, 2, 3
            """,
            r => (RunId: r.GetString(0), Bucket: RunDiffQuery.Of(r.GetString(1), r.GetBoolean(2)), Count: (int)r.GetInt64(3)),
            cancellationToken, null, ("ids", runIds));
        return rows.GroupBy(r => r.RunId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g =>
            {
                int Sum(RunDiffQuery.Bucket bucket) => g.Where(r => r.Bucket == bucket).Sum(r => r.Count);
                return new RunDiffCounts(Sum(RunDiffQuery.Bucket.New), Sum(RunDiffQuery.Bucket.Resolved), Sum(RunDiffQuery.Bucket.Changed),
                    Sum(RunDiffQuery.Bucket.Reopened), Sum(RunDiffQuery.Bucket.Corrections));
            },
            StringComparer.Ordinal);
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
