using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using Npgsql;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary>
/// <see cref="IReviewStore"/> in the PostgreSQL database (the tables of migration 0002, <see cref="ReviewTables"/>'
/// shape). SQLite's one writer makes a decision's version check and append one step; here the tracked finding's row
/// lock does (<c>FOR UPDATE</c>, and a run's upsert of it takes the same lock).
/// </summary>
public sealed class PostgresReviewStore(PostgresDatabase database) : IReviewStore
{
    private const int RelatedLimit = 20;

    public async Task<IReadOnlyList<TrackedFinding>> LoadByAnchorsAsync(IReadOnlyCollection<string> anchors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        if (anchors.Count == 0)
        {
            return [];
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await PostgresQuery.ListAsync(
            connection,
            $"""
            SELECT {TrackedRow.SelectList} FROM {TrackedRow.From}
            WHERE t.id IN (SELECT a.tracked_id FROM tracked_anchors a WHERE a.key = ANY(@keys))
            ORDER BY t.id COLLATE "C"
            """,
            TrackedRow.Read, cancellationToken, null, ("keys", anchors.Distinct(StringComparer.Ordinal).ToArray()));
        return [.. rows.Select(r => r.ToTracked())];
    }

    public async Task ApplyAsync(TrackingPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Upserts.Count == 0 && plan.Events.Count == 0)
        {
            return;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            foreach (var tracked in plan.Upserts)
            {
                batch.BatchCommands.Add(PostgresQuery.Row(TrackedRow.UpsertSql, TrackedRow.UpsertColumns, TrackedRow.Values(tracked)));
                batch.BatchCommands.Add(PostgresQuery.Row(TrackedRow.UpsertFiguresSql, TrackedRow.UpsertFiguresColumns, TrackedRow.FigureValues(tracked)));
                batch.BatchCommands.Add(PostgresQuery.Row("DELETE FROM tracked_anchors WHERE tracked_id = @id", ["id"], [tracked.Id]));
                batch.BatchCommands.Add(PostgresQuery.Row(
                    "INSERT INTO tracked_anchors (key, tracked_id) SELECT DISTINCT unnest(@keys), @id ON CONFLICT DO NOTHING",
                    ["keys", "id"], [Anchors(tracked).ToArray(), tracked.Id]));
                batch.BatchCommands.Add(PostgresQuery.Row(
                    "INSERT INTO tracked_quotes (id, quotes) VALUES (@id, @quotes) ON CONFLICT (id) DO UPDATE SET quotes = excluded.quotes",
                    ["id", "quotes"], [tracked.Id, TrackedRow.Quotes(tracked)]));
            }
            // The pipeline's events are unique per finding, run and kind (ux_finding_events_run): a repeated step adds none.
            foreach (var e in plan.Events)
            {
                batch.BatchCommands.Add(PostgresQuery.Row(AppendSql + " ON CONFLICT DO NOTHING", EventColumns, EventValues(e)));
            }
            await batch.ExecuteNonQueryAsync(cancellationToken);
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
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Whoever else decides this finding, or a run updating it, waits here until this transaction ends.
        await PostgresQuery.ExecuteAsync(
            connection, "SELECT 1 FROM tracked_findings WHERE id = @id FOR UPDATE", cancellationToken, transaction, ("id", decision.TrackedId));
        var version = await PostgresQuery.LongAsync(
            connection, "SELECT COALESCE(MAX(seq), 0) FROM finding_events WHERE tracked_id = @id", cancellationToken, transaction, ("id", decision.TrackedId));
        if (version != expectedVersion)
        {
            return null;
        }
        var sequence = await PostgresQuery.LongAsync(
            connection, AppendSql + " RETURNING seq", cancellationToken, transaction,
            [.. EventColumns.Zip(EventValues(decision), (name, value) => (name, value))]);
        await PostgresQuery.ExecuteAsync(
            connection, "UPDATE tracked_findings SET status = @status, status_order = @order, updated_at = @at WHERE id = @id", cancellationToken, transaction,
            ("status", decision.Status.Name()), ("order", (long)ReviewTables.StatusOrder(decision.Status)), ("at", TrackedRow.Text(decision.At)), ("id", decision.TrackedId));
        await transaction.CommitAsync(cancellationToken);
        return decision with { Sequence = sequence };
    }

    private static readonly string[] EventColumns =
        ["tracked_id", "at", "actor", "kind", "status", "run_id", "note", "changes_json", "source_error_json"];

    private const string AppendSql = """
        INSERT INTO finding_events (tracked_id, at, actor, kind, status, run_id, note, changes_json, source_error_json)
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
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = (await PostgresQuery.ListAsync(
            connection, $"SELECT {TrackedRow.SelectList} FROM {TrackedRow.From} WHERE t.id = @id", TrackedRow.Read, cancellationToken, null, ("id", id))).FirstOrDefault();
        if (row is null)
        {
            return null;
        }
        var tracked = row.ToTracked();
        var verdict = (await PostgresQuery.ListAsync(
            connection, "SELECT reason, explanation_en, explanation_ko FROM findings WHERE id = @id",
            r => (Reason: r.GetString(0), En: r.GetString(1), Ko: r.GetString(2)), cancellationToken, null, ("id", tracked.FindingId))).FirstOrDefault();
        var history = (await PostgresQuery.ListAsync(
            connection, $"SELECT {EventRow.SelectList} FROM finding_events WHERE tracked_id = @id ORDER BY seq", EventRow.Read, cancellationToken, null, ("id", id)))
            .Select(e => e.ToEvent()).ToArray();
        var firstRun = await PostgresQuery.LongAsync(
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

    private static async Task<IReadOnlyList<FigureEvidence>> EvidenceAsync(NpgsqlConnection connection, TrackedFinding tracked, CancellationToken cancellationToken)
    {
        var claims = (await PostgresQuery.ListAsync(
                connection, "SELECT id, about_json, metric_json, year, concept FROM claims WHERE id = ANY(@ids)",
                r => (Id: r.GetString(0), AboutJson: r.NullableString(1), MetricJson: r.GetString(2), Year: r.IsDBNull(3) ? (long?)null : r.GetInt64(3), Concept: r.NullableString(4)),
                cancellationToken, null, ("ids", tracked.Figures.Select(f => f.ClaimId).Distinct().ToArray())))
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
        var articles = (await PostgresQuery.ListAsync(
                connection, "SELECT id, title, published_at FROM articles WHERE id = ANY(@ids)",
                r => (Id: r.GetString(0), Title: r.NullableString(1), PublishedAt: r.NullableString(2)),
                cancellationToken, null, ("ids", tracked.Figures.Select(f => f.ArticleId).Distinct().ToArray())))
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        return
        [
            .. tracked.Figures.Select(figure =>
            {
                var known = claims.TryGetValue(figure.ClaimId, out var claim);
                var about = known && claim.AboutJson is { } json ? JsonSerializer.Deserialize(json, StorageJson.Default.About) : null;
                var article = articles.TryGetValue(figure.ArticleId, out var a) ? a : default;
                return new FigureEvidence(
                    figure,
                    article.Title,
                    article.PublishedAt is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    about?.SubjectName,
                    known ? JsonSerializer.Deserialize(claim.MetricJson, StorageJson.Default.StringArray) ?? [] : [],
                    about?.Scope ?? ClaimScope.Unspecified,
                    known && claim.Year is { } year ? (int)year : null,
                    known ? claim.Concept : null);
            }),
        ];
    }

    /// <summary>Findings sharing a subject name with this one, present ones first, then as the queue orders them.</summary>
    private static async Task<IReadOnlyList<TrackedFinding>> RelatedAsync(NpgsqlConnection connection, TrackedFinding tracked, CancellationToken cancellationToken)
    {
        if (tracked.Subjects.Count == 0)
        {
            return [];
        }
        var rows = await PostgresQuery.ListAsync(
            connection,
            $"""
            SELECT {TrackedRow.SelectList} FROM {TrackedRow.From}
            WHERE t.id <> @id AND EXISTS (
                SELECT 1 FROM unnest(@subjects) s WHERE strpos(E'\n' || t.subjects_text || E'\n', E'\n' || s || E'\n') > 0)
            ORDER BY t.present DESC, t.status_order, t.rank, t.gap DESC, t.id COLLATE "C"
            LIMIT {RelatedLimit}
            """,
            TrackedRow.Read, cancellationToken, null, ("id", tracked.Id), ("subjects", tracked.Subjects.Select(s => s.ToLowerInvariant()).ToArray()));
        return [.. rows.Select(r => r.ToTracked())];
    }
}
