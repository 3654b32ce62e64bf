using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Runs;
using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Storage;

/// <summary>
/// The reading side of <see cref="SqliteRunHistoryStore"/>: a run's line (from <c>runs</c>, its <c>run_status</c> row
/// and counts of its <c>run_items</c>), its inputs and its per-source stats.
/// </summary>
internal static class RunHistoryQueries
{
    /// <summary>
    /// A run's status. A run older than the history tables has no <c>run_status</c> row: completed when the fact store
    /// recorded its end, else running (or killed: nothing tells the two apart).
    /// </summary>
    public const string StatusSql = "COALESCE(s.status, CASE WHEN r.finished_at IS NULL THEN 'running' ELSE 'completed' END)";

    /// <param name="where">A condition on <c>r</c> (runs) and <c>s</c> (run_status); its parameters in <paramref name="parameters"/>.</param>
    public static async Task<IReadOnlyList<RunSummary>> SummariesAsync(
        SqliteConnection connection, string where, int limit, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        // Totals are written when a run finishes; an older run has none, so its articles and findings are counted
        // from what the fact store linked to it.
        var rows = await SqliteQuery.ListAsync(
            connection,
            $"""
            SELECT r.id, COALESCE(s.run_trigger, 'manual'), {StatusSql}, r.started_at, r.finished_at, s.updated_at,
                COALESCE(s.articles, (SELECT COUNT(*) FROM run_articles a WHERE a.run_id = r.id)), COALESCE(s.claims, 0),
                COALESCE(s.findings, (SELECT COUNT(*) FROM run_findings f WHERE f.run_id = r.id)),
                COALESCE(s.llm_calls, 0), COALESCE(s.llm_tokens, 0), COALESCE(s.llm_cost, '0'),
                (SELECT COUNT(*) FROM run_items i WHERE i.run_id = r.id),
                (SELECT COUNT(*) FROM run_items i WHERE i.run_id = r.id AND i.outcome = 'failed'),
                s.error
            FROM runs r LEFT JOIN run_status s ON s.run_id = r.id
            WHERE {where}
            ORDER BY r.started_at DESC, r.rowid DESC
            LIMIT @limit
            """,
            Read, cancellationToken, null, [.. parameters, ("limit", limit)]);
        if (rows.Count == 0)
        {
            return [];
        }
        var diffs = await RunDiffQuery.CountsAsync(connection, [.. rows.Select(r => r.Id)], cancellationToken);
        return [.. rows.Select(r => r with { Diff = diffs.GetValueOrDefault(r.Id, RunDiffCounts.Zero) })];
    }

    private static RunSummary Read(SqliteDataReader r)
    {
        var status = RunStatusNames.Parse(r.GetString(2));
        // A failed run never reaches the fact store's end: its end is when its status was last set.
        var finished = r.NullableString(4) ?? (status is RunStatus.Completed or RunStatus.Failed ? r.NullableString(5) : null);
        return new RunSummary(
            r.GetString(0),
            RunStatusNames.ParseTrigger(r.GetString(1)),
            status,
            TrackedRow.Time(r.GetString(3)),
            finished is null ? null : TrackedRow.Time(finished),
            new RunTotals(
                r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt64(10),
                decimal.Parse(r.GetString(11), NumberStyles.Float, CultureInfo.InvariantCulture)),
            r.GetInt32(12),
            r.GetInt32(13),
            RunDiffCounts.Zero,
            r.NullableString(14));
    }

    public static async Task<IReadOnlyList<string>> InputsAsync(SqliteConnection connection, string runId, CancellationToken cancellationToken)
    {
        var json = (await SqliteQuery.ListAsync(
            connection, "SELECT inputs_json FROM runs WHERE id = @id", r => r.GetString(0), cancellationToken, null, ("id", runId))).FirstOrDefault();
        return json is null ? [] : JsonSerializer.Deserialize(json, StorageJson.Default.StringArray) ?? [];
    }

    /// <summary>
    /// Per input, what its items became. A source the ledger registered that gave no item (its feed failed, or listed
    /// nothing) is listed too, with what it found.
    /// </summary>
    public static async Task<IReadOnlyList<RunSourceStats>> SourcesAsync(SqliteConnection connection, string runId, CancellationToken cancellationToken)
    {
        var failures = (await SqliteQuery.ListAsync(
                connection,
                "SELECT origin, item, reason FROM run_items WHERE run_id = @id AND outcome = 'failed' ORDER BY origin, item",
                r => (Origin: r.GetString(0), Problem: new InputProblem(r.GetString(1), r.NullableString(2) ?? "")),
                cancellationToken, null, ("id", runId)))
            .ToLookup(f => f.Origin, f => f.Problem, StringComparer.Ordinal);
        return await SqliteQuery.ListAsync(
            connection,
            """
            SELECT origin, COUNT(*), COUNT(*) FILTER (WHERE outcome = 'read'), COUNT(*) FILTER (WHERE outcome = 'unchanged'),
                COUNT(*) FILTER (WHERE outcome = 'failed')
            FROM run_items WHERE run_id = @id GROUP BY origin
            UNION ALL
            SELECT origin, found, 0, 0, 0 FROM run_sources s
            WHERE run_id = @id AND NOT EXISTS (SELECT 1 FROM run_items i WHERE i.run_id = s.run_id AND i.origin = s.origin)
            ORDER BY 1
            """,
            r => new RunSourceStats(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), [.. failures[r.GetString(0)]]),
            cancellationToken, null, ("id", runId));
    }
}
