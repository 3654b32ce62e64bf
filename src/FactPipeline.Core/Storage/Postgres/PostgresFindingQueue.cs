using System.Globalization;
using System.Text;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary>
/// <see cref="IFindingQueue"/> over the tracked findings in PostgreSQL: the SQLite queue's filters, order, paging and
/// counts. Free text is <c>ILIKE '%…%'</c> over tracked_quotes, which its GIN trigram index answers for a phrase of three
/// characters or more (shorter ones are checked row by row), so Korean and Chinese match inside words.
/// </summary>
public sealed class PostgresFindingQueue(PostgresDatabase database) : IFindingQueue
{
    private const string Order = "ORDER BY status_order, present DESC, rank, gap DESC, id COLLATE \"C\"";

    public async Task<FindingQueuePage> QueryAsync(FindingQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Normalised();
        await using var connection = await database.OpenAsync(cancellationToken);
        var (where, parameters) = Where(query, severity: true, status: true);
        var rows = await PostgresQuery.ListAsync(
            connection,
            $"""
            SELECT id, severity, status, topic, difference_percent,
                   (SELECT d.subjects_json FROM tracked_figures d WHERE d.id = tracked_findings.id), languages, outlets, first_seen_at, claim_count
            FROM tracked_findings
            WHERE {where}
            {Order}
            LIMIT @take OFFSET @skip
            """,
            r => new SqliteFindingQueue.QueueRow
            {
                Id = r.GetString(0), Severity = r.GetString(1), Status = r.GetString(2), Topic = r.GetString(3), DifferencePercent = r.GetString(4),
                SubjectsJson = r.NullableString(5), Languages = r.GetString(6), Outlets = r.GetString(7), FirstSeenAt = r.GetString(8),
                ClaimCount = r.GetInt64(9),
            },
            cancellationToken, null, [.. parameters, ("take", (long)query.PageSize), ("skip", (long)(query.Page - 1) * query.PageSize)]);
        // One pass for both sets of counts: the severity tabs keep the status filter, the status tabs the severity one.
        var (countWhere, countParameters) = Where(query, severity: false, status: false);
        var groups = await PostgresQuery.ListAsync(
            connection,
            $"SELECT rank, severity, status, present, COUNT(*) FROM tracked_findings WHERE {countWhere} GROUP BY rank, severity, status, present",
            r => new SqliteFindingQueue.GroupCount(r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4)), cancellationToken, null, countParameters);
        return SqliteFindingQueue.Page(query, [.. rows.Select(r => r.ToItem())], groups);
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(FindingQueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Normalised();
        await using var connection = await database.OpenAsync(cancellationToken);
        var (where, parameters) = Where(query, severity: true, status: true);
        return await PostgresQuery.ListAsync(
            connection, $"SELECT id FROM tracked_findings WHERE {where} {Order}", r => r.GetString(0), cancellationToken, null, parameters);
    }

    /// <summary>The query's filters as SQL and the parameters it names (only the filters the query has).</summary>
    /// <param name="severity">Apply the severity filter (not for the severity tabs' counts).</param>
    /// <param name="status">Apply the status filter (not for the status counts). Without a status: present or open findings.</param>
    private static (string Sql, (string Name, object? Value)[] Parameters) Where(FindingQueueQuery q, bool severity, bool status)
    {
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        void Add(string sql, string name, object value)
        {
            where.Add(sql);
            parameters.Add((name, value));
        }
        if (status)
        {
            // The queue: what the latest run found, and whatever is open even if it did not.
            if (q.Status is { } only)
            {
                Add("status = @status", "status", only.Name());
            }
            else
            {
                where.Add("(present = 1 OR status_order = 0)");
            }
        }
        if (severity && q.Severity is { } s)
        {
            // The rank first, for the index; a rank may hold two severities (ReviewTables.Rank: corrections rank with conflicts).
            Add("rank = @rank", "rank", (long)ReviewTables.Rank(s));
            Add("severity = @severity", "severity", s.ToString());
        }
        // Stored lower case and delimited as SqliteFindingQueue's filters expect them (TrackedRow.Values).
        if (q.Subject is not null)
        {
            Add("strpos(subjects_text, @subject) > 0", "subject", q.Subject.ToLowerInvariant());
        }
        if (q.Topic is not null)
        {
            Add("strpos(lower(topic), @topic) > 0", "topic", q.Topic.ToLowerInvariant());
        }
        if (q.Language is not null)
        {
            Add("strpos(languages, @language) > 0", "language", $" {q.Language} ");
        }
        if (q.Outlet is not null)
        {
            Add("strpos(outlets, @outlet) > 0", "outlet", $" {q.Outlet} ");
        }
        // Fixed-width UTC text: compared byte by byte, whatever the database's collation.
        if (q.SeenFrom is { } from)
        {
            Add("first_seen_at COLLATE \"C\" >= @seenFrom", "seenFrom", Day(from));
        }
        if (q.SeenTo is { } to)
        {
            Add("first_seen_at COLLATE \"C\" < @seenBefore", "seenBefore", Day(to.AddDays(1)));
        }
        if (q.Quote is not null)
        {
            Add("id IN (SELECT id FROM tracked_quotes WHERE quotes ILIKE @quote)", "quote", $"%{EscapeLike(q.Quote)}%");
        }
        return (where.Count == 0 ? "TRUE" : string.Join(" AND ", where), [.. parameters]);
    }

    /// <summary>The text matched literally by LIKE: its wildcards and the escape character escaped (backslash, the default).</summary>
    internal static string EscapeLike(string text)
    {
        var escaped = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '\\' or '%' or '_')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
