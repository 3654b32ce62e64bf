using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Common;
using FactPipeline.Core.Model;
using Npgsql;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary>
/// <see cref="IFactStore"/> in PostgreSQL: the SQLite store's tables and behaviour (the same upserts, run resume,
/// orders), text ordered by <c>COLLATE "C"</c> (UTF-8 byte order, as SQLite's BINARY) whatever the database's collation.
/// </summary>
public sealed class PostgresFactStore(PostgresDatabase database, TimeProvider time) : IFactStore
{
    /// <summary>A store whose version history is stamped by the system clock.</summary>
    public PostgresFactStore(PostgresDatabase database)
        : this(database, TimeProvider.System)
    {
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
    }

    public async Task<RunRecord> StartRunAsync(IReadOnlyList<string> inputs, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var inputsKey = StableId.Of([.. inputs]);
        await using var connection = await database.OpenAsync(cancellationToken);
        var unfinished = (await PostgresQuery.ListAsync(
            connection,
            "SELECT id, started_at FROM runs WHERE inputs_key = @inputsKey AND finished_at IS NULL ORDER BY started_at DESC LIMIT 1",
            r => new RunRecord(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1), Resumed: true), cancellationToken, null, ("inputsKey", inputsKey)))
            .FirstOrDefault();
        if (unfinished is not null)
        {
            return unfinished;
        }
        // Runs are events, not content: two runs in the same instant still get two ids.
        var id = StableId.Of(inputsKey, now.ToString("O", CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"));
        await PostgresQuery.ExecuteAsync(
            connection,
            "INSERT INTO runs (id, inputs_key, inputs_json, started_at) VALUES (@id, @inputsKey, @inputs, @startedAt)",
            cancellationToken, null,
            ("id", id), ("inputsKey", inputsKey), ("inputs", JsonSerializer.Serialize(inputs, StorageJson.Default.IReadOnlyListString)), ("startedAt", now));
        return new RunRecord(id, now, Resumed: false);
    }

    public async Task<StoredRun?> LoadRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var runs = await PostgresQuery.ListAsync(connection, "SELECT id, inputs_json, started_at, finished_at FROM runs WHERE id = @id",
            r => new StoredRun(
                r.GetString(0),
                JsonSerializer.Deserialize(r.GetString(1), StorageJson.Default.IReadOnlyListString) ?? [],
                r.GetFieldValue<DateTimeOffset>(2),
                r.IsDBNull(3) ? null : r.GetFieldValue<DateTimeOffset>(3)),
            cancellationToken, null, ("id", runId));
        return runs.Count == 0 ? null : runs[0];
    }

    public async Task<bool> HasClaimsAsync(string articleId, string extractorVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.LongAsync(
            connection, "SELECT COUNT(*) FROM articles WHERE id = @articleId AND extractor_version = @version", cancellationToken, null,
            ("articleId", articleId), ("version", extractorVersion)) > 0;
    }

    public Task SaveArticleAsync(string runId, Article article, IReadOnlyList<Claim> claims, string extractorVersion, CancellationToken cancellationToken = default) =>
        SaveAsync(runId, article, claims, null, extractorVersion, cancellationToken);

    public Task SaveArticleAsync(string runId, Article article, IReadOnlyList<Claim> claims, IReadOnlyList<Statement> statements, string extractorVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return SaveAsync(runId, article, claims, statements, extractorVersion, cancellationToken);
    }

