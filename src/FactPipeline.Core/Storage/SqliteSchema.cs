namespace FactPipeline.Core.Storage;

/// <summary>Schema of the SQLite store. Decimals are stored as invariant text so values stay exact.</summary>
internal static class SqliteSchema
{
    public const int Version = 6;

    /// <summary>
    /// Brings a database written by an older version up to date in place, so upgrading never loses stored
    /// articles. v1 → v2: articles.metadata_json (author, site name, canonical URL, modified date).
    /// v2 → v3: claims.canonical_json (the LLM's canonical English phrasing) and the statements table (created by
    /// <see cref="Create"/>, which only adds what is missing). v3 → v4: claims.about_json (subject and scope).
    /// v4 → v5: the documents and check_results tables (created by <see cref="Create"/>), what a rerun over unchanged
    /// inputs reuses: which article a local file's bytes became, and the findings of a cross-check's exact inputs.
    /// v5 → v6: check_results refer to the findings table instead of holding copies of them; the copies are dropped
    /// (a cache: the next run over those inputs checks again).
    /// </summary>
    public static async Task MigrateAsync(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        var columns = await ColumnsAsync(connection, "articles");
        if (!columns.Contains("metadata_json"))
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "ALTER TABLE articles ADD COLUMN metadata_json TEXT NULL");
        }
        var claimColumns = await ColumnsAsync(connection, "claims");
        if (!claimColumns.Contains("canonical_json"))
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "ALTER TABLE claims ADD COLUMN canonical_json TEXT NULL");
        }
        if (!claimColumns.Contains("about_json"))
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "ALTER TABLE claims ADD COLUMN about_json TEXT NULL");
        }
        // Whether a problem is a page the server says is gone (HTTP 404/410): the desk resolves findings citing it.
        if (!(await ColumnsAsync(connection, "run_problems")).Contains("gone"))
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "ALTER TABLE run_problems ADD COLUMN gone INTEGER NOT NULL DEFAULT 0");
        }
        if (await Dapper.SqlMapper.ExecuteScalarAsync<long?>(connection, "SELECT version FROM schema_info LIMIT 1") is < 6)
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM check_results");
        }
        await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE schema_info SET version = @Version WHERE version < @Version", new { Version });
    }

    private static async Task<HashSet<string>> ColumnsAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string table) =>
        (await Dapper.SqlMapper.QueryAsync<string>(connection, $"SELECT name FROM pragma_table_info('{table}')")).ToHashSet(StringComparer.Ordinal);

    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS runs (
            id TEXT PRIMARY KEY,
            inputs_key TEXT NOT NULL,
            inputs_json TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_runs_inputs ON runs (inputs_key, finished_at);
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            title TEXT NULL,
            language TEXT NOT NULL,
            published_at TEXT NULL,
            paragraphs_json TEXT NOT NULL,
            metadata_json TEXT NULL,
            extractor_version TEXT NULL
        );
        CREATE TABLE IF NOT EXISTS run_articles (
            run_id TEXT NOT NULL REFERENCES runs(id),
            article_id TEXT NOT NULL REFERENCES articles(id),
            source TEXT NOT NULL,
            PRIMARY KEY (run_id, article_id)
        );
        CREATE TABLE IF NOT EXISTS claims (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            quote TEXT NOT NULL,
            quote_start INTEGER NOT NULL,
            value_start INTEGER NOT NULL,
            value_length INTEGER NOT NULL,
            value_text TEXT NOT NULL,
            kind TEXT NOT NULL,
            amount TEXT NOT NULL,
            low TEXT NULL,
            high TEXT NULL,
            hedge TEXT NOT NULL,
            unit TEXT NOT NULL,
            step TEXT NOT NULL,
            concept TEXT NULL,
            subject_json TEXT NOT NULL,
            metric_json TEXT NOT NULL,
            year INTEGER NULL,
            language TEXT NOT NULL,
            extractors TEXT NOT NULL,
            canonical_json TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_claims_article ON claims (article_id);
        CREATE TABLE IF NOT EXISTS statements (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            quote TEXT NOT NULL,
            quote_start INTEGER NOT NULL,
            subject TEXT NOT NULL,
            predicate TEXT NOT NULL,
            object TEXT NULL,
            time_scope TEXT NULL,
            prompt_version TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_statements_article ON statements (article_id);
        CREATE TABLE IF NOT EXISTS findings (
            id TEXT PRIMARY KEY,
            severity TEXT NOT NULL,
            reason TEXT NOT NULL,
            topic TEXT NOT NULL,
            concept TEXT NULL,
            claim_ids_json TEXT NOT NULL,
            difference_percent TEXT NOT NULL,
            explanation_en TEXT NOT NULL,
            explanation_ko TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_findings_queue ON findings (
            (CASE severity WHEN 'Conflict' THEN 0 WHEN 'Minor' THEN 1 WHEN 'Consistent' THEN 2 ELSE 3 END),
            (CAST(difference_percent AS REAL)) DESC, id);
        CREATE TABLE IF NOT EXISTS run_findings (
            run_id TEXT NOT NULL REFERENCES runs(id),
            finding_id TEXT NOT NULL REFERENCES findings(id),
            PRIMARY KEY (run_id, finding_id)
        );
        CREATE TABLE IF NOT EXISTS documents (
            key TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id)
        );
        CREATE TABLE IF NOT EXISTS check_results (
            key TEXT PRIMARY KEY,
            findings_json BLOB NOT NULL,
            saved_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS run_problems (
            run_id TEXT NOT NULL REFERENCES runs(id),
            source TEXT NOT NULL,
            reason TEXT NOT NULL,
            gone INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (run_id, source)
        );
        """ + ArticleVersionTables.CreateSql;
}
