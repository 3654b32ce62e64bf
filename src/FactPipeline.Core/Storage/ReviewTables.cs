namespace FactPipeline.Core.Storage;

/// <summary>
/// The desk's tables in the fact store's file: the tracked findings (<c>tracked_findings</c>, only the queue's filter
/// and sort columns, so a filter that reads every row reads a few MB at 100,000 findings; their figures and sentences in
/// <c>tracked_figures</c>), where their claims stand (<c>tracked_anchors</c>), their sentences for free-text search
/// (<c>tracked_quotes</c>, FTS5 with trigrams, so Korean and Chinese match inside words) and the append-only audit trail
/// (<c>finding_events</c>). Created by whichever of their stores connects first.
/// </summary>
internal static class ReviewTables
{
    public const string CreateSql = """
        CREATE TABLE IF NOT EXISTS tracked_findings (
            id TEXT PRIMARY KEY,
            finding_id TEXT NOT NULL,
            severity TEXT NOT NULL,
            rank INTEGER NOT NULL,
            gap REAL NOT NULL,
            difference_percent TEXT NOT NULL,
            topic TEXT NOT NULL,
            subjects_text TEXT NOT NULL,
            languages TEXT NOT NULL,
            outlets TEXT NOT NULL,
            status TEXT NOT NULL,
            status_order INTEGER NOT NULL,
            present INTEGER NOT NULL,
            first_run_id TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            claim_count INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_tracked_queue ON tracked_findings (status_order, present DESC, rank, gap DESC, id);
        DROP INDEX IF EXISTS ix_tracked_counts;
        CREATE INDEX IF NOT EXISTS ix_tracked_severity_counts ON tracked_findings (rank, severity, status, present);
        CREATE TABLE IF NOT EXISTS tracked_figures (
            id TEXT PRIMARY KEY,
            subjects_json TEXT NOT NULL,
            figures_json TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS tracked_anchors (
            key TEXT NOT NULL,
            tracked_id TEXT NOT NULL,
            PRIMARY KEY (key, tracked_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_tracked_anchors_id ON tracked_anchors (tracked_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS tracked_quotes USING fts5(quotes, tokenize = 'trigram');
        CREATE TABLE IF NOT EXISTS finding_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            tracked_id TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            run_id TEXT NULL,
            note TEXT NULL,
            changes_json TEXT NULL,
            source_error_json TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_finding_events ON finding_events (tracked_id, seq);
        CREATE UNIQUE INDEX IF NOT EXISTS ux_finding_events_run ON finding_events (tracked_id, run_id, kind) WHERE run_id IS NOT NULL;
        """;

    /// <summary>Open findings first in the queue; every decided one after them.</summary>
    public static int StatusOrder(Review.ReviewStatus status) => status == Review.ReviewStatus.Open ? 0 : 1;

    /// <summary>
    /// Conflicts and silent corrections (both say something published is wrong), then minor differences, then agreement;
    /// possible matches are not tracked. One rank holds two severities, so the tabs and the filter read
    /// <c>severity</c> too (ix_tracked_severity_counts).
    /// </summary>
    public static int Rank(Model.Severity severity) => severity == Model.Severity.Correction ? Rank(Model.Severity.Conflict) : (int)severity;
}
