using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Storage.Contracts;

/// <summary><see cref="IFactStore"/>'s behaviour, the same on every provider (the sealed classes below run it on each).</summary>
public abstract class FactStoreContract(IStoreBackend backend) : StoreContract(backend)
{
    private static Article Article(string id, string? source = null) => new()
    {
        Id = id,
        Source = source ?? $"samples/{id}.txt",
        Title = "국방 예산",
        Language = "ko",
        PublishedAt = new DateOnly(2026, 1, 5),
        ModifiedAt = new DateOnly(2026, 1, 6),
        Author = "김기자",
        SiteName = "Example Daily",
        CanonicalUrl = $"https://news.example/{id}",
        Paragraphs = FactPipeline.Core.Model.Article.Layout(["국방 예산은 10.10조 원으로 늘었다.", "Paragraf kedua."]),
    };

    /// <summary>Everything a claim holds, as text (decimals with their scale): equal only when every field is.</summary>
    private static string Exactly(object value) => JsonSerializer.Serialize(value, value.GetType());

    private static Finding Finding(string id, Severity severity, decimal difference, params string[] claimIds) => new()
    {
        Id = id,
        Severity = severity,
        Reason = VerdictReason.Disjoint,
        Topic = "budget (KRW)",
        Concept = "budget",
        ClaimIds = claimIds.Length == 0 ? ["c-" + id] : claimIds,
        DifferencePercent = difference,
        Explanation = new LocalizedText("They differ.", "서로 다르다."),
    };

