using System.Text.Json;
using FactPipeline.Core.Review;
using FactPipeline.Core.Runs;
using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Storage;

/// <summary>
/// A run's diff (<see cref="RunDiff"/>), read from the audit trail its tracking step wrote: the events carrying the
/// run's id, with the tracked finding each is about. The desk's finding page reads the same events.
/// </summary>
internal static class RunDiffQuery
{
    internal enum Bucket
    {
        New,
        Resolved,
        Changed,
        Reopened,
        Corrections,
    }

    /// <summary>
    /// Where an event of this kind goes. A first-seen finding of severity "correction" is a silent correction (a page at
    /// the same URL came back with a figure changed), not a new disagreement. Found-again and decisions are no change
    /// of the run's: none.
    /// </summary>
    internal static Bucket? Of(string kind, bool correction) => kind switch
    {
        nameof(FindingEventKind.FirstSeen) => correction ? Bucket.Corrections : Bucket.New,
        nameof(FindingEventKind.FiguresChanged) => Bucket.Changed,
        nameof(FindingEventKind.Reopened) => Bucket.Reopened,
        nameof(FindingEventKind.ResolvedBySource) or nameof(FindingEventKind.NoLongerFound) => Bucket.Resolved,
        _ => null,
    };

    // The severity is compared in lower case: the tracked row holds the enum's name ("Conflict"), and "correction"
    // is being added as a severity of its own.
    private const string IsCorrectionSql = "lower(t.severity) = 'correction'";

    public static async Task<RunDiff> LoadAsync(SqliteConnection connection, string runId, CancellationToken cancellationToken)
    {
        var entries = await SqliteQuery.ListAsync(
            connection,
            $"""
            SELECT e.kind, {IsCorrectionSql}, t.id, t.topic, t.severity, e.status, e.changes_json, t.outlets
            FROM finding_events e JOIN tracked_findings t ON t.id = e.tracked_id
            WHERE e.run_id = @id
            ORDER BY t.rank, t.id, e.seq
            """,
            r => (Bucket: Of(r.GetString(0), r.GetInt64(1) != 0), Entry: new RunDiffEntry(
                r.GetString(2),
                r.GetString(3),
                r.GetString(4).ToLowerInvariant(),
                ReviewStatuses.TryParse(r.GetString(5), out var status) ? status : ReviewStatus.Open,
                r.NullableString(6) is { } json ? JsonSerializer.Deserialize(json, ReviewJson.Default.FigureChangeArray) ?? [] : [],
                r.GetString(7).Split(' ', StringSplitOptions.RemoveEmptyEntries))),
            cancellationToken, null, ("id", runId));
        IReadOnlyList<RunDiffEntry> In(Bucket bucket) => [.. entries.Where(e => e.Bucket == bucket).Select(e => e.Entry)];
        return new RunDiff(In(Bucket.New), In(Bucket.Resolved), In(Bucket.Changed), In(Bucket.Reopened), In(Bucket.Corrections));
    }

    /// <summary>Each run's diff counted, for <c>runs list</c>: one grouped pass over the runs' events.</summary>
    public static async Task<Dictionary<string, RunDiffCounts>> CountsAsync(SqliteConnection connection, string[] runIds, CancellationToken cancellationToken)
    {
        var rows = await SqliteQuery.ListAsync(
            connection,
            $"""
            SELECT e.run_id, e.kind, {IsCorrectionSql}, COUNT(*)
            FROM finding_events e JOIN tracked_findings t ON t.id = e.tracked_id
            WHERE e.run_id IN (SELECT value FROM json_each(@ids))
            GROUP BY 1, 2, 3
            """,
            r => (RunId: r.GetString(0), Bucket: Of(r.GetString(1), r.GetInt64(2) != 0), Count: r.GetInt32(3)),
            cancellationToken, null, ("ids", JsonSerializer.Serialize(runIds, ReviewJson.Default.StringArray)));
        return rows.GroupBy(r => r.RunId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g =>
            {
                int Sum(Bucket bucket) => g.Where(r => r.Bucket == bucket).Sum(r => r.Count);
                return new RunDiffCounts(Sum(Bucket.New), Sum(Bucket.Resolved), Sum(Bucket.Changed), Sum(Bucket.Reopened), Sum(Bucket.Corrections));
            },
            StringComparer.Ordinal);
    }
}
