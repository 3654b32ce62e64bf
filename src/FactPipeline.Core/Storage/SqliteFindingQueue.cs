using System.Globalization;
using System.Text.Json;
using Dapper;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Storage;

/// <summary><see cref="IFindingQueue"/> over the findings table of the fact store.</summary>
public sealed class SqliteFindingQueue(IFactStore store, IOptions<StorageOptions> options) : IFindingQueue
{
    // Conflicts first, then minor differences, then agreement; within one, the biggest gap first; the id last, so
    // pages never overlap or skip. Possible matches are not flags: listed only when asked for.
    private const string Where = """
        WHERE (@severity IS NULL AND severity <> 'Possible' OR severity = @severity)
          AND (@text IS NULL OR instr(lower(topic), lower(@text)) > 0)
        """;

    private readonly string _connectionString = SqliteDatabase.ConnectionString(options.Value.DatabasePath);

    public async Task<FindingQueuePage> QueryAsync(FindingQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Normalised();
        await store.InitializeAsync(cancellationToken);
        await using var connection = await SqliteDatabase.OpenAsync(options.Value.DatabasePath, _connectionString, cancellationToken);
        var severity = query.Severity?.ToString();
        var text = query.Text;
        var rows = await connection.QueryAsync<QueueRow>(
            $"""
            SELECT id AS Id, severity AS Severity, topic AS Topic, difference_percent AS DifferencePercent,
                   claim_ids_json AS ClaimIdsJson, explanation_en AS ExplanationEn, explanation_ko AS ExplanationKo
            FROM findings
            {Where}
            ORDER BY CASE severity WHEN 'Conflict' THEN 0 WHEN 'Minor' THEN 1 WHEN 'Consistent' THEN 2 ELSE 3 END,
                     CAST(difference_percent AS REAL) DESC, id
            LIMIT @take OFFSET @skip
            """,
            new { severity, text, take = query.PageSize, skip = (query.Page - 1) * query.PageSize });
        var total = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM findings {Where}", new { severity, text });
        var counts = await connection.QueryAsync<SeverityCount>(
            "SELECT severity AS Severity, COUNT(*) AS Count FROM findings WHERE @text IS NULL OR instr(lower(topic), lower(@text)) > 0 GROUP BY severity",
            new { text });
        return new FindingQueuePage(
            query,
            [.. rows.Select(r => r.ToItem())],
            (int)total,
            counts.ToDictionary(c => Enum.Parse<Severity>(c.Severity), c => (int)c.Count));
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

    internal sealed class SeverityCount
    {
        public string Severity { get; set; } = "";
        public long Count { get; set; }
    }
}
