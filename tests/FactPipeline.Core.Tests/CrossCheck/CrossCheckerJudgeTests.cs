using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.CrossCheck;

/// <summary>The three-way matching and the async path with a judge (a fake judge; no model).</summary>
public sealed class CrossCheckerJudgeTests
{
    private static readonly CrossChecker Checker = new(Options.Create(new CrossCheckOptions()));
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // One shared metric word out of seven: overlap 1/7 ≈ 0.14, below MinContextOverlap (0.15), above the lower bound.
    private static readonly string[] MetricA = ["anggaran", "program", "riset", "kampus", "negeri", "beasiswa", "dosen"];
    private static readonly string[] MetricB = ["anggaran", "pusat", "data", "server", "cloud", "pemerintah", "lokal"];

    private static (Claim A, Claim B) LowOverlapPair(decimal a, decimal stepA, decimal b, decimal stepB) =>
        (ClaimBuilder.Money("a", a, "KRW", step: stepA, metric: MetricA),
         ClaimBuilder.Money("b", b, "KRW", step: stepB, metric: MetricB));

    [Fact]
    public async Task CheckAsync_JudgeConfirmsPreciseFiguresThatCannotBothHold_IsConflict()
    {
        var (a, b) = LowOverlapPair(10_100_000_000_000m, 100_000_000_000m, 10_400_000_000_000m, 100_000_000_000m);
        Checker.Check([a, b]).ShouldBeEmpty();
        var judge = new FakeJudge(_ => true);

        var finding = (await Checker.CheckAsync([a, b], judge, cancellationToken: Ct)).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Conflict);
        finding.Reason.ShouldBe(VerdictReason.Disjoint);
        finding.MatchedBy.ShouldBe("fake: same budget");
        judge.Asked.ShouldHaveSingleItem().OfflineSameFact.ShouldBeFalse();
    }

    [Fact]
    public async Task CheckAsync_JudgeConfirmsRoundedAndPreciseFigures_IsMinor()
    {
        var (a, b) = LowOverlapPair(10_000_000_000_000m, 1_000_000_000_000m, 10_100_000_000_000m, 100_000_000_000m);

        var finding = (await Checker.CheckAsync([a, b], new FakeJudge(_ => true), cancellationToken: Ct)).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.Reason.ShouldBe(VerdictReason.Rounding);
        finding.DifferencePercent.ShouldBe(1.00m);
    }

    [Fact]
    public async Task CheckAsync_JudgeSaysDifferentFacts_GivesNoFinding()
    {
        // Two languages, nothing in common but concept, unit, size and place: matched offline, uncertain.
        var id = ClaimBuilder.Money("a", 10_100_000_000_000m, "KRW", step: 100_000_000_000m, metric: ["anggaran"]);
        var ko = ClaimBuilder.Money("b", 10_400_000_000_000m, "KRW", step: 100_000_000_000m, metric: ["예산"], language: "ko");
        Checker.Check([id, ko]).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Conflict);
        var judge = new FakeJudge(_ => false);

        (await Checker.CheckAsync([id, ko], judge, cancellationToken: Ct)).ShouldBeEmpty();

        var asked = judge.Asked.ShouldHaveSingleItem();
        asked.OfflineSameFact.ShouldBeTrue();
        asked.Why.ShouldContain("different languages");
    }

    [Fact]
    public async Task CheckAsync_JudgeGivesNoAnswer_KeepsOfflineResult()
    {
        var claims = SampleClaims();

        var findings = await Checker.CheckAsync(claims, new FakeJudge(_ => null), cancellationToken: Ct);

        Same(findings).ShouldBe(Same(Checker.Check(claims)));
    }

    [Fact]
    public async Task CheckAsync_NoJudgeOrDisabledJudge_EqualsCheckAndAsksNothing()
    {
        var claims = SampleClaims();
        var disabled = new FakeJudge(_ => false, enabled: false);

        Same(await Checker.CheckAsync(claims, null, cancellationToken: Ct)).ShouldBe(Same(Checker.Check(claims)));
        Same(await Checker.CheckAsync(claims, disabled, cancellationToken: Ct)).ShouldBe(Same(Checker.Check(claims)));
        disabled.Asked.ShouldBeEmpty();
    }

    [Fact]
    public async Task CheckAsync_JudgeNeverSetsSeverity_AndRecordsMatchedByOnlyOnJudgedGroups()
    {
        var claims = SampleClaims();

        var findings = await Checker.CheckAsync(claims, new FakeJudge(_ => true), cancellationToken: Ct);

        var offline = Checker.Check(claims);
        findings.Select(f => (f.Id, f.Severity)).ShouldBe(offline.Select(f => (f.Id, f.Severity)));
        findings.Where(f => f.MatchedBy is null).Select(f => f.Topic).ShouldBe(["companies (count)"]);
    }

    [Fact]
    public async Task CheckAsync_PairsAlreadyJoinedBySureMatches_AreNotAsked()
    {
        // a, b and c are joined by sure matches (same language, shared context); d (Korean) is uncertain against
        // each of them. The judge is asked only about pairs with d, never about pairs inside the sure group.
        var a = ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", step: 1_000_000_000_000m);
        var b = ClaimBuilder.Money("b", 10_000_000_000_000m, "KRW", step: 1_000_000_000_000m);
        var c = ClaimBuilder.Money("c", 10_000_000_000_000m, "KRW", step: 1_000_000_000_000m);
        var d = ClaimBuilder.Money("d", 10_000_000_000_000m, "KRW", step: 1_000_000_000_000m, metric: ["예산"], language: "ko");
        var judge = new FakeJudge(_ => true);

        var finding = (await Checker.CheckAsync([a, b, c, d], judge, cancellationToken: Ct)).ShouldHaveSingleItem();

        finding.ClaimIds.Count.ShouldBe(4);
        judge.Asked.ShouldAllBe(p => p.A == d || p.B == d);
        judge.Asked.Count.ShouldBe(3);
    }

    [Fact]
    public async Task CheckAsync_CrossLanguageWithSharedEntity_IsSureMatchNotAsked()
    {
        var id = ClaimBuilder.Count("a", 260_000m, "gpus", subject: ["kr", "nvidia"], metric: ["gpu"]);
        var ko = ClaimBuilder.Count("b", 260_000m, "gpus", subject: ["kr", "nvidia"], metric: ["그래픽"], language: "ko");
        var judge = new FakeJudge(_ => false);

        (await Checker.CheckAsync([id, ko], judge, cancellationToken: Ct)).ShouldHaveSingleItem().MatchedBy.ShouldBeNull();

        judge.Asked.ShouldBeEmpty();
    }

    [Fact]
    public async Task CheckAsync_HardNoMatches_AreNeverAsked()
    {
        var claims = new[]
        {
            ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", year: 2026, subject: ["kr"]),
            ClaimBuilder.Money("b", 12_000_000_000_000m, "KRW", year: 2026, subject: ["cn"], language: "ko"),
            ClaimBuilder.Money("c", 10_000_000_000_000m, "KRW", year: 2027, subject: ["kr"], language: "en"),
            ClaimBuilder.Count("a", 50_000m, "gpus"),
            ClaimBuilder.Count("b", 260_000m, "gpus", language: "ko"),
            ClaimBuilder.Count("x", 5m, "companies", metric: ["manufaktur", "sprint"]),
            ClaimBuilder.Count("y", 6m, "companies", metric: ["teknologi", "lokal", "utama"]),
        };
        var judge = new FakeJudge(_ => true);

        (await Checker.CheckAsync(claims, judge, cancellationToken: Ct)).ShouldBeEmpty();

        judge.Asked.ShouldBeEmpty();
    }

    [Fact]
    public async Task CheckAsync_GivesJudgeArticleDatesAndStableOrder()
    {
        var id = ClaimBuilder.Money("art-a", 10_100_000_000_000m, "KRW", metric: ["anggaran"]);
        var ko = ClaimBuilder.Money("art-b", 10_100_000_000_000m, "KRW", metric: ["예산"], language: "ko");
        Article[] articles = [Article("art-a", new DateOnly(2026, 1, 12)), Article("art-b", null)];
        var first = new FakeJudge(_ => true);
        var second = new FakeJudge(_ => true);

        await Checker.CheckAsync([id, ko], first, articles, Ct);
        await Checker.CheckAsync([ko, id], second, articles, Ct);

        var pair = first.Asked.ShouldHaveSingleItem();
        (pair.A.ArticleId == "art-a" ? pair.DateA : pair.DateB).ShouldBe(new DateOnly(2026, 1, 12));
        (pair.A.ArticleId == "art-b" ? pair.DateA : pair.DateB).ShouldBeNull();
        second.Asked.ShouldHaveSingleItem().ShouldBe(pair);
    }

    [Fact]
    public void Check_SameLanguageCanonicalPhrasingsOverlap_Matches()
    {
        // Metric words share nothing, but both canonical English phrasings name the same budget.
        var a = ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", metric: ["anggaran", "ai"]) with { Canonical = Canonical("South Korea's government", "AI budget") };
        var b = ClaimBuilder.Money("b", 10_000_000_000_000m, "KRW", metric: ["dana", "kecerdasan"]) with { Canonical = Canonical("Korean government", "budget for AI") };

        Checker.Check([a, b]).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Consistent);
    }

    [Fact]
    public void Assess_CanonicalPhrasings_MakeCrossLanguagePairsComparable()
    {
        var budget = ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", metric: ["anggaran"]) with { Canonical = Canonical("South Korea", "national AI budget") };
        var sameKo = ClaimBuilder.Money("b", 10_000_000_000_000m, "KRW", metric: ["예산"], language: "ko") with { Canonical = Canonical("South Korea", "AI budget") };
        var otherKo = ClaimBuilder.Money("c", 10_000_000_000_000m, "KRW", metric: ["예산"], language: "ko") with { Canonical = Canonical("Samsung Electronics", "chip investment") };
        var plainKo = ClaimBuilder.Money("d", 10_000_000_000_000m, "KRW", metric: ["예산"], language: "ko");

        Outcome(budget, sameKo).ShouldBe(PairOutcome.Match);
        Outcome(budget, otherKo).ShouldBe(PairOutcome.UncertainOfflineMatch);
        Outcome(budget, plainKo).ShouldBe(PairOutcome.UncertainOfflineMatch);
    }

    [Fact]
    public void Assess_SameLanguage_ThreeOutcomesByContextOverlap()
    {
        var (low, lowOther) = LowOverlapPair(1m, 1m, 1m, 1m);
        var shared = ClaimBuilder.Money("a", 1m, "KRW", metric: ["anggaran", "ai"]);
        var sharedOther = ClaimBuilder.Money("b", 1m, "KRW", metric: ["anggaran", "riset"]);
        var unrelated = ClaimBuilder.Money("b", 1m, "KRW", metric: ["pajak"]);

        Outcome(shared, sharedOther).ShouldBe(PairOutcome.Match);
        Outcome(low, lowOther).ShouldBe(PairOutcome.UncertainOfflineNoMatch);
        Outcome(shared, unrelated).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_SameLanguageContextButDisjointCanonicalPhrasings_IsUncertainMatchedOffline()
    {
        var a = ClaimBuilder.Money("a", 1m, "KRW") with { Canonical = Canonical("Naver", "data centre spending") };
        var b = ClaimBuilder.Money("b", 1m, "KRW") with { Canonical = Canonical("Ministry of Science and ICT", "AI budget") };

        Outcome(a, b).ShouldBe(PairOutcome.UncertainOfflineMatch);
        Checker.Check([a, b]).ShouldHaveSingleItem();
    }

    [Fact]
    public void CanonicalWords_FoldPluralsAndDropStopWords()
    {
        var claim = ClaimBuilder.Count("a", 1m, "gpus") with { Canonical = Canonical("The Korean government's", "number of GPUs") };

        CanonicalWords.Of(claim).ShouldBe(["government", "gpu", "korean"]);
        CanonicalWords.Of(ClaimBuilder.Count("a", 1m, "gpus")).ShouldBeNull();
    }

    /// <summary>Findings as comparable values (records compare lists by reference).</summary>
    internal static string[] Same(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.Id} {f.Severity} {f.Reason} {f.DifferencePercent} {f.Topic} [{string.Join(",", f.ClaimIds)}] {f.MatchedBy}").ToArray();

    private static PairOutcome Outcome(Claim a, Claim b)
    {
        Checker.FindUncertain([a, b], out var state);
        return Checker.Assess(state, 0, 1).Outcome;
    }

    private static CanonicalPhrasing Canonical(string subject, string metric) => new(subject, metric, "2026", "v1");

    private static Article Article(string id, DateOnly? published) => new()
    {
        Id = id, Source = id + ".txt", Language = "id", PublishedAt = published, Paragraphs = FactPipeline.Core.Model.Article.Layout(["text"]),
    };

    /// <summary>A mix: sure matches, uncertain cross-language matches, a same-language no-match.</summary>
    private static Claim[] SampleClaims() =>
    [
        ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", step: 1_000_000_000_000m),
        ClaimBuilder.Money("b", 10_100_000_000_000m, "KRW", step: 100_000_000_000m),
        ClaimBuilder.Money("c", 10_100_000_000_000m, "KRW", step: 100_000_000_000m, metric: ["예산"], language: "ko"),
        ClaimBuilder.Count("a", 260_000m, "gpus", step: 1_000m, metric: ["gpu"]),
        ClaimBuilder.Count("c", 260_000m, "gpus", hedge: Hedge.Above, metric: ["gpu"], language: "en"),
        ClaimBuilder.Count("a", 300m, "companies", metric: ["manufaktur"]),
        ClaimBuilder.Count("b", 400m, "companies", metric: ["manufaktur"]),
        ClaimBuilder.Count("b", 5m, "companies", metric: ["sprint"]),
        ClaimBuilder.Count("c", 6m, "companies", metric: ["teknologi"]),
    ];
}
