-- The desk's tables (ReviewTables' shape). Times are the same fixed-width UTC text as in SQLite, so the day filters
-- compare text and every value reads back exactly. Free-text search: the sentences in tracked_quotes under a GIN
-- trigram index, which answers ILIKE '%…%', so Korean and Chinese match inside words (pg_trgm is trusted since 13:
-- the database's owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE tracked_findings (
    id text PRIMARY KEY,
    finding_id text NOT NULL,
    severity text NOT NULL,
    rank bigint NOT NULL,
    gap double precision NOT NULL,
    difference_percent text NOT NULL,
    topic text NOT NULL,
    subjects_text text NOT NULL,
    languages text NOT NULL,
    outlets text NOT NULL,
    status text NOT NULL,
    status_order bigint NOT NULL,
    present bigint NOT NULL,
    first_run_id text NOT NULL,
    first_seen_at text NOT NULL,
    updated_at text NOT NULL,
    claim_count bigint NOT NULL
);
CREATE INDEX ix_tracked_queue ON tracked_findings (status_order, present DESC, rank, gap DESC, id COLLATE "C");
CREATE INDEX ix_tracked_counts ON tracked_findings (rank, status, present);
CREATE TABLE tracked_figures (
    id text PRIMARY KEY,
    subjects_json text NOT NULL,
    figures_json text NOT NULL
);
CREATE TABLE tracked_anchors (
    key text NOT NULL,
    tracked_id text NOT NULL,
    PRIMARY KEY (key, tracked_id)
);
CREATE INDEX ix_tracked_anchors_id ON tracked_anchors (tracked_id);
CREATE TABLE tracked_quotes (
    id text PRIMARY KEY,
    quotes text NOT NULL
);
CREATE INDEX ix_tracked_quotes_trgm ON tracked_quotes USING gin (quotes gin_trgm_ops);
CREATE TABLE finding_events (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tracked_id text NOT NULL,
    at text NOT NULL,
    actor text NOT NULL,
    kind text NOT NULL,
    status text NOT NULL,
    run_id text NULL,
    note text NULL,
    changes_json text NULL,
    source_error_json text NULL
);
CREATE INDEX ix_finding_events ON finding_events (tracked_id, seq);
CREATE UNIQUE INDEX ux_finding_events_run ON finding_events (tracked_id, run_id, kind) WHERE run_id IS NOT NULL;
