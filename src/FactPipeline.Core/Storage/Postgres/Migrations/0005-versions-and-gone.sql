-- Silent corrections: which text each source was read as, in order (ArticleVersionTables' shape; times as the desk's
-- fixed-width UTC text), and which of a run's problems were pages gone for good (HTTP 404/410).
CREATE TABLE article_versions (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source text NOT NULL,
    article_id text NOT NULL,
    first_fetched_at text NOT NULL,
    last_fetched_at text NOT NULL
);
CREATE INDEX ix_article_versions_source ON article_versions (source, seq);
ALTER TABLE run_problems ADD COLUMN gone boolean NOT NULL DEFAULT false;
