-- The fact store's tables (SqliteSchema's shape): runs, articles, claims, statements, findings, the reuse caches, and
-- the tables of the stores that share the database (fetch state, LLM cache, users). Decimals are invariant text, so
-- they stay exact with their scale (12.50 is not 12.5), as in SQLite. A seq identity stands in for SQLite's rowid
-- where an order of insertion is read back (claims of an article, the newest cross-check results).
CREATE TABLE runs (
    id text PRIMARY KEY,
    inputs_key text NOT NULL,
    inputs_json text NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz NULL
);
CREATE INDEX ix_runs_inputs ON runs (inputs_key, finished_at);
CREATE INDEX ix_runs_started ON runs (started_at);
CREATE TABLE articles (
    seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    id text PRIMARY KEY,
    source text NOT NULL,
    title text NULL,
    language text NOT NULL,
    published_at text NULL,
    paragraphs_json text NOT NULL,
    metadata_json text NULL,
    extractor_version text NULL
);
CREATE INDEX ix_articles_version ON articles (extractor_version);
CREATE TABLE run_articles (
    run_id text NOT NULL REFERENCES runs(id),
    article_id text NOT NULL REFERENCES articles(id),
    source text NOT NULL,
    PRIMARY KEY (run_id, article_id)
);
CREATE TABLE claims (
    seq bigint GENERATED ALWAYS AS IDENTITY,
    id text PRIMARY KEY,
    article_id text NOT NULL REFERENCES articles(id),
    quote text NOT NULL,
    quote_start bigint NOT NULL,
    value_start bigint NOT NULL,
    value_length bigint NOT NULL,
    value_text text NOT NULL,
    kind text NOT NULL,
    amount text NOT NULL,
    low text NULL,
    high text NULL,
    hedge text NOT NULL,
    unit text NOT NULL,
    step text NOT NULL,
    concept text NULL,
    subject_json text NOT NULL,
    metric_json text NOT NULL,
    year bigint NULL,
    language text NOT NULL,
    extractors text NOT NULL,
    canonical_json text NULL,
    about_json text NULL
);
CREATE INDEX ix_claims_article ON claims (article_id);
CREATE TABLE statements (
    id text PRIMARY KEY,
    article_id text NOT NULL REFERENCES articles(id),
    quote text NOT NULL,
    quote_start bigint NOT NULL,
    subject text NOT NULL,
    predicate text NOT NULL,
    object text NULL,
    time_scope text NULL,
    prompt_version text NOT NULL
);
CREATE INDEX ix_statements_article ON statements (article_id);
CREATE TABLE findings (
    id text PRIMARY KEY,
    severity text NOT NULL,
    reason text NOT NULL,
    topic text NOT NULL,
    concept text NULL,
    claim_ids_json text NOT NULL,
    difference_percent text NOT NULL,
    explanation_en text NOT NULL,
    explanation_ko text NOT NULL
);
CREATE TABLE run_findings (
    run_id text NOT NULL REFERENCES runs(id),
    finding_id text NOT NULL REFERENCES findings(id),
    PRIMARY KEY (run_id, finding_id)
);
CREATE TABLE documents (
    key text PRIMARY KEY,
    article_id text NOT NULL REFERENCES articles(id)
);
CREATE TABLE check_results (
    seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    key text PRIMARY KEY,
    findings_json bytea NOT NULL,
    saved_at timestamptz NOT NULL
);
CREATE TABLE run_problems (
    run_id text NOT NULL REFERENCES runs(id),
    source text NOT NULL,
    reason text NOT NULL,
    PRIMARY KEY (run_id, source)
);
CREATE TABLE fetch_state (
    url text PRIMARY KEY,
    etag text NULL,
    last_modified text NULL,
    article_id text NOT NULL
);
CREATE TABLE llm_answers (
    cache_key text PRIMARY KEY,
    model text NOT NULL,
    prompt_name text NOT NULL,
    prompt_version text NOT NULL,
    answer text NOT NULL,
    prompt_tokens bigint NOT NULL,
    completion_tokens bigint NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE TABLE llm_runs (
    run_id text PRIMARY KEY,
    usage_json text NOT NULL,
    updated_at timestamptz NOT NULL
);
-- "Editor" and "editor" are one user (SQLite: COLLATE NOCASE).
CREATE TABLE users (
    name text PRIMARY KEY,
    role text NOT NULL,
    password_hash text NOT NULL,
    created_at timestamptz NOT NULL,
    failed_sign_ins bigint NOT NULL DEFAULT 0,
    locked_until timestamptz NULL
);
CREATE UNIQUE INDEX ux_users_name ON users (lower(name));
