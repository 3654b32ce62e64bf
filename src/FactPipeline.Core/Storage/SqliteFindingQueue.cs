using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Storage;

/// <summary>
/// <see cref="IFindingQueue"/> over the tracked findings (<see cref="ReviewTables"/>). Without filters a page is read in
/// the order of the index ix_tracked_queue from its first row; a filter is checked row by row over the table, which at
/// 100,000 findings is tens of milliseconds (docs/BENCHMARKS.md, "queue"); free text goes through the trigram index.
/// </summary>
public sealed class SqliteFindingQueue(IOptions<StorageOptions> options) : IFindingQueue
{
    private const string Order = "ORDER BY status_order, present DESC, rank, gap DESC, id";

    private readonly SqliteTables _tables = new(options.Value.DatabasePath, ReviewTables.CreateSql);

    public async Task<FindingQueuePage> QueryAsync(FindingQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Normalised();
        var p = Parameters.Of(query);
        await using var connection = await _tables.OpenAsync(cancellationToken);
        var rows = await SqliteQuery.ListAsync(
            connection,
            $"""
            SELECT id AS Id, severity AS Severity, status AS Status, topic AS Topic, difference_percent AS DifferencePercent,
                   (SELECT d.subjects_json FROM tracked_figures d WHERE d.id = tracked_findings.id) AS SubjectsJson, languages AS Languages, outlets AS Outlets, first_seen_at AS FirstSeenAt,
                   claim_count AS ClaimCount
            FROM {Table(query)}
            WHERE {Where(query, severity: true, status: true)}
            {Order}
            LIMIT @take OFFSET @skip
            """,
            QueueRow.Read, cancellationToken, null, p.Bound(withPage: true));
        // One pass for both sets of counts: the severity tabs keep the status filter, the status tabs the severity one.
        var groups = (await SqliteQuery.ListAsync(
            connection,
            $"""
            SELECT rank, severity, status, present, COUNT(*) FROM {Table(query)}
            WHERE {Where(query, severity: false, status: false)} GROUP BY rank, severity, status, present
            """,
            r => new GroupCount(r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4)), cancellationToken, null, p.Bound(withPage: false)));
        return Page(query, [.. rows.Select(r => r.ToItem())], groups);
    }

    /// <summary>
    /// The page of these items with the tabs' counts made from <paramref name="groups"/> (the findings matching the
    /// query's filters but severity and status, counted by rank, status and presence): shared with the PostgreSQL queue.
    /// </summary>
    internal static FindingQueuePage Page(FindingQueueQuery query, IReadOnlyList<FindingQueueItem> items, IReadOnlyList<GroupCount> groups)
    {
        var statusName = query.Status?.Name();
        var bySeverity = groups
            .Where(g => statusName is null ? g.Present == 1 || g.Status == ReviewStatus.Open.Name() : g.Status == statusName)
            .GroupBy(g => Enum.Parse<Severity>(g.Severity))
            .ToDictionary(g => g.Key, g => (int)g.Sum(c => c.Count));
        var byStatus = groups
            .Where(g => query.Severity is not { } only || g.Severity == only.ToString())
            .Select(g => (Known: ReviewStatuses.TryParse(g.Status, out var s), Status: s, g.Count))
            .Where(g => g.Known)
            .GroupBy(g => g.Status)
            .ToDictionary(g => g.Key, g => (int)g.Sum(c => c.Count));
        var total = query.Severity is { } only ? bySeverity.GetValueOrDefault(only) : bySeverity.Values.Sum();
        return new FindingQueuePage(query, items, total, bySeverity, byStatus);
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(FindingQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Normalised();
        await using var connection = await _tables.OpenAsync(cancellationToken);
        var ids = await SqliteQuery.ListAsync(
            connection, $"SELECT id FROM {Table(query)} WHERE {Where(query, severity: true, status: true)} {Order}",
            r => r.GetString(0), cancellationToken, null, Parameters.Of(query).Bound(withPage: false));
        return [.. ids];
    }

    /// <summary>
    /// The table, read through its indexes unless a filter needs the rows themselves: walking an index would then fetch
    /// every row of its range out of order (400 ms at 100,000 findings), where a scan reads them in order (50 ms).
    /// </summary>
    private static string Table(FindingQueueQuery q) =>
        (q.Subject, q.Topic, q.Language, q.Outlet, q.Quote, q.SeenFrom, q.SeenTo) is (null, null, null, null, null, null, null)
            ? "tracked_findings"
            : "tracked_findings NOT INDEXED";

    /// <summary>
    /// The query's filters as SQL over named parameters (<see cref="Parameters"/>); only the filters the query has, so
    /// SQLite plans each shape on its own instead of one plan full of "@x IS NULL OR".
    /// </summary>
    /// <param name="severity">Apply the severity filter (not for the severity tabs' counts).</param>
    /// <param name="status">Apply the status filter (not for the status counts). Without a status: present or open findings.</param>
    private static string Where(FindingQueueQuery q, bool severity, bool status)
    {
        var where = new List<string>();
        if (status)
        {
            // The queue: what the latest run found, and whatever is open even if it did not (a figure that changed so
            // much the checks no longer group it is an editor's business).
            where.Add(q.Status is null ? "(present = 1 OR status_order = 0)" : "status = @status");
        }
        if (severity && q.Severity is not null)
        {
            // The rank first, for the index; a rank may hold two severities (ReviewTables.Rank).
            where.Add("rank = @rank AND severity = @severity");
        }
        if (q.Subject is not null)
        {
            where.Add("instr(subjects_text, @subject) > 0");
        }
        if (q.Topic is not null)
        {
            where.Add("instr(lower(topic), @topic) > 0");
        }
        if (q.Language is not null)
        {
            where.Add("instr(languages, @language) > 0");
        }
        if (q.Outlet is not null)
        {
            where.Add("instr(outlets, @outlet) > 0");
        }
        if (q.SeenFrom is not null)
        {
            where.Add("first_seen_at >= @seenFrom");
        }
        if (q.SeenTo is not null)
        {
            where.Add("first_seen_at < @seenBefore");
        }
        if (q.Quote is not null)
        {
            // The trigram index answers a phrase of three characters or more; a shorter one is looked for in every row.
            where.Add(q.Quote.Length >= 3
                ? "rowid IN (SELECT rowid FROM tracked_quotes WHERE tracked_quotes MATCH @phrase)"
                : "rowid IN (SELECT rowid FROM tracked_quotes WHERE instr(lower(quotes), @quote) > 0)");
        }
        return where.Count == 0 ? "1 = 1" : string.Join(" AND ", where);
    }

    /// <summary>Every parameter any filter may name, lower-cased and delimited as the columns are stored.</summary>
    internal sealed record Parameters(
        string? status, int rank, string? severity, string? subject, string? topic, string? language, string? outlet,
        string? seenFrom, string? seenBefore, string? quote, string? phrase, int take, int skip)
    {
        public static Parameters Of(FindingQueueQuery q) => new(
            q.Status?.Name(),
            q.Severity is { } s ? ReviewTables.Rank(s) : -1,
            q.Severity?.ToString(),
            q.Subject?.ToLowerInvariant(),
            q.Topic?.ToLowerInvariant(),
            q.Language is { } l ? $" {l} " : null,
            q.Outlet is { } o ? $" {o} " : null,
            q.SeenFrom is { } from ? Day(from) : null,
            q.SeenTo is { } to ? Day(to.AddDays(1)) : null,
            q.Quote?.ToLowerInvariant(),
            q.Quote is { } phrase ? $"\"{phrase.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : null,
            q.PageSize,
            (q.Page - 1) * q.PageSize);

        /// <summary>Every value a filter may name; a statement binds those it names and leaves the others.</summary>
        public (string Name, object? Value)[] Bound(bool withPage)
        {
            (string, object?)[] filters =
            [
                ("status", status), ("rank", rank), ("severity", severity), ("subject", subject), ("topic", topic), ("language", language), ("outlet", outlet),
                ("seenFrom", seenFrom), ("seenBefore", seenBefore), ("quote", quote), ("phrase", phrase),
            ];
            return withPage ? [.. filters, ("take", take), ("skip", skip)] : filters;
        }

        private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    internal sealed class QueueRow
    {
        public static QueueRow Read(SqliteDataReader r) => new()
        {
            Id = r.GetString(0), Severity = r.GetString(1), Status = r.GetString(2), Topic = r.GetString(3), DifferencePercent = r.GetString(4),
            SubjectsJson = r.NullableString(5), Languages = r.GetString(6), Outlets = r.GetString(7), FirstSeenAt = r.GetString(8),
            ClaimCount = r.GetInt64(9),
        };

        public string Id { get; set; } = "";
        public string Severity { get; set; } = "";
        public string Status { get; set; } = "";
        public string Topic { get; set; } = "";
        public string DifferencePercent { get; set; } = "0";
        public string? SubjectsJson { get; set; }
        public string Languages { get; set; } = "";
        public string Outlets { get; set; } = "";
        public string FirstSeenAt { get; set; } = "";
        public long ClaimCount { get; set; }

        public FindingQueueItem ToItem()
        {
            ReviewStatuses.TryParse(Status, out var status);
            return new FindingQueueItem(
                Id, Enum.Parse<Severity>(Severity), status, Topic, decimal.Parse(DifferencePercent, NumberStyles.Float, CultureInfo.InvariantCulture),
                (int)ClaimCount,
                SubjectsJson is null ? [] : JsonSerializer.Deserialize(SubjectsJson, ReviewJson.Default.StringArray) ?? [],
                Languages.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                Outlets.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                TrackedRow.Time(FirstSeenAt));
        }

    }

    internal sealed record GroupCount(string Severity, string Status, long Present, long Count);
}
