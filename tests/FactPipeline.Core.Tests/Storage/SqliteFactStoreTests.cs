using FactPipeline.Core.Model;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Shouldly;

namespace FactPipeline.Core.Tests.Storage;

public sealed class SqliteFactStoreTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly SqliteFactStore _store;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public SqliteFactStoreTests()
    {
        _store = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") }));
    }

    public void Dispose() => _temp.Dispose();

    private static Article Article(string id) => new()
    {
        Id = id,
        Source = $"samples/{id}.txt",
        Title = "Judul",
        Language = "id",
        PublishedAt = new DateOnly(2026, 1, 5),
        Paragraphs = FactPipeline.Core.Model.Article.Layout(["Anggaran naik menjadi 10,1 triliun won.", "Paragraf kedua."]),
    };

    [Fact]
    public async Task SaveArticle_ThenLoad_RoundTripsExactDecimalsAndHedges()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["samples"], Now, Ct);
        var claim = ClaimBuilder.Money("a1", 10_100_000_000_000m, "KRW", step: 100_000_000_000m, hedge: Hedge.Above, year: 2027) with { ArticleId = "a1" };

        await _store.SaveArticleAsync(run.Id, Article("a1"), [claim], "v1", Ct);
        var loaded = (await _store.LoadClaimsAsync(["a1"], Ct)).ShouldHaveSingleItem();

        loaded.Value.Amount.ShouldBe(10_100_000_000_000m);
        loaded.Value.Step.ShouldBe(100_000_000_000m);
        loaded.Value.Hedge.ShouldBe(Hedge.Above);
        loaded.Value.High.ShouldBeNull();
        loaded.Year.ShouldBe(2027);
        loaded.Subject.ShouldBe(claim.Subject);
        (await _store.LoadRunArticlesAsync(run.Id, Ct)).ShouldHaveSingleItem().PublishedAt.ShouldBe(new DateOnly(2026, 1, 5));
    }

    [Fact]
    public async Task LoadClaims_OverAThousandArticlesInIdOrder_ReturnsEveryClaimByArticleThenPosition()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["samples"], Now, Ct);
        var ids = Enumerable.Range(0, 1_200).Select(i => $"a{i:D4}").ToArray();
        var saved = new List<Claim>();
        foreach (var id in ids)
        {
            // Saved later position first, so the order comes from the load, not from insertion.
            var later = ClaimBuilder.Count(id, 12m, "employees") with { Value = ClaimBuilder.Count(id, 12m, "employees").Value with { Start = 40 } };
            var earlier = ClaimBuilder.Count(id, 7m, "employees");
            await _store.SaveArticleAsync(run.Id, Article(id), [later, earlier], "v1", Ct);
            saved.AddRange([earlier, later]);
        }

        var loaded = await _store.LoadClaimsAsync(ids, Ct);

        loaded.Select(c => c.Id).ShouldBe(saved.Select(c => c.Id));
    }

    [Fact]
    public async Task SaveArticle_ThenLoad_RoundTripsSubjectScopeAndWhole()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["samples"], Now, Ct);
        var scope = new ClaimScope { Basis = ScopeBasis.Remaining, Rate = ScopeRate.PerMonth, SpanYears = 3, IsPart = true, SubPeriod = 6 };
        var claim = ClaimBuilder.Count("a1", 30m, "employees", subjectId: "name:sinar jaya", source: SubjectSource.Context, scope: scope, whole: 50m)
            with { SubjectName = "PT Sinar Jaya" };

        await _store.SaveArticleAsync(run.Id, Article("a1"), [claim], "v1", Ct);
        var loaded = (await _store.LoadClaimsAsync(["a1"], Ct)).ShouldHaveSingleItem();

        loaded.SubjectId.ShouldBe("name:sinar jaya");
        loaded.SubjectName.ShouldBe("PT Sinar Jaya");
        loaded.SubjectSource.ShouldBe(SubjectSource.Context);
        loaded.Scope.ShouldBe(scope);
        loaded.Value.Whole.ShouldBe(50m);
    }

    [Fact]
    public async Task SaveArticle_FacilitySubject_LoadsAsFacility()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["samples"], Now, Ct);
        var airport = ClaimBuilder.Count("a1", 3_100_000m, "passengers", subjectId: "name:noi bai", source: SubjectSource.Sentence)
            with { SubjectIsFacility = true };
        var airline = ClaimBuilder.Count("a1", 1_900_000m, "passengers", subjectId: "name:vietjet", source: SubjectSource.Sentence) with { Id = "c-airline" };

        await _store.SaveArticleAsync(run.Id, Article("a1"), [airport, airline], "v1", Ct);
        var loaded = (await _store.LoadClaimsAsync(["a1"], Ct)).ToDictionary(c => c.Id);

        // The cross-check's facility rules read it: a run's claims come back from the store, not from the extractor.
        loaded[airport.Id].SubjectIsFacility.ShouldBeTrue();
        loaded["c-airline"].SubjectIsFacility.ShouldBeFalse();
    }

    [Fact]
    public async Task SaveArticle_ClaimWithoutSubjectOrScope_LoadsUnspecified()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["samples"], Now, Ct);
        var claim = ClaimBuilder.Money("a1", 5m, "IDR", subject: []);

        await _store.SaveArticleAsync(run.Id, Article("a1"), [claim], "v1", Ct);
        var loaded = (await _store.LoadClaimsAsync(["a1"], Ct)).ShouldHaveSingleItem();

        loaded.SubjectId.ShouldBeNull();
        loaded.SubjectName.ShouldBeNull();
        loaded.SubjectSource.ShouldBe(SubjectSource.None);
        loaded.Scope.ShouldBe(ClaimScope.Unspecified);
        loaded.Value.Whole.ShouldBeNull();
    }

    [Fact]
    public async Task Initialize_VersionThreeDatabase_MigratesToTheCurrentVersionAndKeepsClaims()
    {
        var path = _temp.File("v3.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE schema_info (version INTEGER NOT NULL); INSERT INTO schema_info VALUES (3);
                CREATE TABLE articles (id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NULL, language TEXT NOT NULL,
                    published_at TEXT NULL, paragraphs_json TEXT NOT NULL, metadata_json TEXT NULL, extractor_version TEXT NULL);
                INSERT INTO articles VALUES ('old', 'old.txt', 'Old', 'id', NULL, '["Anggaran 5 triliun rupiah."]', NULL, 'v0');
                CREATE TABLE claims (id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), quote TEXT NOT NULL,
                    quote_start INTEGER NOT NULL, value_start INTEGER NOT NULL, value_length INTEGER NOT NULL, value_text TEXT NOT NULL,
                    kind TEXT NOT NULL, amount TEXT NOT NULL, low TEXT NULL, high TEXT NULL, hedge TEXT NOT NULL, unit TEXT NOT NULL,
                    step TEXT NOT NULL, concept TEXT NULL, subject_json TEXT NOT NULL, metric_json TEXT NOT NULL, year INTEGER NULL,
                    language TEXT NOT NULL, extractors TEXT NOT NULL, canonical_json TEXT NULL);
                INSERT INTO claims VALUES ('c-old', 'old', 'Anggaran 5 triliun rupiah.', 0, 9, 17, '5 triliun rupiah', 'Money', '5000000000000',
                    '5000000000000', '5000000000000', 'None', 'IDR', '1000000000000', 'budget', '[]', '["anggaran"]', 2025, 'id', 'rules', NULL);
                CREATE TABLE statements (id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), quote TEXT NOT NULL,
                    quote_start INTEGER NOT NULL, subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NULL, time_scope TEXT NULL,
                    prompt_version TEXT NOT NULL);
                """;
            await command.ExecuteNonQueryAsync(Ct);
        }
        var store = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = path }));

        await store.InitializeAsync(Ct);

        var old = (await store.LoadClaimsAsync(["old"], Ct)).ShouldHaveSingleItem();
        old.Id.ShouldBe("c-old");
        old.Value.Amount.ShouldBe(5_000_000_000_000m);
        old.Year.ShouldBe(2025);
        old.SubjectId.ShouldBeNull();
        old.SubjectSource.ShouldBe(SubjectSource.None);
        old.Scope.ShouldBe(ClaimScope.Unspecified);
        old.Value.Whole.ShouldBeNull();
        old.SubjectIsFacility.ShouldBeFalse();
        await using (var check = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await check.OpenAsync(Ct);
            await using var version = check.CreateCommand();
            version.CommandText = "SELECT version FROM schema_info";
            ((long)(await version.ExecuteScalarAsync(Ct))!).ShouldBe(SqliteSchema.Version);
        }

        // New claims with subject and scope can be stored beside the old row.
        var run = await store.StartRunAsync(["x"], Now, Ct);
        var fresh = ClaimBuilder.Money("new", 7m, "IDR", subjectId: "name:sinar jaya", scope: new ClaimScope { Basis = ScopeBasis.Additional });
        await store.SaveArticleAsync(run.Id, Article("new"), [fresh], "v1", Ct);
        (await store.LoadClaimsAsync(["new"], Ct)).ShouldHaveSingleItem().Scope.Basis.ShouldBe(ScopeBasis.Additional);
        (await store.LoadClaimsAsync(["old"], Ct)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task SaveArticle_WithPageMetadata_RoundTripsIt()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["x"], Now, Ct);
        var article = Article("a1") with
        {
            Author = "Margareth", SiteName = "Portal", CanonicalUrl = "https://portal.example/a1", ModifiedAt = new DateOnly(2026, 1, 6),
        };

        await _store.SaveArticleAsync(run.Id, article, [], "v1", Ct);
        var loaded = (await _store.LoadArticleAsync("a1", Ct)).ShouldNotBeNull();

        loaded.Author.ShouldBe("Margareth");
        loaded.SiteName.ShouldBe("Portal");
        loaded.CanonicalUrl.ShouldBe("https://portal.example/a1");
        loaded.ModifiedAt.ShouldBe(new DateOnly(2026, 1, 6));
    }

    [Fact]
    public async Task Initialize_VersionOneDatabase_AddsMetadataColumnAndKeepsArticles()
    {
        var path = _temp.File("v1.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE schema_info (version INTEGER NOT NULL); INSERT INTO schema_info VALUES (1);
                CREATE TABLE articles (id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NULL, language TEXT NOT NULL,
                    published_at TEXT NULL, paragraphs_json TEXT NOT NULL, extractor_version TEXT NULL);
                INSERT INTO articles VALUES ('old', 'old.txt', 'Old', 'id', NULL, '["Teks lama."]', 'v0');
                """;
            await command.ExecuteNonQueryAsync(Ct);
        }
        var store = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = path }));

        await store.InitializeAsync(Ct);

        var old = (await store.LoadArticleAsync("old", Ct)).ShouldNotBeNull();
        old.Text.ShouldBe("Teks lama.");
        old.Author.ShouldBeNull();
    }

    [Fact]
    public async Task SaveArticle_Twice_StoresNoDuplicates()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["samples"], Now, Ct);
        var claim = ClaimBuilder.Money("a1", 1m, "KRW") with { ArticleId = "a1" };

        await _store.SaveArticleAsync(run.Id, Article("a1"), [claim], "v1", Ct);
        await _store.SaveArticleAsync(run.Id, Article("a1"), [claim], "v1", Ct);

        var counts = await _store.CountAsync(Ct);
        counts.Articles.ShouldBe(1);
        counts.Claims.ShouldBe(1);
        (await _store.HasClaimsAsync("a1", "v1", Ct)).ShouldBeTrue();
        (await _store.HasClaimsAsync("a1", "v2", Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task StartRun_AfterUnfinishedRunOnSameInputs_ResumesIt()
    {
        await _store.InitializeAsync(Ct);
        var first = await _store.StartRunAsync(["samples"], Now, Ct);

        var second = await _store.StartRunAsync(["samples"], Now.AddMinutes(5), Ct);

        second.Id.ShouldBe(first.Id);
        second.Resumed.ShouldBeTrue();
    }

    [Fact]
    public async Task StartRun_AfterFinishedRun_StartsANewOne()
    {
        await _store.InitializeAsync(Ct);
        var first = await _store.StartRunAsync(["samples"], Now, Ct);
        await _store.CompleteRunAsync(first.Id, [], Now, Ct);

        var second = await _store.StartRunAsync(["samples"], Now.AddMinutes(5), Ct);

        second.Id.ShouldNotBe(first.Id);
        second.Resumed.ShouldBeFalse();
    }

    [Fact]
    public async Task CompleteRun_SameFindingTwice_IsStoredOnce()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["x"], Now, Ct);
        var finding = new Finding
        {
            Id = "f1", Severity = Severity.Minor, Reason = VerdictReason.Rounding, Topic = "budget (KRW)", ClaimIds = ["c1", "c2"],
            DifferencePercent = 1m, Explanation = new LocalizedText("en", "ko"),
        };

        await _store.CompleteRunAsync(run.Id, [finding], Now, Ct);
        var again = await _store.StartRunAsync(["x"], Now.AddMinutes(1), Ct);
        await _store.CompleteRunAsync(again.Id, [finding], Now, Ct);

        var counts = await _store.CountAsync(Ct);
        counts.Findings.ShouldBe(1);
        counts.Runs.ShouldBe(2);
    }

    [Fact]
    public async Task LoadFindings_EverySeverityIncludingPossible_RoundTrips()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["x"], Now, Ct);
        var findings = Enum.GetValues<Severity>().Select((severity, i) => new Finding
        {
            Id = $"f{i}", Severity = severity, Reason = VerdictReason.Disjoint, Topic = "employees", Concept = i % 2 == 0 ? "employees" : null,
            ClaimIds = new[] { $"c{i}a", $"c{i}b" }, DifferencePercent = 8.333m + i, Explanation = new LocalizedText($"en {severity}", $"ko {severity}"),
        }).ToArray();

        await _store.CompleteRunAsync(run.Id, findings, Now, Ct);
        var loaded = await _store.LoadFindingsAsync(run.Id, Ct);

        loaded.Select(f => f.Severity).ShouldBe(Enum.GetValues<Severity>());
        loaded.ShouldContain(f => f.Severity == Severity.Possible);
        loaded.ShouldBeEquivalentTo(findings);
    }

    [Fact]
    public async Task LoadFindings_OtherRun_IsEmpty()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["x"], Now, Ct);
        await _store.CompleteRunAsync(run.Id, [new Finding
        {
            Id = "f1", Severity = Severity.Possible, Reason = VerdictReason.Equal, Topic = "students", ClaimIds = ["c1", "c2"],
        }], Now, Ct);
        var other = await _store.StartRunAsync(["y"], Now, Ct);

        (await _store.LoadFindingsAsync(other.Id, Ct)).ShouldBeEmpty();
        (await _store.LoadFindingsAsync(run.Id, Ct)).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Possible);
    }

    [Fact]
    public async Task RecordProblem_IsListedForItsRun()
    {
        await _store.InitializeAsync(Ct);
        var run = await _store.StartRunAsync(["x"], Now, Ct);

        await _store.RecordProblemAsync(run.Id, new InputProblem("missing.txt", "not found"), Ct);

        (await _store.LoadProblemsAsync(run.Id, Ct)).ShouldBe([new InputProblem("missing.txt", "not found")]);
    }

    [Fact]
    public async Task Initialize_DatabaseInDirectoryThatIsAFile_FailsNamingThePath()
    {
        var blocker = _temp.File("blocker");
        await File.WriteAllTextAsync(blocker, "not a directory", Ct);
        var store = new SqliteFactStore(Options.Create(new StorageOptions { DatabasePath = Path.Combine(blocker, "facts.db") }));

        var error = await Should.ThrowAsync<Exception>(() => store.InitializeAsync(Ct));

        error.Message.ShouldContain("blocker");
    }
}
