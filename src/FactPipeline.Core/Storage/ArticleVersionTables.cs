namespace FactPipeline.Core.Storage;

/// <summary>
/// Which text each source was read as, in order (<c>article_versions</c>): one row per stretch of runs that read the same
/// text there, so a page that goes A → B → A has three rows. A run that saves or links an article (a 304 too) extends
/// the source's latest row when the text is the same, else starts a new one. The texts stay in <c>articles</c>.
/// </summary>
internal static class ArticleVersionTables
{
    public const string CreateSql = """
        CREATE TABLE IF NOT EXISTS article_versions (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            article_id TEXT NOT NULL,
            first_fetched_at TEXT NOT NULL,
            last_fetched_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_article_versions_source ON article_versions (source, seq);
        """;

    /// <summary>The source's latest row, when it is this text: read again now (never moved back by a resumed run's clock).</summary>
    public const string TouchSql = """
        UPDATE article_versions SET last_fetched_at = max(last_fetched_at, @at)
        WHERE seq = (SELECT MAX(seq) FROM article_versions WHERE source = @source) AND article_id = @articleId
        """;

    /// <summary>A new row unless the source's latest row is this text (run after <see cref="TouchSql"/>).</summary>
    public const string AddSql = """
        INSERT INTO article_versions (source, article_id, first_fetched_at, last_fetched_at)
        SELECT @source, @articleId, @at, @at
        WHERE NOT EXISTS (
            SELECT 1 FROM article_versions
            WHERE seq = (SELECT MAX(seq) FROM article_versions WHERE source = @source) AND article_id = @articleId)
        """;

    public static readonly IReadOnlyList<string> Columns = ["source", "articleId", "at"];

    public static object?[] Values(string source, string articleId, DateTimeOffset at) => [source, articleId, TrackedRow.Text(at)];
}
