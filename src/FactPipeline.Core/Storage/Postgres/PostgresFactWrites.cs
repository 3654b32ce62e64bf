using FactPipeline.Core.Model;
using Npgsql;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary>
/// An article's writes (upsert, its claims replaced, its statements replaced, the run's link) as one
/// <see cref="NpgsqlBatch"/>: one round trip per article, for the store's single saves and for a batch alike.
/// </summary>
internal static class PostgresFactWrites
{
    // The first source an article was seen under is kept; later runs record theirs in run_articles.
    private const string UpsertArticleSql = """
        INSERT INTO articles (id, source, title, language, published_at, paragraphs_json, metadata_json, extractor_version)
        VALUES (@id, @source, @title, @language, @published_at, @paragraphs_json, @metadata_json, @extractorVersion)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, language = excluded.language,
            published_at = excluded.published_at, metadata_json = excluded.metadata_json,
            extractor_version = excluded.extractor_version
        """;

    private const string InsertClaimSql = """
        INSERT INTO claims (id, article_id, quote, quote_start, value_start, value_length, value_text, kind, amount, low, high,
            hedge, unit, step, concept, subject_json, metric_json, year, language, extractors, canonical_json, about_json)
        VALUES (@id, @article_id, @quote, @quote_start, @value_start, @value_length, @value_text, @kind, @amount, @low, @high,
            @hedge, @unit, @step, @concept, @subject_json, @metric_json, @year, @language, @extractors, @canonical_json, @about_json)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string InsertStatementSql = """
        INSERT INTO statements (id, article_id, quote, quote_start, subject, predicate, object, time_scope, prompt_version)
        VALUES (@id, @articleId, @quote, @quoteStart, @subject, @predicate, @object, @timeScope, @promptVersion)
        ON CONFLICT (id) DO NOTHING
        """;

    private static readonly string[] StatementColumns = ["id", "articleId", "quote", "quoteStart", "subject", "predicate", "object", "timeScope", "promptVersion"];

    public const string LinkSql =
        "INSERT INTO run_articles (run_id, article_id, source) VALUES (@runId, @articleId, @source) ON CONFLICT (run_id, article_id) DO UPDATE SET source = excluded.source";

    public const string ProblemSql =
        "INSERT INTO run_problems (run_id, source, reason, gone) VALUES (@runId, @Source, @Reason, @Gone) ON CONFLICT (run_id, source) DO UPDATE SET reason = excluded.reason, gone = excluded.gone";

    /// <summary>The source's latest version, when it is this text: read again now (never moved back).</summary>
    private const string TouchVersionSql = """
        UPDATE article_versions SET last_fetched_at = GREATEST(last_fetched_at, @at)
        WHERE seq = (SELECT MAX(seq) FROM article_versions WHERE source = @source) AND article_id = @articleId
        """;

    /// <summary>A new version unless the source's latest is this text (after <see cref="TouchVersionSql"/>).</summary>
    private const string AddVersionSql = """
        INSERT INTO article_versions (source, article_id, first_fetched_at, last_fetched_at)
        SELECT @source, @articleId, @at, @at
        WHERE NOT EXISTS (
            SELECT 1 FROM article_versions
            WHERE seq = (SELECT MAX(seq) FROM article_versions WHERE source = @source) AND article_id = @articleId)
        """;

    /// <summary>
    /// The article linked to the run under its source, and the source's version history told of the read (a 304 too),
    /// as <see cref="ArticleVersionTables"/> does on SQLite.
    /// </summary>
    public static void AddLink(NpgsqlBatch batch, string runId, string articleId, string source, DateTimeOffset at)
    {
        batch.BatchCommands.Add(PostgresQuery.Row(LinkSql, ["runId", "articleId", "source"], [runId, articleId, source]));
        object?[] version = [source, articleId, TrackedRow.Text(at)];
        batch.BatchCommands.Add(PostgresQuery.Row(TouchVersionSql, ["source", "articleId", "at"], version));
        batch.BatchCommands.Add(PostgresQuery.Row(AddVersionSql, ["source", "articleId", "at"], version));
    }

    public static async Task LinkAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string runId, string articleId, string source, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        AddLink(batch, runId, articleId, source, at);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public static (string, object?)[] ProblemValues(string runId, InputProblem problem) =>
        [("runId", runId), ("Source", problem.Source), ("Reason", problem.Reason), ("Gone", problem.Gone)];

    /// <param name="statements">Null: the article's statements are left as they are.</param>
    public static async Task SaveArticleAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string runId, Article article, IReadOnlyList<Claim> claims,
        IReadOnlyList<Statement>? statements, string extractorVersion, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(PostgresQuery.Row(UpsertArticleSql, ArticleRow.Columns, ArticleRow.Values(article, extractorVersion)));
        batch.BatchCommands.Add(PostgresQuery.Row("DELETE FROM claims WHERE article_id = @id", ["id"], [article.Id]));
        foreach (var claim in claims)
        {
            batch.BatchCommands.Add(PostgresQuery.Row(InsertClaimSql, ClaimRow.Columns, ClaimRow.From(claim).Values()));
        }
        if (statements is not null)
        {
            AddStatements(batch, article.Id, statements);
        }
        AddLink(batch, runId, article.Id, article.Source, at);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds the commands replacing the article's statements (an empty list clears them).</summary>
    public static void AddStatements(NpgsqlBatch batch, string articleId, IReadOnlyList<Statement> statements)
    {
        batch.BatchCommands.Add(PostgresQuery.Row("DELETE FROM statements WHERE article_id = @articleId", ["articleId"], [articleId]));
        foreach (var s in statements)
        {
            batch.BatchCommands.Add(PostgresQuery.Row(
                InsertStatementSql, StatementColumns,
                [s.Id, s.ArticleId, s.Quote, (long)s.QuoteStart, s.Subject, s.Predicate, s.Object, s.TimeScope, s.PromptVersion]));
        }
    }
}
