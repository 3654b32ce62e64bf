using System.Globalization;
using System.Text.Json;
using Dapper;
using FactPipeline.Core.Model;
using FactPipeline.Core.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Storage;

/// <summary>SQLite implementation of <see cref="IFactStore"/>: one file, WAL journal, one transaction per step.</summary>
public sealed class SqliteFactStore(IOptions<StorageOptions> options, TimeProvider time) : IFactStore
{
    /// <summary>A store whose version history (<see cref="ArticleVersionTables"/>) is stamped by the system clock.</summary>
    public SqliteFactStore(IOptions<StorageOptions> options)
        : this(options, TimeProvider.System)
    {
    }

    private readonly TimeProvider _time = time;

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = options.Value.DatabasePath,
        Pooling = true,
    }.ToString();

    public string DatabasePath => options.Value.DatabasePath;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        SqliteDatabase.CreateFolderOf(DatabasePath);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(SqliteSchema.Create);
        await SqliteSchema.MigrateAsync(connection);
        var version = await connection.ExecuteScalarAsync<long?>("SELECT version FROM schema_info LIMIT 1");
        if (version is null)
        {
            await connection.ExecuteAsync("INSERT INTO schema_info (version) VALUES (@v)", new { v = SqliteSchema.Version });
        }
        else if (version > SqliteSchema.Version)
        {
            throw new StorageException(
                $"{DatabasePath}: database schema version {version} is newer than this program understands ({SqliteSchema.Version}).");
        }
    }

    public async Task<RunRecord> StartRunAsync(IReadOnlyList<string> inputs, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var inputsKey = StableId.Of([.. inputs]);
        await using var connection = await OpenAsync(cancellationToken);
        var unfinished = await connection.QueryFirstOrDefaultAsync<UnfinishedRun>(
            "SELECT id AS Id, started_at AS StartedAt FROM runs WHERE inputs_key = @inputsKey AND finished_at IS NULL ORDER BY started_at DESC LIMIT 1",
            new { inputsKey });
        if (unfinished is { } run)
        {
            return new RunRecord(run.Id, DateTimeOffset.Parse(run.StartedAt, CultureInfo.InvariantCulture), Resumed: true);
        }
        // Runs are events, not content: two runs in the same instant (fake clocks, fast machines) still get two ids.
        var id = StableId.Of(inputsKey, now.ToString("O", CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"));
        // A positional statement: Dapper.AOT's generator (1.1.0) leaves this one call to reflection, which Native AOT lacks.
        await PreparedInsert.RunAsync(
            connection,
            "INSERT INTO runs (id, inputs_key, inputs_json, started_at) VALUES (@id, @inputsKey, @inputs, @startedAt)",
            ["id", "inputsKey", "inputs", "startedAt"],
            [[id, inputsKey, JsonSerializer.Serialize(inputs, StorageJson.Default.IReadOnlyListString), now.ToString("O", CultureInfo.InvariantCulture)]],
            cancellationToken);
        return new RunRecord(id, now, Resumed: false);
    }

    public async Task<StoredRun?> LoadRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var runs = await SqliteQuery.ListAsync(connection, "SELECT id, inputs_json, started_at, finished_at FROM runs WHERE id = @id",
            r => new StoredRun(
                r.GetString(0),
                JsonSerializer.Deserialize(r.GetString(1), StorageJson.Default.IReadOnlyListString) ?? [],
                DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture),
                r.IsDBNull(3) ? null : DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture)),
            cancellationToken, null, ("id", runId));
        return runs.Count == 0 ? null : runs[0];
    }

    public async Task<bool> HasClaimsAsync(string articleId, string extractorVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM articles WHERE id = @articleId AND extractor_version = @extractorVersion",
            new { articleId, extractorVersion }) > 0;
    }

    public Task SaveArticleAsync(string runId, Article article, IReadOnlyList<Claim> claims, string extractorVersion, CancellationToken cancellationToken = default) =>
        SaveAsync(runId, article, claims, null, extractorVersion, cancellationToken);

    public Task SaveArticleAsync(string runId, Article article, IReadOnlyList<Claim> claims, IReadOnlyList<Statement> statements, string extractorVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return SaveAsync(runId, article, claims, statements, extractorVersion, cancellationToken);
    }

    /// <param name="statements">Null: the article's statements are left as they are.</param>
    private async Task SaveAsync(string runId, Article article, IReadOnlyList<Claim> claims, IReadOnlyList<Statement>? statements, string extractorVersion, CancellationToken cancellationToken)
    {
        if (statements is not null)
        {
            CheckOwner(article.Id, statements);
        }
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PreparedInsert.RunAsync(connection, UpsertArticleSql, ArticleRow.Columns, [ArticleRow.Values(article, extractorVersion)], cancellationToken);
        await connection.ExecuteAsync("DELETE FROM claims WHERE article_id = @Id", new { article.Id }, transaction);
        // One command run once per claim: prepared once per article, not once per claim.
        await PreparedInsert.RunAsync(connection, InsertClaimSql, ClaimRow.Columns, claims.Select(c => ClaimRow.From(c).Values()), cancellationToken);
        if (statements is not null)
        {
            await ReplaceStatementsAsync(connection, transaction, article.Id, statements);
        }
        await LinkAsync(connection, transaction, runId, article.Id, article.Source);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IFactBatch> BeginBatchAsync(string runId, CancellationToken cancellationToken = default) =>
        await SqliteFactBatch.BeginAsync(await OpenAsync(cancellationToken), runId, _time, cancellationToken);

    public async Task LinkArticleAsync(string runId, string articleId, string source, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await LinkAsync(connection, null, runId, articleId, source);
    }

    private async Task LinkAsync(SqliteConnection connection, System.Data.Common.DbTransaction? transaction, string runId, string articleId, string source)
    {
        await connection.ExecuteAsync(LinkSql, new { runId, articleId, source }, transaction);
        // Every link is a read of the source (a 304 too): its version history learns of it.
        var version = ArticleVersionTables.Values(source, articleId, _time.GetUtcNow());
        await PreparedInsert.RunAsync(connection, ArticleVersionTables.TouchSql, ArticleVersionTables.Columns, [version], CancellationToken.None);
        await PreparedInsert.RunAsync(connection, ArticleVersionTables.AddSql, ArticleVersionTables.Columns, [version], CancellationToken.None);
    }

    public async Task RecordProblemAsync(string runId, InputProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        await using var connection = await OpenAsync(cancellationToken);
        await PreparedInsert.RunAsync(connection, ProblemSql, ProblemColumns, [ProblemValues(runId, problem)], cancellationToken);
    }

    public async Task<IReadOnlyList<Article>> LoadRunArticlesAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ArticleRow>(
            """
            SELECT a.id, ra.source, a.title, a.language, a.published_at, a.paragraphs_json, a.metadata_json
            FROM run_articles ra JOIN articles a ON a.id = ra.article_id
            WHERE ra.run_id = @runId ORDER BY ra.source
            """,
            new { runId });
        return rows.Select(r => r.ToArticle()).ToArray();
    }

    public async Task<Article?> LoadArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ArticleRow>(
            "SELECT id, source, title, language, published_at, paragraphs_json, metadata_json FROM articles WHERE id = @articleId",
            new { articleId });
        return rows.Select(r => r.ToArticle()).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Claim>> LoadClaimsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        return await ReadInChunksAsync(articleIds, ReadClaimsAsync, cancellationToken);
    }

    /// <summary>
    /// <paramref name="read"/> of the ids, <see cref="IdsPerQuery"/> at a time, the chunks read on every core, each on a
    /// connection of its own (readers share a WAL database), and kept in chunk order: the same list as one connection
    /// reading them one after the other.
    /// </summary>
    private async Task<T[]> ReadInChunksAsync<T>(
        IEnumerable<string> ids, Func<SqliteConnection, string[], CancellationToken, Task<T[]>> read, CancellationToken cancellationToken)
    {
        var chunks = ids.Chunk(IdsPerQuery).ToArray();
        var loaded = new T[chunks.Length][];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, chunks.Length),
            new ParallelOptions { CancellationToken = cancellationToken },
            async (k, token) =>
            {
                await using var connection = await OpenAsync(token);
                loaded[k] = await read(connection, chunks[k], token);
            });
        return [.. loaded.SelectMany(chunk => chunk)];
    }

    public (IReadOnlyList<Article> Articles, IReadOnlyList<Claim> Claims) InLoadOrder(IReadOnlyList<SavedArticle> saved) => LoadOrder(saved);

    /// <summary>
    /// <see cref="IFactStore.InLoadOrder"/> of a store that orders sources in UTF-8 byte order and reads claims
    /// <see cref="IdsPerQuery"/> articles at a time, each query by article id, position and insertion (the PostgreSQL
    /// store does the same).
    /// </summary>
    internal static (IReadOnlyList<Article> Articles, IReadOnlyList<Claim> Claims) LoadOrder(IReadOnlyList<SavedArticle> saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        // LoadRunArticlesAsync's ORDER BY source, in SQLite's BINARY collation: UTF-8 bytes, that is code points.
        var bySource = saved.OrderBy(s => s.Article.Source, Utf8Order.Instance).ToArray();
        var claims = new List<Claim>(saved.Sum(s => s.Claims.Count));
        // LoadClaimsAsync reads the ids in chunks, each ORDER BY article_id, value_start, rowid; a saved article's
        // claims were inserted in list order (rowid ascending), and a second claim with the same id was not inserted.
        foreach (var chunk in bySource.Chunk(IdsPerQuery))
        {
            foreach (var article in chunk.OrderBy(s => s.Article.Id, Utf8Order.Instance))
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                claims.AddRange(article.Claims.Where(c => ids.Add(c.Id)).OrderBy(c => c.Value.Start));
            }
        }
        return (bySource.Select(s => s.Article).ToArray(), claims);
    }

    /// <summary>
    /// Ids as one JSON array parameter, read back by <c>json_each</c>: one parameter however many ids (Dapper's
    /// <c>IN @list</c> expansion is reflection, which the generated Dapper.AOT calls do not do).
    /// </summary>
    private static string IdList(string[] ids) => JsonSerializer.Serialize(ids, StorageJson.Default.StringArray);

    /// <summary>How many ids one query names (<see cref="ReadInChunksAsync"/>); for claims it makes part of their order.</summary>
    internal const int IdsPerQuery = 500;

    /// <summary>The claims of <paramref name="articleIds"/>, read by column position (no per-row mapping by name).</summary>
    private static async Task<Claim[]> ReadClaimsAsync(SqliteConnection connection, string[] articleIds, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var names = new string[articleIds.Length];
        for (var i = 0; i < articleIds.Length; i++)
        {
            names[i] = "@a" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], articleIds[i]);
        }
        command.CommandText = $"SELECT {ClaimRow.SelectList} FROM claims WHERE article_id IN ({string.Join(", ", names)}) ORDER BY article_id, value_start, rowid";
        var claims = new List<Claim>();
        var parsed = new ClaimRow.ParsedJson();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claims.Add(ClaimRow.Read(reader).ToClaim(parsed));
        }
        return [.. claims];
    }

    public async Task SaveStatementsAsync(string articleId, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        CheckOwner(articleId, statements);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ReplaceStatementsAsync(connection, transaction, articleId, statements);
        await transaction.CommitAsync(cancellationToken);
    }

    internal static void CheckOwner(string articleId, IReadOnlyList<Statement> statements)
    {
        if (statements.FirstOrDefault(s => !string.Equals(s.ArticleId, articleId, StringComparison.Ordinal)) is { } stray)
        {
            throw new ArgumentException($"Statement {stray.Id} belongs to article {stray.ArticleId}, not {articleId}.", nameof(statements));
        }
    }

    internal static async Task ReplaceStatementsAsync(SqliteConnection connection, System.Data.Common.DbTransaction transaction, string articleId, IReadOnlyList<Statement> statements)
    {
        await connection.ExecuteAsync(DeleteStatementsSql, new { articleId }, transaction);
        await InsertStatementsAsync(connection, transaction, statements);
    }

    internal const string DeleteStatementsSql = "DELETE FROM statements WHERE article_id = @articleId";

    internal static async Task InsertStatementsAsync(SqliteConnection connection, System.Data.Common.DbTransaction transaction, IReadOnlyList<Statement> statements)
    {
        foreach (var s in statements)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO statements (id, article_id, quote, quote_start, subject, predicate, object, time_scope, prompt_version)
                VALUES (@Id, @ArticleId, @Quote, @QuoteStart, @Subject, @Predicate, @Object, @TimeScope, @PromptVersion)
                ON CONFLICT (id) DO NOTHING
                """,
                s,
                transaction);
        }
    }

    public async Task<IReadOnlyList<Statement>> LoadStatementsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        await using var connection = await OpenAsync(cancellationToken);
        var statements = new List<Statement>();
        foreach (var chunk in articleIds.Chunk(500))
        {
            var rows = await connection.QueryAsync<StatementRow>(
                """
                SELECT id, article_id, quote, quote_start, subject, predicate, object AS object_text, time_scope, prompt_version
                FROM statements WHERE article_id IN (SELECT value FROM json_each(@ids)) ORDER BY article_id, quote_start, id
                """,
                new { ids = IdList(chunk) });
            statements.AddRange(rows.Select(r => r.ToStatement()));
        }
        return statements;
    }

    public async Task<IReadOnlyList<InputProblem>> LoadProblemsAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteQuery.ListAsync(
            connection, "SELECT source, reason, gone FROM run_problems WHERE run_id = @runId ORDER BY source",
            r => new InputProblem(r.GetString(0), r.GetString(1)) { Gone = r.GetInt64(2) != 0 }, cancellationToken, null, ("runId", runId));
    }

    public async Task CompleteRunAsync(string runId, IReadOnlyList<Finding> findings, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM run_findings WHERE run_id = @runId", new { runId }, transaction);
        // One command per statement, run once per finding: prepared once, not per row. The rows only read their
        // finding, so they are made on every core first.
        var rows = findings.AsParallel().AsOrdered().Select(f => new object?[]
        {
            f.Id, f.Severity.ToString(), f.Reason.ToString(), f.Topic, f.Concept, JsonSerializer.Serialize(f.ClaimIds, StorageJson.Default.IReadOnlyListString),
            f.DifferencePercent.ToString(CultureInfo.InvariantCulture), f.Explanation.En, f.Explanation.Ko,
        }).ToArray();
        await PreparedInsert.RunAsync(
            connection,
            """
            INSERT INTO findings (id, severity, reason, topic, concept, claim_ids_json, difference_percent, explanation_en, explanation_ko)
            VALUES (@Id, @Severity, @Reason, @Topic, @Concept, @ClaimIds, @Difference, @En, @Ko)
            ON CONFLICT (id) DO UPDATE SET severity = excluded.severity, reason = excluded.reason, topic = excluded.topic,
                concept = excluded.concept, claim_ids_json = excluded.claim_ids_json,
                difference_percent = excluded.difference_percent, explanation_en = excluded.explanation_en,
                explanation_ko = excluded.explanation_ko
            """,
            ["Id", "Severity", "Reason", "Topic", "Concept", "ClaimIds", "Difference", "En", "Ko"],
            rows,
            cancellationToken);
        await PreparedInsert.RunAsync(
            connection,
            "INSERT INTO run_findings (run_id, finding_id) VALUES (@runId, @Id) ON CONFLICT DO NOTHING",
            ["runId", "Id"],
            findings.Select(f => new object?[] { runId, f.Id }),
            cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE runs SET finished_at = @now WHERE id = @runId",
            new { runId, now = now.ToString("O", CultureInfo.InvariantCulture) },
            transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Finding>> LoadFindingsAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FindingRow>(
            $"""
            SELECT {FindingRow.SelectList}
            FROM run_findings r JOIN findings f ON f.id = r.finding_id
            WHERE r.run_id = @runId
            ORDER BY f.id
            """,
            new { runId });
        return rows.Select(r => r.ToFinding()).ToArray();
    }

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return new StoreCounts(
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM runs"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM claims"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM findings"));
    }

    public async Task<string?> FindDocumentArticleAsync(string documentKey, string extractorVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(
            """
            SELECT d.article_id FROM documents d JOIN articles a ON a.id = d.article_id
            WHERE d.key = @documentKey AND a.extractor_version = @extractorVersion
            """,
            new { documentKey, extractorVersion });
    }

    public async Task<StoredKeys> LoadStoredKeysAsync(string extractorVersion, CancellationToken cancellationToken = default)
    {
        var keys = new StoredKeys(new KeyFingerprints(), new KeyFingerprints());
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles WHERE extractor_version = @version";
        command.Parameters.AddWithValue("@version", extractorVersion);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Articles.Add(reader.GetString(0));
            }
        }
        command.CommandText = "SELECT d.key FROM documents d JOIN articles a ON a.id = d.article_id WHERE a.extractor_version = @version";
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Documents.Add(reader.GetString(0));
            }
        }
        return keys;
    }

    public async Task<long> EstimateArticlesAsync(CancellationToken cancellationToken = default)
    {
        // The largest rowid: an index lookup, never fewer than the rows (rowids of deleted rows are not reused below it).
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>("SELECT MAX(rowid) FROM articles") ?? 0;
    }

    public async Task RememberDocumentsAsync(IReadOnlyCollection<DocumentArticle> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await PreparedInsert.RunAsync(
            connection,
            "INSERT INTO documents (key, article_id) VALUES (@key, @articleId) ON CONFLICT (key) DO UPDATE SET article_id = excluded.article_id",
            ["key", "articleId"],
            documents.Select(d => new object?[] { d.DocumentKey, d.ArticleId }),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Finding>?> LoadCheckedFindingsAsync(string checkKey, CancellationToken cancellationToken = default)
    {
        byte[]? json;
        await using (var connection = await OpenAsync(cancellationToken))
        {
            json = await connection.ExecuteScalarAsync<byte[]?>("SELECT findings_json FROM check_results WHERE key = @checkKey", new { checkKey });
        }
        if (json is null)
        {
            return null;
        }
        var references = CheckedFindingsJson.Deserialize(json);
        var stored = await LoadFindingsByIdAsync(references.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken);
        var findings = new Finding[references.Length];
        for (var k = 0; k < references.Length; k++)
        {
            // A finding gone, or changed by a later run since: the cache no longer holds what this check found.
            if (!stored.TryGetValue(references[k].Id, out var finding) || CheckedFindingsJson.Digest(finding) != references[k].Digest)
            {
                return null;
            }
            findings[k] = finding with { MatchedBy = references[k].MatchedBy };
        }
        return findings;
    }

    /// <summary>The stored findings of these ids, read in chunks on every core (<see cref="ReadInChunksAsync"/>).</summary>
    private async Task<Dictionary<string, Finding>> LoadFindingsByIdAsync(string[] ids, CancellationToken cancellationToken) =>
        (await ReadInChunksAsync(ids, async (connection, chunk, _) =>
        {
            var rows = await connection.QueryAsync<FindingRow>(
                $"SELECT {FindingRow.SelectList} FROM findings f WHERE f.id IN (SELECT value FROM json_each(@ids))",
                new { ids = IdList(chunk) });
            return rows.Select(r => r.ToFinding()).ToArray();
        }, cancellationToken)).ToDictionary(f => f.Id, StringComparer.Ordinal);

    public async Task SaveCheckedFindingsAsync(string checkKey, IReadOnlyList<Finding> findings, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var json = CheckedFindingsJson.Serialize(findings);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Deleted and inserted, not updated: the newest row has the highest rowid, whatever the clock says.
        await connection.ExecuteAsync("DELETE FROM check_results WHERE key = @checkKey", new { checkKey }, transaction);
        // Positional: the JSON is UTF-8 bytes, a blob, which Dapper.AOT (1.1.0) would expand as a list of values.
        await PreparedInsert.RunAsync(
            connection,
            "INSERT INTO check_results (key, findings_json, saved_at) VALUES (@checkKey, @json, @savedAt)",
            ["checkKey", "json", "savedAt"],
            [[checkKey, json, now.ToString("O", CultureInfo.InvariantCulture)]],
            cancellationToken);
        // A cache, not a history: a few input sets reused in turn stay, the database does not grow with every run.
        await connection.ExecuteAsync(
            "DELETE FROM check_results WHERE rowid NOT IN (SELECT rowid FROM check_results ORDER BY rowid DESC LIMIT @KeptCheckResults)",
            new { KeptCheckResults },
            transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>How many cross-checks' findings are kept for reuse (<see cref="SaveCheckedFindingsAsync"/>).</summary>
    internal const int KeptCheckResults = 8;

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        SqliteDatabase.OpenAsync(DatabasePath, _connectionString, cancellationToken);

    internal const string InsertClaimSql = """
        INSERT INTO claims (id, article_id, quote, quote_start, value_start, value_length, value_text, kind, amount, low, high,
            hedge, unit, step, concept, subject_json, metric_json, year, language, extractors, canonical_json, about_json)
        VALUES (@id, @article_id, @quote, @quote_start, @value_start, @value_length, @value_text, @kind, @amount, @low, @high,
            @hedge, @unit, @step, @concept, @subject_json, @metric_json, @year, @language, @extractors, @canonical_json, @about_json)
        ON CONFLICT (id) DO NOTHING
        """;

    // The first source an article was seen under is kept; later runs record theirs in run_articles.
    internal const string UpsertArticleSql = """
        INSERT INTO articles (id, source, title, language, published_at, paragraphs_json, metadata_json, extractor_version)
        VALUES (@id, @source, @title, @language, @published_at, @paragraphs_json, @metadata_json, @extractorVersion)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, language = excluded.language,
            published_at = excluded.published_at, metadata_json = excluded.metadata_json,
            extractor_version = excluded.extractor_version
        """;

    internal const string LinkSql =
        "INSERT INTO run_articles (run_id, article_id, source) VALUES (@runId, @articleId, @source) ON CONFLICT DO UPDATE SET source = excluded.source";

    internal const string ProblemSql =
        "INSERT INTO run_problems (run_id, source, reason, gone) VALUES (@runId, @Source, @Reason, @Gone) ON CONFLICT DO UPDATE SET reason = excluded.reason, gone = excluded.gone";

    internal static readonly IReadOnlyList<string> ProblemColumns = ["runId", "Source", "Reason", "Gone"];

    internal static object?[] ProblemValues(string runId, InputProblem problem) => [runId, problem.Source, problem.Reason, problem.Gone ? 1L : 0L];

    /// <summary>A run of the same inputs that never finished (the one a new run resumes).</summary>
    internal sealed record UnfinishedRun(string Id, string StartedAt);
}
