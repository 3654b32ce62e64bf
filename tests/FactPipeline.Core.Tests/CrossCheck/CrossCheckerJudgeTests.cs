using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.CrossCheck;

/// <summary>Possible pairs and the async path with a judge (a fake judge; no model).</summary>
public sealed class CrossCheckerJudgeTests
{
    private static readonly CrossChecker Checker = CrossCheckLexicon.Checker();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Mill = "name:sinar jaya";

    /// <summary>Same subject and measure in two languages, no shared year, entity or story: a possible pair.</summary>
    private static (Claim A, Claim B) PossiblePair(decimal a, decimal stepA, decimal b, decimal stepB) =>
        (ClaimBuilder.Money("a", a, "IDR", step: stepA, subjectId: Mill, metric: ["anggaran"]),
         ClaimBuilder.Money("b", b, "IDR", step: stepB, subjectId: Mill, metric: ["예산"], language: "ko"));

    [Fact]
    public async Task CheckAsync_JudgeConfirmsPossiblePairThatCannotBothHold_IsConflict()
    {
        var (a, b) = PossiblePair(10_100_000_000m, 100_000_000m, 10_400_000_000m, 100_000_000m);
        var judge = new FakeJudge(_ => true);

        var finding = (await Checker.CheckAsync([a, b], judge, null, null, Ct)).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Conflict);
        finding.Reason.ShouldBe(VerdictReason.Disjoint);
        finding.MatchedBy.ShouldBe("fake: same budget");
        judge.Asked.ShouldHaveSingleItem().OfflineSameFact.ShouldBeFalse();
    }

    [Fact]
    public async Task CheckAsync_JudgeConfirmsRoundedAndPreciseFigures_IsMinor()
    {
        var (a, b) = PossiblePair(10_000_000_000m, 1_000_000_000m, 10_100_000_000m, 100_000_000m);

        var finding = (await Checker.CheckAsync([a, b], new FakeJudge(_ => true), null, null, Ct)).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.Reason.ShouldBe(VerdictReason.Rounding);
        finding.DifferencePercent.ShouldBe(1.00m);
    }

    [Fact]
    public async Task CheckAsync_JudgeSaysNo_KeepsPairOutOfFindings()
    {
        var (a, b) = PossiblePair(10_100_000_000m, 100_000_000m, 10_400_000_000m, 100_000_000m);
        var judge = new FakeJudge(_ => false);

        (await Checker.CheckAsync([a, b], judge, null, null, Ct)).ShouldBeEmpty();

        judge.Asked.ShouldHaveSingleItem().Why.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Check_WithoutJudge_PossiblePairIsPossibleNeverConflictOrMinor()
    {
        var (conflicting, other) = PossiblePair(10_100_000_000m, 100_000_000m, 10_400_000_000m, 100_000_000m);
        var (rounded, precise) = PossiblePair(10_000_000_000m, 1_000_000_000m, 10_100_000_000m, 100_000_000m);

        var findings = Checker.Check([conflicting, other]).Concat(Checker.Check([rounded, precise])).ToArray();

        findings.Length.ShouldBe(2);
        findings.ShouldAllBe(f => f.Severity == Severity.Possible);
    }

    [Fact]
    public async Task CheckAsync_JudgeGivesNoAnswer_KeepsOfflineResult()
    {
        var claims = SampleClaims();

        var findings = await Checker.CheckAsync(claims, new FakeJudge(_ => null), null, null, Ct);

        Same(findings).ShouldBe(Same(Checker.Check(claims)));
        findings.ShouldContain(f => f.Severity == Severity.Possible);
    }

    [Fact]
    public async Task CheckAsync_NoJudgeOrDisabledJudge_EqualsCheckAndAsksNothing()
    {
        var claims = SampleClaims();
        var disabled = new FakeJudge(_ => false, enabled: false);

        Same(await Checker.CheckAsync(claims, null, null, null, Ct)).ShouldBe(Same(Checker.Check(claims)));
        Same(await Checker.CheckAsync(claims, disabled, null, null, Ct)).ShouldBe(Same(Checker.Check(claims)));
        disabled.Asked.ShouldBeEmpty();
    }

    [Fact]
    public async Task CheckAsync_SureMatchesAreNotAsked_AndKeepTheirSeverity()
    {
        var claims = SampleClaims();
        var judge = new FakeJudge(_ => true);

        var findings = await Checker.CheckAsync(claims, judge, null, null, Ct);

        var offline = Checker.Check(claims);
        var sure = offline.Where(f => f.Severity != Severity.Possible).ToArray();
        sure.ShouldNotBeEmpty();
        foreach (var finding in sure)
        {
            var same = findings.Where(f => f.Id == finding.Id).ShouldHaveSingleItem();
            same.Severity.ShouldBe(finding.Severity);
            same.MatchedBy.ShouldBeNull();
            judge.Asked.ShouldNotContain(p => finding.ClaimIds.Contains(p.A.Id) && finding.ClaimIds.Contains(p.B.Id));
        }
        findings.ShouldNotContain(f => f.Severity == Severity.Possible);
    }

    [Fact]
    public async Task CheckAsync_HardNoMatches_AreNeverAsked()
    {
        var claims = new[]
        {
            ClaimBuilder.Money("a", 10_000_000_000m, "IDR", year: 2026, subjectId: Mill),
            ClaimBuilder.Money("b", 12_000_000_000m, "IDR", year: 2026, subjectId: "name:bayu kencana", language: "ko"),
            ClaimBuilder.Money("c", 10_000_000_000m, "IDR", year: 2027, subjectId: Mill, language: "en"),
            ClaimBuilder.Count("a", 30m, "employees", subjectId: Mill, scope: new ClaimScope { IsPart = true }),
            ClaimBuilder.Count("b", 50m, "employees", subjectId: Mill, language: "ko"),
            ClaimBuilder.Count("x", 5m, "companies", subject: []),
            ClaimBuilder.Count("y", 6m, "companies", subject: []),
        };
        var judge = new FakeJudge(_ => true);

        (await Checker.CheckAsync(claims, judge, null, null, Ct)).ShouldBeEmpty();

        judge.Asked.ShouldBeEmpty();
    }

    [Fact]
    public async Task CheckAsync_GivesJudgeArticleDatesAndStableOrder()
    {
        var id = ClaimBuilder.Money("art-a", 10_100_000_000m, "IDR", subjectId: Mill, metric: ["anggaran"]);
        var ko = ClaimBuilder.Money("art-b", 10_100_000_000m, "IDR", subjectId: Mill, metric: ["예산"], language: "ko");
        Article[] articles = [Article("art-a", new DateOnly(2026, 1, 12)), Article("art-b", null)];
        var first = new FakeJudge(_ => true);
        var second = new FakeJudge(_ => true);

        await Checker.CheckAsync([id, ko], first, articles, null, Ct);
        await Checker.CheckAsync([ko, id], second, articles, null, Ct);

        var pair = first.Asked.ShouldHaveSingleItem();
        (pair.A.ArticleId == "art-a" ? pair.DateA : pair.DateB).ShouldBe(new DateOnly(2026, 1, 12));
        (pair.A.ArticleId == "art-b" ? pair.DateA : pair.DateB).ShouldBeNull();
        second.Asked.ShouldHaveSingleItem().ShouldBe(pair);
    }

    [Fact]
    public void Check_SameSubjectCanonicalPhrasingsOverlap_MatchAcrossLanguages()
    {
        var a = ClaimBuilder.Money("a", 10_000_000_000m, "IDR", subjectId: Mill, metric: ["anggaran"]) with { Canonical = Canonical("Sinar Jaya", "factory budget") };
        var b = ClaimBuilder.Money("b", 10_000_000_000m, "IDR", subjectId: Mill, metric: ["예산"], language: "ko") with { Canonical = Canonical("Sinar Jaya", "budget of the factory") };

        var finding = Checker.Check([a, b]).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Consistent);
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

    private static CanonicalPhrasing Canonical(string subject, string metric) => new(subject, metric, "2026", "v1");

    private static Article Article(string id, DateOnly? published) => new()
    {
        Id = id, Source = id + ".txt", Language = "id", PublishedAt = published, Paragraphs = FactPipeline.Core.Model.Article.Layout(["text"]),
    };

    /// <summary>A mix: sure matches (same subject, shared context), a possible cross-language pair, a no-match.</summary>
    private static Claim[] SampleClaims() =>
    [
        ClaimBuilder.Money("a", 10_000_000_000_000m, "IDR", step: 1_000_000_000_000m, subjectId: "name:teluk biru"),
        ClaimBuilder.Money("b", 10_100_000_000_000m, "IDR", step: 100_000_000_000m, subjectId: "name:teluk biru"),
        ClaimBuilder.Count("a", 300m, "employees", subjectId: Mill),
        ClaimBuilder.Count("b", 400m, "employees", subjectId: Mill),
        ClaimBuilder.Money("a", 5_000_000_000m, "USD", concept: "investment", subjectId: "name:karya tirta", metric: ["investasi"]),
        ClaimBuilder.Money("c", 6_000_000_000m, "USD", concept: "investment", subjectId: "name:karya tirta", metric: ["투자"], language: "ko"),
        ClaimBuilder.Count("b", 5m, "companies", subject: []),
        ClaimBuilder.Count("c", 6m, "companies", subject: []),
    ];
}
