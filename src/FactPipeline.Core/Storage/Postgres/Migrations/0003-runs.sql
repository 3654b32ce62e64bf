-- The run history and the fan-out ledger (RunTables' shape), beside runs: the stores over them (IRunHistoryStore,
-- IRunLedger) are written for both providers elsewhere. Times are timestamptz; the cost is exact decimal text.
CREATE TABLE run_status (
    run_id text PRIMARY KEY,
    run_trigger text NOT NULL,
    status text NOT NULL,
    updated_at timestamptz NOT NULL,
    articles bigint NOT NULL DEFAULT 0,
    claims bigint NOT NULL DEFAULT 0,
    findings bigint NOT NULL DEFAULT 0,
    llm_calls bigint NOT NULL DEFAULT 0,
    llm_tokens bigint NOT NULL DEFAULT 0,
    llm_cost text NOT NULL DEFAULT '0',
    error text NULL,
    ready_at timestamptz NULL,
    final_worker text NULL,
    final_claimed_at timestamptz NULL,
    final_done_at timestamptz NULL,
    final_completions bigint NOT NULL DEFAULT 0
);
CREATE TABLE run_sources (
    run_id text NOT NULL,
    origin text NOT NULL,
    state text NOT NULL,
    found bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, origin)
);
CREATE TABLE run_items (
    run_id text NOT NULL,
    item text NOT NULL,
    origin text NOT NULL,
    state text NOT NULL,
    outcome text NULL,
    reason text NULL,
    article_id text NULL,
    worker text NULL,
    finished_at timestamptz NULL,
    PRIMARY KEY (run_id, item)
);
CREATE INDEX ix_run_items_state ON run_items (run_id, state);