    private async Task SaveAsync(string runId, Article article, IReadOnlyList<Claim> claims, IReadOnlyList<Statement>? statements, string extractorVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(claims);
        if (statements is not null)
        {
            SqliteFactStore.CheckOwner(article.Id, statements);
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresFactWrites.SaveArticleAsync(connection, transaction, runId, article, claims, statements, extractorVersion, time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IFactBatch> BeginBatchAsync(string runId, CancellationToken cancellationToken = default) =>
        await PostgresFactBatch.BeginAsync(await database.OpenAsync(cancellationToken), runId, time, cancellationToken);

    public async Task LinkArticleAsync(string runId, string articleId, string source, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresFactWrites.LinkAsync(connection, null, runId, articleId, source, time.GetUtcNow(), cancellationToken);
    }

    public async Task RecordProblemAsync(string runId, InputProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(connection, PostgresFactWrites.ProblemSql, cancellationToken, null, PostgresFactWrites.ProblemValues(runId, problem));
    }

    private const string ArticleColumns = "a.id, {0}, a.title, a.language, a.published_at, a.paragraphs_json, a.metadata_json";

    private static Article ReadArticle(NpgsqlDataReader r) => new ArticleRow
    {
        id = r.GetString(0), source = r.GetString(1), title = r.NullableString(2), language = r.GetString(3),
        published_at = r.NullableString(4), paragraphs_json = r.GetString(5), metadata_json = r.NullableString(6),
    }.ToArticle();

    public async Task<Article?> LoadArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await PostgresQuery.ListAsync(
            connection, $"SELECT {string.Format(CultureInfo.InvariantCulture, ArticleColumns, "a.source")} FROM articles a WHERE a.id = @articleId",
            ReadArticle, cancellationToken, null, ("articleId", articleId))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Article>> LoadRunArticlesAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ListAsync(
            connection,
            $"""
            SELECT {string.Format(CultureInfo.InvariantCulture, ArticleColumns, "ra.source")}
            FROM run_articles ra JOIN articles a ON a.id = ra.article_id
            WHERE ra.run_id = @runId ORDER BY ra.source COLLATE "C"
            """,
            ReadArticle, cancellationToken, null, ("runId", runId));
    }

    /// <summary>
    /// In chunks of <see cref="SqliteFactStore.IdsPerQuery"/> ids, each by article id, position and insertion, as the
    /// SQLite store reads them: the same order, so <see cref="InLoadOrder"/> holds for both.
    /// </summary>
    public async Task<IReadOnlyList<Claim>> LoadClaimsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        await using var connection = await database.OpenAsync(cancellationToken);
        var claims = new List<Claim>();
        var parsed = new ClaimRow.ParsedJson();
        foreach (var chunk in articleIds.Chunk(SqliteFactStore.IdsPerQuery))
        {
            claims.AddRange(await PostgresQuery.ListAsync(
                connection,
                $"SELECT {ClaimRow.SelectList} FROM claims WHERE article_id = ANY(@ids) ORDER BY article_id COLLATE \"C\", value_start, seq",
                r => ClaimRow.Read(r).ToClaim(parsed), cancellationToken, null, ("ids", chunk)));
        }
        return claims;
    }

    public (IReadOnlyList<Article> Articles, IReadOnlyList<Claim> Claims) InLoadOrder(IReadOnlyList<SavedArticle> saved) =>
        SqliteFactStore.LoadOrder(saved);

    public async Task SaveStatementsAsync(string articleId, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        SqliteFactStore.CheckOwner(articleId, statements);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            PostgresFactWrites.AddStatements(batch, articleId, statements);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Statement>> LoadStatementsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        await using var connection = await database.OpenAsync(cancellationToken);
        var statements = new List<Statement>();
        foreach (var chunk in articleIds.Chunk(SqliteFactStore.IdsPerQuery))
        {
            statements.AddRange(await PostgresQuery.ListAsync(
                connection,
                """
                SELECT id, article_id, quote, quote_start, subject, predicate, object, time_scope, prompt_version
                FROM statements WHERE article_id = ANY(@ids) ORDER BY article_id COLLATE "C", quote_start, id COLLATE "C"
                """,
                r => new StatementRow
                {
                    id = r.GetString(0), article_id = r.GetString(1), quote = r.GetString(2), quote_start = r.GetInt64(3), subject = r.GetString(4),
                    predicate = r.GetString(5), object_text = r.NullableString(6), time_scope = r.NullableString(7), prompt_version = r.GetString(8),
                }.ToStatement(),
                cancellationToken, null, ("ids", chunk)));
        }
        return statements;
    }

    public async Task<IReadOnlyList<InputProblem>> LoadProblemsAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ListAsync(
            connection, "SELECT source, reason, gone FROM run_problems WHERE run_id = @runId ORDER BY source COLLATE \"C\"",
            r => new InputProblem(r.GetString(0), r.GetString(1)) { Gone = r.GetBoolean(2) }, cancellationToken, null, ("runId", runId));
    }

    public async Task CompleteRunAsync(string runId, IReadOnlyList<Finding> findings, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(connection, "DELETE FROM run_findings WHERE run_id = @runId", cancellationToken, transaction, ("runId", runId));
        var rows = findings.Select(f => new object?[]
        {
            f.Id, f.Severity.ToString(), f.Reason.ToString(), f.Topic, f.Concept, JsonSerializer.Serialize(f.ClaimIds, StorageJson.Default.IReadOnlyListString),
            f.DifferencePercent.ToString(CultureInfo.InvariantCulture), f.Explanation.En, f.Explanation.Ko,
        });
        await PostgresQuery.RunRowsAsync(
            connection, transaction,
            """
            INSERT INTO findings (id, severity, reason, topic, concept, claim_ids_json, difference_percent, explanation_en, explanation_ko)
            VALUES (@Id, @Severity, @Reason, @Topic, @Concept, @ClaimIds, @Difference, @En, @Ko)
            ON CONFLICT (id) DO UPDATE SET severity = excluded.severity, reason = excluded.reason, topic = excluded.topic,
                concept = excluded.concept, claim_ids_json = excluded.claim_ids_json,
                difference_percent = excluded.difference_percent, explanation_en = excluded.explanation_en,
                explanation_ko = excluded.explanation_ko
            """,
            ["Id", "Severity", "Reason", "Topic", "Concept", "ClaimIds", "Difference", "En", "Ko"],
            rows, cancellationToken);
        await PostgresQuery.ExecuteAsync(
            connection, "INSERT INTO run_findings (run_id, finding_id) SELECT @runId, unnest(@ids) ON CONFLICT DO NOTHING", cancellationToken, transaction,
            ("runId", runId), ("ids", findings.Select(f => f.Id).ToArray()));
        await PostgresQuery.ExecuteAsync(
            connection, "UPDATE runs SET finished_at = @now WHERE id = @runId", cancellationToken, transaction, ("runId", runId), ("now", now));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Finding>> LoadFindingsAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ListAsync(
            connection,
            $"""
            SELECT {FindingRow.SelectList} FROM run_findings r JOIN findings f ON f.id = r.finding_id
            WHERE r.run_id = @runId ORDER BY f.id COLLATE "C"
            """,
            ReadFinding, cancellationToken, null, ("runId", runId));
    }

