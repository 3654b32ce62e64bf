using Dapper;
using FactPipeline.Core.Model;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Storage;

/// <summary>Schema v3: claims' canonical phrasing and the statements table, and the v2 → v3 migration.</summary>
public sealed class SqliteFactStoreCanonicalTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    private SqliteFactStore Store(string name = "facts.db") =>
        new(Options.Create(new StorageOptions { DatabasePath = _temp.File(name) }));

    private static Article Article(string id) => new()
    {
        Id = id,
        Source = $"samples/{id}.txt",
        Language = "id",
        Paragraphs = FactPipeline.Core.Model.Article.Layout(["Kementerian memilih lima tim.", "Anggaran naik menjadi 10,1 triliun won."]),
    };

    private static Statement Statement(string articleId, string id, int start = 0) => new()
    {
        Id = id,
        ArticleId = articleId,
        Quote = "Kementerian memilih lima tim.",
        QuoteStart = start,
        Subject = "the Ministry",
        Predicate = "selected",
        Object = "five teams",
        TimeScope = null,
        PromptVersion = "p1",
    };

    [Fact]
    public async Task SaveArticle_ClaimWithCanonicalPhrasing_RoundTripsItAndExtractors()
    {
        var store = Store();
        await store.InitializeAsync(Ct);
        var run = await store.StartRunAsync(["x"], Now, Ct);
        var canonical = new CanonicalPhrasing("South Korea's government", "AI budget", "2026", "p1");
        var withLlm = ClaimBuilder.Money("a1", 10_100_000_000_000m, "KRW") with { ArticleId = "a1", Canonical = canonical, Extractors = ["rules", "llm"] };
        var offline = ClaimBuilder.Money("a1", 5m, "KRW") with { ArticleId = "a1" };

        await store.SaveArticleAsync(run.Id, Article("a1"), [withLlm, offline], "v1", Ct);
        var loaded = (await store.LoadClaimsAsync(["a1"], Ct)).ToDictionary(c => c.Id);

        loaded[withLlm.Id].Canonical.ShouldBe(canonical);
        loaded[withLlm.Id].Extractors.ShouldBe(["rules", "llm"]);
        loaded[offline.Id].Canonical.ShouldBeNull();
        loaded[offline.Id].Extractors.ShouldBe(["rules"]);
    }

    [Fact]
    public async Task SaveStatements_ThenLoad_RoundTripsAndReplacesPerArticle()
    {
        var store = Store();
        await store.InitializeAsync(Ct);
        var run = await store.StartRunAsync(["x"], Now, Ct);
        await store.SaveArticleAsync(run.Id, Article("a1"), [], "v1", Ct);
        await store.SaveArticleAsync(run.Id, Article("a2"), [], "v1", Ct);

        await store.SaveStatementsAsync("a1", [Statement("a1", "s1"), Statement("a1", "s2", 5)], Ct);
        await store.SaveStatementsAsync("a2", [Statement("a2", "s3")], Ct);
        await store.SaveStatementsAsync("a1", [Statement("a1", "s4")], Ct);

        var loaded = await store.LoadStatementsAsync(["a1", "a2"], Ct);
        loaded.Select(s => s.Id).ShouldBe(["s4", "s3"]);
        loaded[0].ShouldBe(Statement("a1", "s4"));

        await store.SaveStatementsAsync("a1", [], Ct);
        (await store.LoadStatementsAsync(["a1"], Ct)).ShouldBeEmpty();
        (await store.LoadStatementsAsync(["a2"], Ct)).ShouldHaveSingleItem().Id.ShouldBe("s3");
    }

    [Fact]
    public async Task SaveArticle_WithStatements_ReplacesThemInTheSameStepAndLeavesOtherArticles()
    {
        var store = Store();
        await store.InitializeAsync(Ct);
        var run = await store.StartRunAsync(["x"], Now, Ct);
        await store.SaveArticleAsync(run.Id, Article("a1"), [], [Statement("a1", "s1"), Statement("a1", "s2", 5)], "v1", Ct);
        await store.SaveArticleAsync(run.Id, Article("a2"), [], [Statement("a2", "s3")], "v1", Ct);

        await store.SaveArticleAsync(run.Id, Article("a1"), [], [Statement("a1", "s4")], "v1", Ct);
        (await store.LoadStatementsAsync(["a1", "a2"], Ct)).Select(s => s.Id).ShouldBe(["s4", "s3"]);

        await store.SaveArticleAsync(run.Id, Article("a1"), [], [], "v1", Ct);
        (await store.LoadStatementsAsync(["a1", "a2"], Ct)).Select(s => s.Id).ShouldBe(["s3"]);

        // Without statements, the stored ones are left as they are.
        await store.SaveArticleAsync(run.Id, Article("a2"), [], "v1", Ct);
        (await store.LoadStatementsAsync(["a2"], Ct)).Select(s => s.Id).ShouldBe(["s3"]);
    }

    [Fact]
    public async Task SaveArticle_WithStatementsOfAnotherArticle_IsRefusedAndStoresNothing()
    {
        var store = Store();
        await store.InitializeAsync(Ct);
        var run = await store.StartRunAsync(["x"], Now, Ct);

        await Should.ThrowAsync<ArgumentException>(() => store.SaveArticleAsync(run.Id, Article("a1"), [], [Statement("a2", "s1")], "v1", Ct));
        (await store.HasClaimsAsync("a1", "v1", Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task SaveStatements_OfAnotherArticle_IsRefused()
    {
        var store = Store();
        await store.InitializeAsync(Ct);

        await Should.ThrowAsync<ArgumentException>(() => store.SaveStatementsAsync("a1", [Statement("a2", "s1")], Ct));
    }

    [Fact]
    public async Task Initialize_VersionTwoDatabase_AddsCanonicalColumnAndStatementsAndKeepsClaims()
    {
        var path = _temp.File("v2.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync(Ct);
            await connection.ExecuteAsync("""
                CREATE TABLE schema_info (version INTEGER NOT NULL); INSERT INTO schema_info VALUES (2);
                CREATE TABLE articles (id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NULL, language TEXT NOT NULL,
                    published_at TEXT NULL, paragraphs_json TEXT NOT NULL, metadata_json TEXT NULL, extractor_version TEXT NULL);
                INSERT INTO articles VALUES ('old', 'old.txt', 'Old', 'id', NULL, '["Anggaran 5 triliun won."]', NULL, 'v0');
                CREATE TABLE claims (id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), quote TEXT NOT NULL,
                    quote_start INTEGER NOT NULL, value_start INTEGER NOT NULL, value_length INTEGER NOT NULL, value_text TEXT NOT NULL,
                    kind TEXT NOT NULL, amount TEXT NOT NULL, low TEXT NULL, high TEXT NULL, hedge TEXT NOT NULL, unit TEXT NOT NULL,
                    step TEXT NOT NULL, concept TEXT NULL, subject_json TEXT NOT NULL, metric_json TEXT NOT NULL, year INTEGER NULL,
                    language TEXT NOT NULL, extractors TEXT NOT NULL);
                INSERT INTO claims VALUES ('c-old', 'old', 'Anggaran 5 triliun won.', 0, 9, 13, '5 triliun won', 'Money', '5000000000000',
                    '5000000000000', '5000000000000', 'None', 'KRW', '1000000000000', 'budget', '[]', '["anggaran"]', NULL, 'id', 'rules');
                """);
        }
        var store = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = path }));

        await store.InitializeAsync(Ct);

        var old = (await store.LoadClaimsAsync(["old"], Ct)).ShouldHaveSingleItem();
        old.Value.Amount.ShouldBe(5_000_000_000_000m);
        old.Canonical.ShouldBeNull();
        await store.SaveStatementsAsync("old", [Statement("old", "s1")], Ct);
        (await store.LoadStatementsAsync(["old"], Ct)).ShouldHaveSingleItem();
        await using var check = new SqliteConnection($"Data Source={path}");
        await check.OpenAsync(Ct);
        (await check.ExecuteScalarAsync<long>("SELECT version FROM schema_info")).ShouldBe(SqliteSchema.Version);

        // Initializing again is a no-op.
        await store.InitializeAsync(Ct);
        (await store.LoadClaimsAsync(["old"], Ct)).ShouldHaveSingleItem();
    }
}
