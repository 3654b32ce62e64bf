using System.Globalization;
using System.Text.Json;
using Dapper;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Storage;

/// <summary>
/// <see cref="IFindingQueue"/> over the findings table of the fact store, which its host created or migrated at start
/// (<see cref="IFactStore.InitializeAsync"/>): a page does not redo that.
/// </summary>
public sealed class SqliteFindingQueue(IOptions<StorageOptions> options) : IFindingQueue
{
    // Conflicts first, then minor differences, then agreement; within one, the biggest gap first; the id last, so
    // pages never overlap or skip. Possible matches are not flags: listed only when asked for. Rank and gap are the
    // expressions of the index ix_findings_queue (SqliteSchema) word for word: a page is read in index order from the
    // first row of its rank range, and the counts come from the index alone.
    private const string Rank = "(CASE severity WHEN 'Conflict' THEN 0 WHEN 'Minor' THEN 1 WHEN 'Consistent' THEN 2 ELSE 3 END)";

    private const string Gap = "(CAST(difference_percent AS REAL))";

    private const string TopicFilter = "(@text IS NULL OR instr(lower(topic), lower(@text)) > 0)";

    private static readonly Severity[] ByRank = [Severity.Conflict, Severity.Minor, Severity.Consistent, Severity.Possible];

    private readonly string _connectionString = SqliteDatabase.ConnectionString(options.Value.DatabasePath);

    public async Task<FindingQueuePage> QueryAsync(FindingQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Normalised();
        await using var connection = await SqliteDatabase.OpenAsync(options.Value.DatabasePath, _connectionString, cancellationToken);
        // One severity: its rank; none: the three flag ranks.
        var (low, high) = query.Severity is { } severity ? (Array.IndexOf(ByRank, severity), Array.IndexOf(ByRank, severity)) : (0, 2);
        var text = query.Text;
        // A topic filter is checked row by row: walking the index would fetch every row of the rank range out of order
        // (half a second at 100,000 findings), a scan of the table reads them in order (tens of ms).
        var findings = text is null ? "findings" : "findings NOT INDEXED";
        var rows = await connection.QueryAsync<QueueRow>(
            $"""
            SELECT id AS Id, severity AS Severity, topic AS Topic, difference_percent AS DifferencePercent,
                   claim_ids_json AS ClaimIdsJson, explanation_en AS ExplanationEn, explanation_ko AS ExplanationKo
            FROM {findings}
            WHERE {Rank} BETWEEN @low AND @high AND {TopicFilter}
            ORDER BY {Rank}, {Gap} DESC, id
            LIMIT @take OFFSET @skip
            """,
            new { low, high, text, take = query.PageSize, skip = (query.Page - 1) * query.PageSize });
        // The counts per rank for the topic filter; the query's total is the sum over its rank range.
        var counts = (await connection.QueryAsync<RankCount>(
            $"SELECT {Rank} AS Rank, COUNT(*) AS Count FROM {findings} WHERE {TopicFilter} GROUP BY 1", new { text })).ToArray();
        return new FindingQueuePage(
            query,
            [.. rows.Select(r => r.ToItem())],
            (int)counts.Where(c => c.Rank >= low && c.Rank <= high).Sum(c => c.Count),
            counts.ToDictionary(c => ByRank[c.Rank], c => (int)c.Count));
    }

    internal sealed class QueueRow
    {
        public string Id { get; set; } = "";
        public string Severity { get; set; } = "";
        public string Topic { get; set; } = "";
        public string DifferencePercent { get; set; } = "0";
        public string ClaimIdsJson { get; set; } = "[]";
        public string ExplanationEn { get; set; } = "";
        public string ExplanationKo { get; set; } = "";

        public FindingQueueItem ToItem() => new(
            Id, Enum.Parse<Severity>(Severity), Topic, decimal.Parse(DifferencePercent, CultureInfo.InvariantCulture),
            JsonSerializer.Deserialize(ClaimIdsJson, StorageJson.Default.StringArray)?.Length ?? 0, ExplanationEn, ExplanationKo);
    }

    internal sealed class RankCount
    {
        public int Rank { get; set; }
        public long Count { get; set; }
    }
}
