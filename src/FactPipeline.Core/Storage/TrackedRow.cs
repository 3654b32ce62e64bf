using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;

namespace FactPipeline.Core.Storage;

/// <summary>A row of <c>tracked_findings</c> with its figures (<see cref="SelectList"/>).</summary>
#pragma warning disable IDE1006, CA1707 // column names
internal sealed class TrackedRow
{
    public const string SelectList =
        "t.id, t.finding_id, t.severity, t.difference_percent, t.topic, d.subjects_json, t.status, t.present, t.first_run_id, t.first_seen_at, t.updated_at, d.figures_json";

    /// <summary>The tracked findings with their figures, for <see cref="SelectList"/>.</summary>
    public const string From = "tracked_findings t JOIN tracked_figures d ON d.id = t.id";

    public const string UpsertSql = """
        INSERT INTO tracked_findings (id, finding_id, severity, rank, gap, difference_percent, topic, subjects_text,
            languages, outlets, status, status_order, present, first_run_id, first_seen_at, updated_at, claim_count)
        VALUES (@id, @finding_id, @severity, @rank, @gap, @difference_percent, @topic, @subjects_text,
            @languages, @outlets, @status, @status_order, @present, @first_run_id, @first_seen_at, @updated_at, @claim_count)
        ON CONFLICT (id) DO UPDATE SET finding_id = excluded.finding_id, severity = excluded.severity, rank = excluded.rank,
            gap = excluded.gap, difference_percent = excluded.difference_percent, topic = excluded.topic,
            subjects_text = excluded.subjects_text, languages = excluded.languages,
            outlets = excluded.outlets, status = excluded.status, status_order = excluded.status_order, present = excluded.present,
            updated_at = excluded.updated_at, claim_count = excluded.claim_count
        """;

    public const string UpsertFiguresSql = """
        INSERT INTO tracked_figures (id, subjects_json, figures_json) VALUES (@id, @subjects_json, @figures_json)
        ON CONFLICT (id) DO UPDATE SET subjects_json = excluded.subjects_json, figures_json = excluded.figures_json
        """;

    public static readonly IReadOnlyList<string> UpsertFiguresColumns = ["id", "subjects_json", "figures_json"];

    public static readonly IReadOnlyList<string> UpsertColumns =
    [
        "id", "finding_id", "severity", "rank", "gap", "difference_percent", "topic", "subjects_text",
        "languages", "outlets", "status", "status_order", "present", "first_run_id", "first_seen_at", "updated_at", "claim_count",
    ];

    public string id { get; set; } = "";
    public string finding_id { get; set; } = "";
    public string severity { get; set; } = "";
    public string difference_percent { get; set; } = "0";
    public string topic { get; set; } = "";
    public string subjects_json { get; set; } = "[]";
    public string status { get; set; } = "";
    public long present { get; set; }
    public string first_run_id { get; set; } = "";
    public string first_seen_at { get; set; } = "";
    public string updated_at { get; set; } = "";
    public string figures_json { get; set; } = "[]";

    /// <summary>The row the reader is on, selected with <see cref="SelectList"/>.</summary>
    public static TrackedRow Read(System.Data.Common.DbDataReader r) => new()
    {
        id = r.GetString(0), finding_id = r.GetString(1), severity = r.GetString(2), difference_percent = r.GetString(3),
        topic = r.GetString(4), subjects_json = r.GetString(5), status = r.GetString(6), present = r.GetInt64(7),
        first_run_id = r.GetString(8), first_seen_at = r.GetString(9), updated_at = r.GetString(10), figures_json = r.GetString(11),
    };

    public TrackedFinding ToTracked()
    {
        ReviewStatuses.TryParse(status, out var reviewStatus);
        return new TrackedFinding(
            id, finding_id, Enum.Parse<Severity>(severity), topic,
            decimal.Parse(difference_percent, NumberStyles.Float, CultureInfo.InvariantCulture), reviewStatus, present != 0,
            first_run_id, Time(first_seen_at), Time(updated_at),
            JsonSerializer.Deserialize(figures_json, ReviewJson.Default.TrackedFigureArray) ?? [])
        {
            Subjects = JsonSerializer.Deserialize(subjects_json, ReviewJson.Default.StringArray) ?? [],
        };
    }

    /// <summary>The values of <see cref="UpsertColumns"/>, with the queue's filter columns derived from the finding.</summary>
    public static object?[] Values(TrackedFinding t) =>
    [
        t.Id, t.FindingId, t.Severity.ToString(), ReviewTables.Rank(t.Severity), (double)t.DifferencePercent,
        t.DifferencePercent.ToString(CultureInfo.InvariantCulture), t.Topic,
        // One subject name per line, lower case: a filter's text must not match across two names.
        string.Join('\n', t.Subjects.Select(s => s.ToLowerInvariant())),
        // Space-delimited with a space at each end: a tag matches as " id ", never inside another.
        $" {string.Join(' ', t.Languages)} ", $" {string.Join(' ', t.Outlets)} ",
        t.Status.Name(), ReviewTables.StatusOrder(t.Status), t.Present ? 1L : 0L, t.FirstRunId, Text(t.FirstSeenAt), Text(t.UpdatedAt),
        t.Figures.Count,
    ];

    /// <summary>The values of <see cref="UpsertFiguresColumns"/>.</summary>
    public static object?[] FigureValues(TrackedFinding t) =>
    [
        t.Id,
        JsonSerializer.Serialize(t.Subjects.ToArray(), ReviewJson.Default.StringArray),
        JsonSerializer.Serialize(t.Figures.ToArray(), ReviewJson.Default.TrackedFigureArray),
    ];

    /// <summary>Every sentence of the finding, one per line: what the free-text filter searches.</summary>
    public static string Quotes(TrackedFinding t) => string.Join('\n', t.Figures.Select(f => f.Quote).Distinct(StringComparer.Ordinal));

    public static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
#pragma warning restore IDE1006, CA1707