    private static Finding ReadFinding(NpgsqlDataReader r) => new FindingRow
    {
        id = r.GetString(0), severity = r.GetString(1), reason = r.GetString(2), topic = r.GetString(3), concept = r.NullableString(4),
        claim_ids_json = r.GetString(5), difference_percent = r.GetString(6), explanation_en = r.GetString(7), explanation_ko = r.GetString(8),
    }.ToFinding();

    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await PostgresQuery.ListAsync(
            connection,
            "SELECT (SELECT COUNT(*) FROM runs), (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM findings)",
            r => new StoreCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)), cancellationToken)).Single();
    }

    public async Task<string?> FindDocumentArticleAsync(string documentKey, string extractorVersion, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ScalarAsync(
            connection,
            "SELECT d.article_id FROM documents d JOIN articles a ON a.id = d.article_id WHERE d.key = @key AND a.extractor_version = @version",
            cancellationToken, null, ("key", documentKey), ("version", extractorVersion)) as string;
    }

    public async Task<StoredKeys> LoadStoredKeysAsync(string extractorVersion, CancellationToken cancellationToken = default)
    {
        var keys = new StoredKeys(new KeyFingerprints(), new KeyFingerprints());
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var id in await PostgresQuery.ListAsync(
            connection, "SELECT id FROM articles WHERE extractor_version = @version", r => r.GetString(0), cancellationToken, null, ("version", extractorVersion)))
        {
            keys.Articles.Add(id);
        }
        foreach (var key in await PostgresQuery.ListAsync(
            connection, "SELECT d.key FROM documents d JOIN articles a ON a.id = d.article_id WHERE a.extractor_version = @version",
            r => r.GetString(0), cancellationToken, null, ("version", extractorVersion)))
        {
            keys.Documents.Add(key);
        }
        return keys;
    }

    /// <summary>
    /// The largest <c>seq</c>: an index lookup, never fewer than the rows (an identity is never reused, and an upsert
    /// of a stored article only uses up a number).
    /// </summary>
    public async Task<long> EstimateArticlesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.LongAsync(connection, "SELECT MAX(seq) FROM articles", cancellationToken);
    }

    public async Task RememberDocumentsAsync(IReadOnlyCollection<DocumentArticle> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresQuery.RunRowsAsync(
            connection, transaction,
            "INSERT INTO documents (key, article_id) VALUES (@key, @articleId) ON CONFLICT (key) DO UPDATE SET article_id = excluded.article_id",
            ["key", "articleId"],
            documents.Select(d => new object?[] { d.DocumentKey, d.ArticleId }),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Finding>?> LoadCheckedFindingsAsync(string checkKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (await PostgresQuery.ScalarAsync(connection, "SELECT findings_json FROM check_results WHERE key = @key", cancellationToken, null, ("key", checkKey)) is not byte[] json)
        {
            return null;
        }
        var references = CheckedFindingsJson.Deserialize(json);
        var stored = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var chunk in references.Select(r => r.Id).Distinct(StringComparer.Ordinal).Chunk(SqliteFactStore.IdsPerQuery))
        {
            foreach (var finding in await PostgresQuery.ListAsync(
                connection, $"SELECT {FindingRow.SelectList} FROM findings f WHERE f.id = ANY(@ids)", ReadFinding, cancellationToken, null, ("ids", chunk)))
            {
                stored[finding.Id] = finding;
            }
        }
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

    public async Task SaveCheckedFindingsAsync(string checkKey, IReadOnlyList<Finding> findings, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var json = CheckedFindingsJson.Serialize(findings);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Deleted and inserted, not updated: the newest row has the highest seq, whatever the clock says.
        await PostgresQuery.ExecuteAsync(connection, "DELETE FROM check_results WHERE key = @key", cancellationToken, transaction, ("key", checkKey));
        await PostgresQuery.ExecuteAsync(
            connection, "INSERT INTO check_results (key, findings_json, saved_at) VALUES (@key, @json, @savedAt)", cancellationToken, transaction,
            ("key", checkKey), ("json", json), ("savedAt", now));
        // A cache, not a history: only the few newest input sets stay.
        await PostgresQuery.ExecuteAsync(
            connection, "DELETE FROM check_results WHERE seq NOT IN (SELECT seq FROM check_results ORDER BY seq DESC LIMIT @kept)", cancellationToken, transaction,
            ("kept", (long)SqliteFactStore.KeptCheckResults));
        await transaction.CommitAsync(cancellationToken);
    }
}