    [Fact]
    public async Task SaveArticle_ThenLoad_GivesArticleAndClaimsBackExactly()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);
        var scope = new ClaimScope { Basis = ScopeBasis.Remaining, Rate = ScopeRate.PerMonth, SpanYears = 3, IsPart = true, SubPeriod = 6 };
        var money = ClaimBuilder.Money("a1", 10.10m, "KRW", step: 0.01m, hedge: Hedge.Above, year: 2027) with
        {
            SubjectName = "국방부", Canonical = new CanonicalPhrasing("Ministry of National Defense", "budget", "2027", "p1"), Extractors = ["rules", "llm"],
        };
        var count = ClaimBuilder.Count("a1", 30m, "employees", subjectId: "name:sinar jaya", source: SubjectSource.Context, scope: scope, whole: 50m);

        await s.Facts.SaveArticleAsync(run.Id, Article("a1"), [money, count], "v1", Ct);
        var reopened = await OpenAsync();
        var claims = await reopened.Facts.LoadClaimsAsync(["a1"], Ct);

        Exactly((await reopened.Facts.LoadArticleAsync("a1", Ct)).ShouldNotBeNull()).ShouldBe(Exactly(Article("a1")));
        claims.Select(Exactly).ShouldBe(new[] { money, count }.OrderBy(c => c.Value.Start).Select(Exactly));
        claims.Single(c => c.Id == money.Id).Value.Amount.ToString(CultureInfo.InvariantCulture).ShouldBe("10.10");
        (await reopened.Facts.HasClaimsAsync("a1", "v1", Ct)).ShouldBeTrue();
        (await reopened.Facts.HasClaimsAsync("a1", "v2", Ct)).ShouldBeFalse();
        (await reopened.Facts.LoadArticleAsync("missing", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task SaveArticle_SameArticleTwice_StoresItOnce()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);
        var claims = new[] { ClaimBuilder.Count("a1", 7m, "employees"), ClaimBuilder.Count("a1", 9m, "ships") };

        await s.Facts.SaveArticleAsync(run.Id, Article("a1"), claims, "v1", Ct);
        await s.Facts.SaveArticleAsync(run.Id, Article("a1"), claims, "v1", Ct);

        (await s.Facts.CountAsync(Ct)).ShouldBe(new StoreCounts(Runs: 1, Articles: 1, Claims: 2, Findings: 0));
        (await s.Facts.LoadRunArticlesAsync(run.Id, Ct)).ShouldHaveSingleItem().Id.ShouldBe("a1");
    }

    [Fact]
    public async Task SaveArticle_AgainWithFewerClaims_ReplacesTheClaimsAndKeepsTheFirstSource()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);
        var kept = ClaimBuilder.Count("a1", 7m, "employees");
        await s.Facts.SaveArticleAsync(run.Id, Article("a1", "first.txt"), [kept, ClaimBuilder.Count("a1", 9m, "ships")], "v1", Ct);

        await s.Facts.SaveArticleAsync(run.Id, Article("a1", "second.txt") with { Title = "New title" }, [kept], "v2", Ct);

        (await s.Facts.LoadClaimsAsync(["a1"], Ct)).Select(c => c.Id).ShouldBe([kept.Id]);
        var stored = (await s.Facts.LoadArticleAsync("a1", Ct)).ShouldNotBeNull();
        (stored.Source, stored.Title).ShouldBe(("first.txt", "New title"));
        (await s.Facts.LoadRunArticlesAsync(run.Id, Ct)).ShouldHaveSingleItem().Source.ShouldBe("second.txt");
        (await s.Facts.HasClaimsAsync("a1", "v2", Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task StartRun_UnfinishedRunOnSameInputs_ResumesIt()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var first = await s.Facts.StartRunAsync(["a.txt", "b.txt"], Now, Ct);

        var again = await (await OpenAsync()).Facts.StartRunAsync(["a.txt", "b.txt"], Now.AddHours(1), Ct);
        var other = await s.Facts.StartRunAsync(["c.txt"], Now.AddHours(1), Ct);

        first.Resumed.ShouldBeFalse();
        again.ShouldBe(new RunRecord(first.Id, Now, Resumed: true));
        other.Resumed.ShouldBeFalse();
        other.Id.ShouldNotBe(first.Id);
    }

    [Fact]
    public async Task StartRun_AfterTheRunCompleted_StartsANewOne()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var first = await s.Facts.StartRunAsync(["a.txt"], Now, Ct);
        await s.Facts.CompleteRunAsync(first.Id, [], Now.AddMinutes(1), Ct);

        var second = await s.Facts.StartRunAsync(["a.txt"], Now.AddHours(1), Ct);

        second.Resumed.ShouldBeFalse();
        second.Id.ShouldNotBe(first.Id);
        (await s.Facts.CountAsync(Ct)).Runs.ShouldBe(2);
    }

    [Fact]
    public async Task LoadRunArticles_SourcesInEveryScript_ComeInUtf8ByteOrderAsInLoadOrderSays()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["mixed"], Now, Ct);
        // Upper before lower case, Hangul before the private use area, an emoji (a surrogate pair) last: code point order.
        string[] sources = ["b.txt", "\uE000.txt", "가.txt", "A.txt", "\U0001F600.txt", "a.txt"];
        var saved = new List<SavedArticle>();
        for (var k = 0; k < sources.Length; k++)
        {
            var id = $"id{sources.Length - k}"; // ids in another order than their sources
            Claim[] claims = [ClaimBuilder.Count(id, k, "ships") with { Value = ClaimBuilder.Count(id, k, "ships").Value with { Start = 40 - k } }, ClaimBuilder.Count(id, 1m, "ships")];
            await s.Facts.SaveArticleAsync(run.Id, Article(id, sources[k]), claims, "v1", Ct);
            saved.Add(new SavedArticle(Article(id, sources[k]), claims));
        }

        var articles = await s.Facts.LoadRunArticlesAsync(run.Id, Ct);
        var claimsLoaded = await s.Facts.LoadClaimsAsync([.. articles.Select(a => a.Id)], Ct);
        var expected = s.Facts.InLoadOrder(saved);

        articles.Select(a => a.Source).ShouldBe(["A.txt", "a.txt", "b.txt", "가.txt", "\uE000.txt", "\U0001F600.txt"]);
        articles.Select(Exactly).ShouldBe(expected.Articles.Select(Exactly));
        claimsLoaded.Select(c => c.Id).ShouldBe(expected.Claims.Select(c => c.Id));
    }

    [Fact]
    public async Task LinkArticle_StoredArticleInANewRun_ListsItUnderTheNewSource()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var first = await s.Facts.StartRunAsync(["one"], Now, Ct);
        await s.Facts.SaveArticleAsync(first.Id, Article("a1", "one/a.txt"), [], "v1", Ct);
        var second = await s.Facts.StartRunAsync(["two"], Now, Ct);

        await s.Facts.LinkArticleAsync(second.Id, "a1", "two/a.txt", Ct);

        (await s.Facts.LoadRunArticlesAsync(second.Id, Ct)).ShouldHaveSingleItem().Source.ShouldBe("two/a.txt");
        (await s.Facts.LoadRunArticlesAsync(first.Id, Ct)).ShouldHaveSingleItem().Source.ShouldBe("one/a.txt");
    }

    [Fact]
    public async Task SaveStatements_ReplacedThenCleared_LoadsByArticleAndPosition()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);
        Statement Statement(string id, string article, int start) => new()
        {
            Id = id, ArticleId = article, Quote = "국방부가 발표했다", QuoteStart = start, Subject = "Ministry", Predicate = "announced",
            Object = start % 2 == 0 ? null : "a plan", TimeScope = "2026", PromptVersion = "p1",
        };
        await s.Facts.SaveArticleAsync(run.Id, Article("b"), [], [Statement("s1", "b", 9)], "v1", Ct);
        await s.Facts.SaveArticleAsync(run.Id, Article("a"), [], [Statement("s2", "a", 30), Statement("s3", "a", 4)], "v1", Ct);

        await s.Facts.SaveStatementsAsync("b", [Statement("s4", "b", 2), Statement("s5", "b", 1)], Ct);
        var loaded = await s.Facts.LoadStatementsAsync(["a", "b"], Ct);
        await s.Facts.SaveStatementsAsync("a", [], Ct);

        loaded.Select(x => x.Id).ShouldBe(["s3", "s2", "s5", "s4"]);
        Exactly(loaded[0]).ShouldBe(Exactly(Statement("s3", "a", 4)));
        (await s.Facts.LoadStatementsAsync(["a", "b"], Ct)).Select(x => x.Id).ShouldBe(["s5", "s4"]);
        await Should.ThrowAsync<ArgumentException>(() => s.Facts.SaveStatementsAsync("a", [Statement("s6", "b", 1)], Ct));
    }

    [Fact]
    public async Task CompleteRun_SameFindingTwice_KeepsOneRowWithTheLatestReading()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);
        await s.Facts.CompleteRunAsync(run.Id, [Finding("f2", Severity.Minor, 3m), Finding("f1", Severity.Conflict, 12.50m)], Now, Ct);
        var next = await s.Facts.StartRunAsync(["samples"], Now.AddHours(1), Ct);

        await s.Facts.CompleteRunAsync(next.Id, [Finding("f1", Severity.Minor, 7.0m) with { MatchedBy = "llm:x" }], Now.AddHours(1), Ct);

        (await s.Facts.CountAsync(Ct)).Findings.ShouldBe(2);
        var first = await s.Facts.LoadFindingsAsync(run.Id, Ct);
        first.Select(f => f.Id).ShouldBe(["f1", "f2"]);
        first[0].ShouldBe(Finding("f1", Severity.Minor, 7.0m) with { ClaimIds = first[0].ClaimIds });
        first[0].DifferencePercent.ToString(CultureInfo.InvariantCulture).ShouldBe("7.0");
        (await s.Facts.LoadFindingsAsync(next.Id, Ct)).ShouldHaveSingleItem().MatchedBy.ShouldBeNull();
        (await s.Facts.LoadFindingsAsync("no-such-run", Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task RecordProblem_SameSourceAgain_KeepsTheLatestReasonInSourceOrder()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);

        await s.Facts.RecordProblemAsync(run.Id, new InputProblem("b.txt", "unreadable"), Ct);
        await s.Facts.RecordProblemAsync(run.Id, new InputProblem("a.txt", "empty"), Ct);
        await s.Facts.RecordProblemAsync(run.Id, new InputProblem("b.txt", "too large"), Ct);

        (await s.Facts.LoadProblemsAsync(run.Id, Ct)).ShouldBe([new InputProblem("a.txt", "empty"), new InputProblem("b.txt", "too large")]);
    }

    [Fact]
    public async Task Batch_Committed_StoresEveryArticleLinkAndProblem()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);
        var earlier = await s.Facts.StartRunAsync(["earlier"], Now, Ct);
        await s.Facts.SaveArticleAsync(earlier.Id, Article("old"), [], "v1", Ct);

        await using (var batch = await s.Facts.BeginBatchAsync(run.Id, Ct))
        {
            await batch.SaveArticleAsync(Article("a1"), [ClaimBuilder.Count("a1", 3m, "ships")], [], "v1", Ct);
            await batch.SaveArticleAsync(Article("a1"), [ClaimBuilder.Count("a1", 4m, "ships")], [], "v1", Ct);
            await batch.LinkArticleAsync("old", "samples/old-again.txt", Ct);
            await batch.RecordProblemAsync(new InputProblem("bad.txt", "unreadable"), Ct);
            await batch.CommitAsync(Ct);
        }

        (await s.Facts.LoadRunArticlesAsync(run.Id, Ct)).Select(a => (a.Id, a.Source)).ShouldBe([("a1", "samples/a1.txt"), ("old", "samples/old-again.txt")]);
        (await s.Facts.LoadClaimsAsync(["a1"], Ct)).ShouldHaveSingleItem().Value.Amount.ShouldBe(4m);
        (await s.Facts.LoadProblemsAsync(run.Id, Ct)).ShouldHaveSingleItem().Source.ShouldBe("bad.txt");
    }

    [Fact]
    public async Task Batch_DisposedWithoutCommit_LeavesNothing()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);

        await using (var batch = await s.Facts.BeginBatchAsync(run.Id, Ct))
        {
            await batch.SaveArticleAsync(Article("a1"), [ClaimBuilder.Count("a1", 3m, "ships")], [], "v1", Ct);
        }

        (await s.Facts.CountAsync(Ct)).ShouldBe(new StoreCounts(Runs: 1, Articles: 0, Claims: 0, Findings: 0));
        (await s.Facts.LoadRunArticlesAsync(run.Id, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task RememberDocuments_ThenFind_AnswersOnlyForTheClaimsVersionStored()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);
        await s.Facts.SaveArticleAsync(run.Id, Article("a1"), [], "v1", Ct);
        await s.Facts.SaveArticleAsync(run.Id, Article("a2"), [], "v2", Ct);

        await s.Facts.RememberDocumentsAsync([new DocumentArticle("doc-1", "a2"), new DocumentArticle("doc-2", "a2")], Ct);
        await s.Facts.RememberDocumentsAsync([new DocumentArticle("doc-1", "a1")], Ct);
        var keys = await s.Facts.LoadStoredKeysAsync("v1", Ct);

        (await s.Facts.FindDocumentArticleAsync("doc-1", "v1", Ct)).ShouldBe("a1");
        (await s.Facts.FindDocumentArticleAsync("doc-1", "v2", Ct)).ShouldBeNull();
        (await s.Facts.FindDocumentArticleAsync("doc-2", "v2", Ct)).ShouldBe("a2");
        (await s.Facts.FindDocumentArticleAsync("doc-3", "v1", Ct)).ShouldBeNull();
        (keys.Articles.Count, keys.Documents.Count).ShouldBe((1, 1));
        (keys.Articles.MayContain("a1"), keys.Articles.MayContain("a2"), keys.Documents.MayContain("doc-1")).ShouldBe((true, false, true));
        (await s.Facts.EstimateArticlesAsync(Ct)).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task SaveCheckedFindings_ThenLoad_GivesThemInSavedOrderWithTheirMatchers()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);
        Finding[] findings = [Finding("f3", Severity.Minor, 12.50m), Finding("f1", Severity.Conflict, 233.3m) with { MatchedBy = "llm:MatchClaims@0a1b" }, Finding("f2", Severity.Consistent, 0m)];
        await s.Facts.CompleteRunAsync(run.Id, findings, Now, Ct);

        await s.Facts.SaveCheckedFindingsAsync("check-1", findings, Now, Ct);
        var loaded = (await s.Facts.LoadCheckedFindingsAsync("check-1", Ct)).ShouldNotBeNull();

        loaded.Select(Exactly).ShouldBe(findings.Select(Exactly));
        (await s.Facts.LoadCheckedFindingsAsync("check-2", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task LoadCheckedFindings_FindingStoredDifferentlySince_ReturnsNull()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);
        await s.Facts.CompleteRunAsync(run.Id, [Finding("f1", Severity.Minor, 1m)], Now, Ct);
        await s.Facts.SaveCheckedFindingsAsync("check-1", [Finding("f1", Severity.Minor, 1m)], Now, Ct);
        var later = await s.Facts.StartRunAsync(["samples"], Now.AddHours(1), Ct);

        await s.Facts.CompleteRunAsync(later.Id, [Finding("f1", Severity.Conflict, 1m)], Now.AddHours(1), Ct);

        (await s.Facts.LoadCheckedFindingsAsync("check-1", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task SaveCheckedFindings_MoreKeysThanKept_KeepsOnlyTheNewest()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);
        await s.Facts.CompleteRunAsync(run.Id, [Finding("f1", Severity.Minor, 1m)], Now, Ct);
        var keys = Enumerable.Range(0, SqliteFactStore.KeptCheckResults + 2).Select(k => $"check-{k}").ToArray();

        foreach (var key in keys)
        {
            // The clock going backwards does not matter: the last saved is the newest.
            await s.Facts.SaveCheckedFindingsAsync(key, [Finding("f1", Severity.Minor, 1m)], Now.AddMinutes(-keys.Length + Array.IndexOf(keys, key)), Ct);
        }

        (await s.Facts.LoadCheckedFindingsAsync(keys[0], Ct)).ShouldBeNull();
        (await s.Facts.LoadCheckedFindingsAsync(keys[1], Ct)).ShouldBeNull();
        (await s.Facts.LoadCheckedFindingsAsync(keys[2], Ct)).ShouldNotBeNull();
        (await s.Facts.LoadCheckedFindingsAsync(keys[^1], Ct)).ShouldNotBeNull();
    }
}

public sealed class SqliteFactStoreContractTests() : FactStoreContract(new SqliteBackend());

public sealed class PostgresFactStoreContractTests(PostgresContractFixture fixture)
    : FactStoreContract(new PostgresBackend(fixture)), IClassFixture<PostgresContractFixture>;
