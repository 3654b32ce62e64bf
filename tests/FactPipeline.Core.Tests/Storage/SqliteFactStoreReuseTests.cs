using Dapper;
using FactPipeline.Core.Model;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Shouldly;

namespace FactPipeline.Core.Tests.Storage;

/// <summary>What a rerun reuses from the store: the article a document became, and a cross-check's findings.</summary>
public sealed class SqliteFactStoreReuseTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly SqliteFactStore _store;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public SqliteFactStoreReuseTests()
    {
        _store = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") }));
    }

    public void Dispose() => _temp.Dispose();

    private static Article Article(string id) => new()
    {
        Id = id,
        Source = $"inbox/{id}.txt",
        Title = "Pelabuhan baru",
        Language = "id",
        Paragraphs = FactPipeline.Core.Model.Article.Layout(["Pelabuhan Teluk Sarang menampung 340 kapal per bulan."]),
    };

    /// <summary>The findings stored by a run (as a run stores them) and then remembered under the key.</summary>
    private async Task StoreAndSaveCheckedAsync(string key, IReadOnlyList<Finding> findings)
    {
        var run = await _store.StartRunAsync([key], Now, Ct);
        await _store.CompleteRunAsync(run.Id, findings, Now, Ct);
        await _store.SaveCheckedFindingsAsync(key, findings, Now, Ct);
    }

    private static Finding Finding(string id, Severity severity, decimal difference, string? matchedBy = null) => new()
    {
        Id = id,
        Severity = severity,
        Reason = severity == Severity.Conflict ? VerdictReason.Disjoint : VerdictReason.Rounding,
        Topic = "ships (per month)",
        Concept = id == "f2" ? null : "ships",
        ClaimIds = [$"{id}-c1", $"{id}-c2", $"{id}-c3"],
        DifferencePercent = difference,
        Explanation = new LocalizedText($"Explained {id}.", $"{id} 설명."),
        MatchedBy = matchedBy,
    };

    [Fact]
    public async Task FindDocumentArticle_RememberedDocument_ReturnsItsArticleOnlyForTheClaimsVersionStored()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["inbox"], Now, Ct);
        await _store.SaveArticleAsync(run.Id, Article("a1"), [], "rules-9:abc", Ct);

        await _store.RememberDocumentsAsync([new DocumentArticle("doc-key-1", "a1")], Ct);

        (await _store.FindDocumentArticleAsync("doc-key-1", "rules-9:abc", Ct)).ShouldBe("a1");
        (await _store.FindDocumentArticleAsync("doc-key-1", "rules-10:def", Ct)).ShouldBeNull();
        (await _store.FindDocumentArticleAsync("doc-key-2", "rules-9:abc", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task RememberDocuments_SameKeyAgain_PointsAtTheLatestArticle()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["inbox"], Now, Ct);
        await _store.SaveArticleAsync(run.Id, Article("a1"), [], "v1", Ct);
        await _store.SaveArticleAsync(run.Id, Article("a2"), [], "v1", Ct);

        await _store.RememberDocumentsAsync([new DocumentArticle("doc", "a1")], Ct);
        await _store.RememberDocumentsAsync([new DocumentArticle("doc", "a2")], Ct);

        (await _store.FindDocumentArticleAsync("doc", "v1", Ct)).ShouldBe("a2");
    }

    [Fact]
    public async Task LoadStoredKeys_TwoVersions_HasExactlyTheVersionsArticlesAndTheirDocuments()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["inbox"], Now, Ct);
        await _store.SaveArticleAsync(run.Id, Article("v1-a"), [], "v1", Ct);
        await _store.SaveArticleAsync(run.Id, Article("v1-b"), [], "v1", Ct);
        await _store.SaveArticleAsync(run.Id, Article("v2-a"), [], "v2", Ct);
        await _store.RememberDocumentsAsync(
            [new DocumentArticle("doc-v1-a", "v1-a"), new DocumentArticle("doc-v1-a-again", "v1-a"), new DocumentArticle("doc-v2-a", "v2-a")], Ct);

        var keys = await _store.LoadStoredKeysAsync("v1", Ct);

        keys.Articles.Count.ShouldBe(2);
        keys.Articles.MayContain("v1-a").ShouldBeTrue();
        keys.Articles.MayContain("v1-b").ShouldBeTrue();
        keys.Articles.MayContain("v2-a").ShouldBeFalse();
        keys.Documents.Count.ShouldBe(2);
        keys.Documents.MayContain("doc-v1-a").ShouldBeTrue();
        keys.Documents.MayContain("doc-v1-a-again").ShouldBeTrue();
        keys.Documents.MayContain("doc-v2-a").ShouldBeFalse();
    }

    [Fact]
    public async Task LoadStoredKeys_ArticleStoredAgainByAnotherVersion_BelongsOnlyToTheNewVersion()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["inbox"], Now, Ct);
        await _store.SaveArticleAsync(run.Id, Article("a1"), [], "v1", Ct);
        await _store.RememberDocumentsAsync([new DocumentArticle("doc", "a1")], Ct);

        await _store.SaveArticleAsync(run.Id, Article("a1"), [], "v2", Ct);

        // What HasClaims and FindDocumentArticle answer for each version, the keys hold.
        var (v1, v2) = (await _store.LoadStoredKeysAsync("v1", Ct), await _store.LoadStoredKeysAsync("v2", Ct));
        (v1.Articles.Count, v1.Documents.Count).ShouldBe((0, 0));
        v2.Articles.MayContain("a1").ShouldBeTrue();
        v2.Documents.MayContain("doc").ShouldBeTrue();
        (await _store.HasClaimsAsync("a1", "v1", Ct)).ShouldBeFalse();
        (await _store.FindDocumentArticleAsync("doc", "v2", Ct)).ShouldBe("a1");
    }

    [Fact]
    public async Task LoadStoredKeys_UnknownVersion_IsEmpty()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["inbox"], Now, Ct);
        await _store.SaveArticleAsync(run.Id, Article("a1"), [], "v1", Ct);
        await _store.RememberDocumentsAsync([new DocumentArticle("doc", "a1")], Ct);

        var keys = await _store.LoadStoredKeysAsync("v9", Ct);

        (keys.Articles.Count, keys.Documents.Count).ShouldBe((0, 0));
    }

    [Fact]
    public async Task EstimateArticles_EmptyStore_IsZero()
    {
        await _store.InitializeAsync(Ct);

        (await _store.EstimateArticlesAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task EstimateArticles_StoredArticlesOfEveryVersion_IsAtLeastTheirNumber()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["inbox"], Now, Ct);
        for (var i = 0; i < 70; i++)
        {
            await _store.SaveArticleAsync(run.Id, Article($"a{i:D2}"), [], i % 2 == 0 ? "v1" : "v2", Ct);
        }
        // Stored again: an upsert, not another article.
        await _store.SaveArticleAsync(run.Id, Article("a00"), [], "v2", Ct);

        var estimate = await _store.EstimateArticlesAsync(Ct);

        (await _store.CountAsync(Ct)).Articles.ShouldBe(70);
        estimate.ShouldBeGreaterThanOrEqualTo(70);
    }

    [Fact]
    public async Task SaveCheckedFindings_ThenLoad_GivesEveryFieldBackInTheSavedOrder()
    {
        await _store.InitializeAsync(Ct);
        // Not in id order, a difference with a trailing zero (its scale is part of the report), and a judge's note.
        Finding[] findings =
        [
            Finding("f3", Severity.Minor, 12.50m),
            Finding("f1", Severity.Conflict, 233.3m, matchedBy: "llm:MatchClaims@0a1b2c3d: both count ships a month"),
            Finding("f2", Severity.Consistent, 0m),
        ];

        await StoreAndSaveCheckedAsync("check-1", findings);
        var loaded = (await _store.LoadCheckedFindingsAsync("check-1", Ct)).ShouldNotBeNull();

        loaded.Select(f => f.Id).ShouldBe(["f3", "f1", "f2"]);
        for (var k = 0; k < findings.Length; k++)
        {
            var (expected, actual) = (findings[k], loaded[k]);
            actual.ClaimIds.ShouldBe(expected.ClaimIds);
            (actual with { ClaimIds = expected.ClaimIds }).ShouldBe(expected);
        }
        loaded[0].DifferencePercent.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("12.50");
    }

    [Fact]
    public async Task LoadCheckedFindings_UnknownKey_ReturnsNull()
    {
        await _store.InitializeAsync(Ct);
        await StoreAndSaveCheckedAsync("check-1", [Finding("f1", Severity.Minor, 1m)]);

        (await _store.LoadCheckedFindingsAsync("check-2", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task LoadCheckedFindings_FindingStoredDifferentlySince_ReturnsNull()
    {
        await _store.InitializeAsync(Ct);
        await StoreAndSaveCheckedAsync("check-1", [Finding("f1", Severity.Minor, 1m), Finding("f2", Severity.Minor, 2m)]);
        // A later run over other inputs stores another reading of f2 (same claims, another severity).
        var later = await _store.StartRunAsync(["other"], Now, Ct);
        await _store.CompleteRunAsync(later.Id, [Finding("f2", Severity.Conflict, 2m)], Now, Ct);

        (await _store.LoadCheckedFindingsAsync("check-1", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task LoadCheckedFindings_FindingNeverStored_ReturnsNull()
    {
        await _store.InitializeAsync(Ct);
        await StoreAndSaveCheckedAsync("check-1", [Finding("f1", Severity.Minor, 1m)]);
        await _store.SaveCheckedFindingsAsync("check-2", [Finding("f1", Severity.Minor, 1m), Finding("f7", Severity.Minor, 7m)], Now, Ct);

        (await _store.LoadCheckedFindingsAsync("check-2", Ct)).ShouldBeNull();
        (await _store.LoadCheckedFindingsAsync("check-1", Ct)).ShouldNotBeNull().ShouldHaveSingleItem().Id.ShouldBe("f1");
    }

    [Fact]
    public async Task SaveCheckedFindings_ManyFindings_SavesReferencesNotCopies()
    {
        await _store.InitializeAsync(Ct);
        var findings = Enumerable.Range(0, 2_000).Select(k => Finding($"f{k}", Severity.Minor, k) with
        {
            Explanation = new LocalizedText(new string('e', 400), new string('k', 200)),
        }).ToArray();

        await StoreAndSaveCheckedAsync("check-1", findings);

        await using var connection = new SqliteConnection($"Data Source={_temp.File("facts.db")};Pooling=False");
        await connection.OpenAsync(Ct);
        var saved = await connection.ExecuteScalarAsync<long>("SELECT length(findings_json) FROM check_results WHERE key = 'check-1'");
        // Ids and digests only: far less than the 1.2 MB of explanations the findings table holds.
        saved.ShouldBeLessThan(2_000 * 60);
        (await _store.LoadCheckedFindingsAsync("check-1", Ct)).ShouldNotBeNull().Select(f => f.Explanation.En.Length).Distinct().ShouldBe([400]);
    }

    [Fact]
    public async Task SaveCheckedFindings_ManyKeys_KeepsOnlyTheNewestFew()
    {
        await _store.InitializeAsync(Ct);
        var keys = Enumerable.Range(0, SqliteFactStore.KeptCheckResults + 3).Select(k => $"check-{k}").ToArray();
        // The same instant for all (a fake clock): the order they were saved in still decides which stay.
        foreach (var key in keys)
        {
            await StoreAndSaveCheckedAsync(key, [Finding("f1", Severity.Minor, 1m)]);
        }
        // Saving an old key again makes it the newest.
        await StoreAndSaveCheckedAsync(keys[3], [Finding("f9", Severity.Conflict, 2m)]);

        var kept = new List<string>();
        foreach (var key in keys)
        {
            if (await _store.LoadCheckedFindingsAsync(key, Ct) is not null)
            {
                kept.Add(key);
            }
        }
        kept.ShouldBe([keys[3], .. keys[^(SqliteFactStore.KeptCheckResults - 1)..]]);
        (await _store.LoadCheckedFindingsAsync(keys[3], Ct)).ShouldNotBeNull().ShouldHaveSingleItem().Id.ShouldBe("f9");
    }

    [Fact]
    public async Task Initialize_VersionFourDatabase_MigratesToSixAndKeepsArticles()
    {
        var path = _temp.File("v4.db");
        var old = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = path }));
        await old.InitializeAsync(Ct);
        var run = await old.StartRunAsync(["inbox"], Now, Ct);
        await old.SaveArticleAsync(run.Id, Article("a1"), [], "v1", Ct);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            // What a version 4 database is: no documents, no check results.
            await connection.ExecuteAsync("DROP TABLE documents; DROP TABLE check_results; UPDATE schema_info SET version = 4;");
        }
        SqliteConnection.ClearAllPools();
        var store = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = path }));

        await store.InitializeAsync(Ct);

        (await store.LoadArticleAsync("a1", Ct)).ShouldNotBeNull().Title.ShouldBe("Pelabuhan baru");
        await store.RememberDocumentsAsync([new DocumentArticle("doc", "a1")], Ct);
        (await store.FindDocumentArticleAsync("doc", "v1", Ct)).ShouldBe("a1");
        var later = await store.StartRunAsync(["check"], Now, Ct);
        await store.CompleteRunAsync(later.Id, [Finding("f1", Severity.Minor, 1m)], Now, Ct);
        await store.SaveCheckedFindingsAsync("check", [Finding("f1", Severity.Minor, 1m)], Now, Ct);
        (await store.LoadCheckedFindingsAsync("check", Ct)).ShouldNotBeNull().ShouldHaveSingleItem();
        await using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        await check.OpenAsync(Ct);
        (await check.ExecuteScalarAsync<long>("SELECT version FROM schema_info")).ShouldBe(6);
    }

    [Fact]
    public async Task Initialize_VersionFiveDatabase_DropsCachedCopiesOfFindings()
    {
        var path = _temp.File("v5.db");
        var old = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = path }));
        await old.InitializeAsync(Ct);
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            // A version 5 cache entry: the findings themselves, copied whole.
            await connection.ExecuteAsync(
                "INSERT INTO check_results (key, findings_json, saved_at) VALUES ('check', CAST('[{\"Id\":\"f1\"}]' AS BLOB), 'then'); UPDATE schema_info SET version = 5;");
        }
        SqliteConnection.ClearAllPools();
        var store = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = path }));

        await store.InitializeAsync(Ct);

        (await store.LoadCheckedFindingsAsync("check", Ct)).ShouldBeNull();
        await using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        await check.OpenAsync(Ct);
        (await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM check_results")).ShouldBe(0);
        (await check.ExecuteScalarAsync<long>("SELECT version FROM schema_info")).ShouldBe(6);
    }

    [Fact]
    public async Task LoadCheckedFindings_SameFindingStoredAgainWithAnotherConceptAndClaimOrder_GivesTheNewReading()
    {
        await _store.InitializeAsync(Ct);
        await StoreAndSaveCheckedAsync("check-1", [Finding("f1", Severity.Minor, 1m)]);
        // A rules update names the measure anew; the claims come in another order: the finding's id is the same.
        var again = Finding("f1", Severity.Minor, 1m) with { Concept = "revenue", ClaimIds = ["f1-c3", "f1-c1", "f1-c2"] };

        await StoreAndSaveCheckedAsync("check-2", [again]);

        var loaded = (await _store.LoadCheckedFindingsAsync("check-2", Ct)).ShouldNotBeNull().ShouldHaveSingleItem();
        loaded.Concept.ShouldBe("revenue");
        loaded.ClaimIds.ShouldBe(["f1-c3", "f1-c1", "f1-c2"]);
        (await _store.LoadCheckedFindingsAsync("check-1", Ct)).ShouldBeNull();
    }
}
