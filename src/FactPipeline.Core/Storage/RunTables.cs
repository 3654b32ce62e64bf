namespace FactPipeline.Core.Storage;

/// <summary>
/// The run history and the fan-out ledger, in the fact store's file, beside <c>runs</c> (which the fact store owns):
/// <list type="bullet">
/// <item><c>run_status</c>: one row per run started by this version: trigger, status, totals, error, and the ledger's
/// completion columns (<c>ready_at</c> set once, in the transaction that finished the last item; the final step's
/// claim and its completions).</item>
/// <item><c>run_sources</c>: a fanned-out run's inputs, pending until expanded into items.</item>
/// <item><c>run_items</c>: every item of every run (article URL or file), pending until a worker finishes it; then
/// its outcome, reason, article and the worker that did it: the per-article processing log.</item>
/// </list>
/// A run older than these tables has no <c>run_status</c> row: it reads as completed when <c>runs.finished_at</c> is set.
/// </summary>
internal static class RunTables
{
    public const string CreateSql = """
        CREATE TABLE IF NOT EXISTS run_status (
            run_id TEXT PRIMARY KEY,
            run_trigger TEXT NOT NULL,
            status TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            articles INTEGER NOT NULL DEFAULT 0,
            claims INTEGER NOT NULL DEFAULT 0,
            findings INTEGER NOT NULL DEFAULT 0,
            llm_calls INTEGER NOT NULL DEFAULT 0,
            llm_tokens INTEGER NOT NULL DEFAULT 0,
            llm_cost TEXT NOT NULL DEFAULT '0',
            error TEXT NULL,
            ready_at TEXT NULL,
            final_worker TEXT NULL,
            final_claimed_at TEXT NULL,
            final_done_at TEXT NULL,
            final_completions INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS run_sources (
            run_id TEXT NOT NULL,
            origin TEXT NOT NULL,
            state TEXT NOT NULL,
            found INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (run_id, origin)
        );
        CREATE TABLE IF NOT EXISTS run_items (
            run_id TEXT NOT NULL,
            item TEXT NOT NULL,
            origin TEXT NOT NULL,
            state TEXT NOT NULL,
            outcome TEXT NULL,
            reason TEXT NULL,
            article_id TEXT NULL,
            worker TEXT NULL,
            finished_at TEXT NULL,
            PRIMARY KEY (run_id, item)
        );
        CREATE INDEX IF NOT EXISTS ix_run_items_state ON run_items (run_id, state);
        """;
}
