using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Storage;

/// <summary><see cref="IReviewStore"/> in the fact store's file (<see cref="ReviewTables"/>).</summary>
public sealed class SqliteReviewStore(IOptions<StorageOptions> options) : IReviewStore
{
    private const int RelatedLimit = 20;

    private readonly SqliteTables _tables = new(options.Value.DatabasePath, ReviewTables.CreateSql);

    public async Task<IReadOnlyList<TrackedFinding>> LoadByAnchorsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        if (anchors.Count == 0)
        {
            return [];
        }
        await using var connection = await _tables.OpenAsync(cancellationToken);
        var keys = JsonSerializer.Serialize(anchors.Distinct(StringComparer.Ordinal).ToArray(), ReviewJson.Default.StringArray);
        var rows = await SqliteQuery.ListAsync(
            connection,
            $"""
            SELECT {TrackedRow.SelectList} FROM {TrackedRow.From}
            WHERE t.id IN (SELECT a.tracked_id FROM json_each(@keys) k JOIN tracked_anchors a ON a.key = k.value)
            ORDER BY t.id
            """,
            TrackedRow.Read, cancellationToken, null, ("keys", keys));
        return [.. rows.Select(r => r.ToTracked())];
    }

    public async Task ApplyAsync(TrackingPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Upserts.Count == 0 && plan.Events.Count == 0)
        {
            return;
        }
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        using (var upsert = new PositionalStatement(connection, TrackedRow.UpsertSql, TrackedRow.UpsertColumns))
        using (var upsertFigures = new PositionalStatement(connection, TrackedRow.UpsertFiguresSql, TrackedRow.UpsertFiguresColumns))
        using (var dropAnchors = new PositionalStatement(connection, "DELETE FROM tracked_anchors WHERE tracked_id = @id", ["id"]))
        using (var addAnchor = new PositionalStatement(connection, "INSERT OR IGNORE INTO tracked_anchors (key, tracked_id) VALUES (@key, @id)", ["key", "id"]))
        using (var dropQuotes = new PositionalStatement(connection, "DELETE FROM tracked_quotes WHERE rowid = (SELECT rowid FROM tracked_findings WHERE id = @id)", ["id"]))
        using (var addQuotes = new PositionalStatement(connection, "INSERT INTO tracked_quotes (rowid, quotes) SELECT rowid, @quotes FROM tracked_findings WHERE id = @id", ["quotes", "id"]))
        {
            foreach (var tracked in plan.Upserts)
            {
                await upsert.RunAsync(TrackedRow.Values(tracked), cancellationToken);
                await upsertFigures.RunAsync(TrackedRow.FigureValues(tracked), cancellationToken);
                await dropAnchors.RunAsync([tracked.Id], cancellationToken);
                foreach (var key in Anchors(tracked))
                {
                    await addAnchor.RunAsync([key, tracked.Id], cancellationToken);
                }
                await dropQuotes.RunAsync([tracked.Id], cancellationToken);
                await addQuotes.RunAsync([TrackedRow.Quotes(tracked), tracked.Id], cancellationToken);
            }
        }
        using (var append = new PositionalStatement(connection, AppendSql(orIgnore: true), EventColumns))
        {
            foreach (var e in plan.Events)
            {
                await append.RunAsync(EventValues(e), cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Where its claims stand, and which sources it has: a run over one of them must see it.</summary>
    private static IEnumerable<string> Anchors(TrackedFinding tracked) =>
        tracked.Figures.SelectMany(FindingAnchors.Of)
            .Concat(tracked.Figures.Select(f => FindingAnchors.OfSource(f.Source)))
            .Distinct(StringComparer.Ordinal);

    public async Task<FindingEvent?> AppendDecisionAsync(FindingEvent decision, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await using var connection = await _tables.OpenAsync(cancellationToken);
        // Immediate: the version read and the append are one step, whoever else posts at the same moment.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var version = await SqliteQuery.LongAsync(
            connection, "SELECT COALESCE(MAX(seq), 0) FROM finding_events WHERE tracked_id = @id", cancellationToken, transaction, ("id", decision.TrackedId));
        if (version != expectedVersion)
        {
            return null;
        }
        using (var append = new PositionalStatement(connection, AppendSql(orIgnore: false), EventColumns))
        {
            await append.RunAsync(EventValues(decision), cancellationToken);
        }
        await SqliteQuery.ExecuteAsync(
            connection, "UPDATE tracked_findings SET status = @status, status_order = @order, updated_at = @at WHERE id = @id", cancellationToken, transaction,
            ("status", decision.Status.Name()), ("order", ReviewTables.StatusOrder(decision.Status)), ("at", TrackedRow.Text(decision.At)), ("id", decision.TrackedId));
        var sequence = await SqliteQuery.LongAsync(connection, "SELECT MAX(seq) FROM finding_events WHERE tracked_id = @id", cancellationToken, transaction, ("id", decision.TrackedId));
        await transaction.CommitAsync(cancellationToken);
        return decision with { Sequence = sequence };
    }

    private static readonly IReadOnlyList<string> EventColumns =
        ["tracked_id", "at", "actor", "kind", "status", "run_id", "note", "changes_json", "source_error_json"];

    // The pipeline's events are unique per finding, run and kind (ux_finding_events_run): a repeated step adds none.
    private static string AppendSql(bool orIgnore) =>
        $"""
        INSERT {(orIgnore ? "OR IGNORE " : "")}INTO finding_events (tracked_id, at, actor, kind, status, run_id, note, changes_json, source_error_json)
        VALUES (@tracked_id, @at, @actor, @kind, @status, @run_id, @note, @changes_json, @source_error_json)
        """;

    private static object?[] EventValues(FindingEvent e) =>
    [
        e.TrackedId, TrackedRow.Text(e.At), e.Actor, e.Kind.ToString(), e.Status.Name(), e.RunId, e.Note,
        e.Changes.Count == 0 ? null : JsonSerializer.Serialize(e.Changes.ToArray(), ReviewJson.Default.FigureChangeArray),
        e.SourceError is null ? null : JsonSerializer.Serialize(e.SourceError, ReviewJson.Default.SourceErrorDetails),
    ];

    public async Task<FindingDetail?> LoadDetailAsync(string id, bool withRelated, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        var row = (await SqliteQuery.ListAsync(
            connection, $"SELECT {TrackedRow.SelectList} FROM {TrackedRow.From} WHERE t.id = @id", TrackedRow.Read, cancellationToken, null, ("id", id))).FirstOrDefault();
        if (row is null)
        {
            return null;
        }
        var tracked = row.ToTracked();
        var verdict = (await SqliteQuery.ListAsync(
            connection, "SELECT reason, explanation_en, explanation_ko FROM findings WHERE id = @id",
            r => (Reason: r.GetString(0), En: r.GetString(1), Ko: r.GetString(2)), cancellationToken, null, ("id", tracked.FindingId))).FirstOrDefault();
        var history = (await SqliteQuery.ListAsync(
            connection, $"SELECT {EventRow.SelectList} FROM finding_events WHERE tracked_id = @id ORDER BY seq", EventRow.Read, cancellationToken, null, ("id", id)))
            .Select(e => e.ToEvent()).ToArray();
        var firstRun = await SqliteQuery.LongAsync(
            connection, "SELECT COUNT(*) FROM runs WHERE started_at <= (SELECT started_at FROM runs WHERE id = @run)", cancellationToken, null, ("run", tracked.FirstRunId));
        return new FindingDetail(
            tracked,
            verdict.Reason is null ? VerdictReason.Disjoint : Enum.Parse<VerdictReason>(verdict.Reason),
            new LocalizedText(verdict.En ?? "", verdict.Ko ?? ""),
            await EvidenceAsync(connection, tracked, cancellationToken),
            history,
            withRelated ? await RelatedAsync(connection, tracked, cancellationToken) : [],
            (int)firstRun);
    }

    private static async Task<IReadOnlyList<FigureEvidence>> EvidenceAsync(SqliteConnection connection, TrackedFinding tracked, CancellationToken cancellationToken)
    {
        var claimIds = JsonSerializer.Serialize(tracked.Figures.Select(f => f.ClaimId).ToArray(), ReviewJson.Default.StringArray);
        var articleIds = JsonSerializer.Serialize(tracked.Figures.Select(f => f.ArticleId).Distinct().ToArray(), ReviewJson.Default.StringArray);
        var claims = (await SqliteQuery.ListAsync(
                connection, "SELECT id, about_json, metric_json, year, concept FROM claims WHERE id IN (SELECT value FROM json_each(@claimIds))",
                r => new ClaimAbout(r.GetString(0), r.NullableString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt64(3), r.NullableString(4)),
                cancellationToken, null, ("claimIds", claimIds)))
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
        var articles = (await SqliteQuery.ListAsync(
                connection, "SELECT id, title, published_at FROM articles WHERE id IN (SELECT value FROM json_each(@articleIds))",
                r => new ArticleHeading(r.GetString(0), r.NullableString(1), r.NullableString(2)),
                cancellationToken, null, ("articleIds", articleIds)))
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        return
        [
            .. tracked.Figures.Select(figure =>
            {
                var claim = claims.GetValueOrDefault(figure.ClaimId);
                var about = claim?.AboutJson is { } json ? JsonSerializer.Deserialize(json, StorageJson.Default.About) : null;
                var article = articles.GetValueOrDefault(figure.ArticleId);
                return new FigureEvidence(
                    figure,
                    article?.Title,
                    article?.PublishedAt is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
                    about?.SubjectName,
                    claim is null ? [] : JsonSerializer.Deserialize(claim.MetricJson, StorageJson.Default.StringArray) ?? [],
                    about?.Scope ?? ClaimScope.Unspecified,
                    claim?.Year is { } year ? (int)year : null,
                    claim?.Concept);
            }),
        ];
    }

    /// <summary>Findings sharing a subject name with this one, present ones first, then as the queue orders them.</summary>
    private static async Task<IReadOnlyList<TrackedFinding>> RelatedAsync(SqliteConnection connection, TrackedFinding tracked, CancellationToken cancellationToken)
    {
        if (tracked.Subjects.Count == 0)
        {
            return [];
        }
        var subjects = JsonSerializer.Serialize(tracked.Subjects.Select(s => s.ToLowerInvariant()).ToArray(), ReviewJson.Default.StringArray);
        var rows = await SqliteQuery.ListAsync(
            connection,
            $"""
            SELECT {TrackedRow.SelectList} FROM {TrackedRow.From}
            WHERE t.id <> @id AND EXISTS (SELECT 1 FROM json_each(@subjects) s WHERE instr(char(10) || t.subjects_text || char(10), char(10) || s.value || char(10)) > 0)
            ORDER BY t.present DESC, t.status_order, t.rank, t.gap DESC, t.id
            LIMIT {RelatedLimit}
            """,
            TrackedRow.Read, cancellationToken, null, ("id", tracked.Id), ("subjects", subjects));
        return [.. rows.Select(r => r.ToTracked())];
    }

    private sealed record ClaimAbout(string Id, string? AboutJson, string MetricJson, long? Year, string? Concept);

    private sealed record ArticleHeading(string Id, string? Title, string? PublishedAt);
}
