using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;
using FactPipeline.Evaluation.Running;
using FactPipeline.Evaluation.Scoring;
using static FactPipeline.Core.Tests.TestSupport.EvaluationFixture;

namespace FactPipeline.Core.Tests.Evaluation;

/// <summary>
/// The pair-level scorer on the fixture corpus. Gold pairs, by hand: s01-d1 (evacuees) id×en and vi×en, s01-d2
/// (houses) id×en and vi×en: four in all.
/// </summary>
public sealed class CrossCheckEvaluationTests
{
    private readonly EvaluationFixture _fixture = new();

    [Fact]
    public void Score_OneFalsePositiveOneMiss_ReturnsExpectedPrecisionAndRecall()
    {
        var (evacueesId, evacueesEn, evacueesVi) = Evacuees();
        var (housesId, housesEn, housesVi) = Houses();
        var cianjur = _fixture.Count(Distractor, "1,500 residents", 1500);
        var deathsId = _fixture.Count(Indonesian, "9 orang", 9);
        var deathsEn = _fixture.Count(English, "9 people", 9);
        var run = _fixture.Run(
            [evacueesId, evacueesEn, evacueesVi, housesId, housesEn, housesVi, cianjur, deathsId, deathsEn],
            // id×en and vi×en are gold; id×vi agree (1.240 both) and are no predicted pair.
            Finding(Severity.Minor, evacueesId, evacueesEn, evacueesVi),
            // id×en gold; vi×en (17 vs 18) left out: the one miss.
            Finding(Severity.Conflict, housesId, housesEn),
            // Garut vs Cianjur evacuees: the one false positive, and a trap violation.
            Finding(Severity.Conflict, evacueesId, cianjur),
            Finding(Severity.Consistent, deathsId, deathsEn));

        var score = CrossCheckEvaluation.Score(_fixture.Gold, run);

        score.PrecisionPairs.ShouldBe(new Ratio(3, 4));
        score.RecallPairs.ShouldBe(new Ratio(3, 4));
        score.Precision.ShouldBe(0.75);
        score.Recall.ShouldBe(0.75);
        score.F1.ShouldBe(0.75, tolerance: 1e-9);
        score.SeverityAgreement.ShouldBe(new Ratio(3, 3));
        score.ConsistentRecall.ShouldBe(new Ratio(1, 1));
        var fp = score.FalsePositives.ShouldHaveSingleItem();
        new[] { fp.Pair.FirstSource, fp.Pair.SecondSource }.ShouldBe([Indonesian, Distractor], ignoreOrder: true);
        fp.Why.ShouldContain("different-subject trap x01-t1");
        var miss = score.FalseNegatives.ShouldHaveSingleItem();
        miss.Pair.Discrepancy.Id.ShouldBe("s01-d2");
        new[] { miss.Pair.First.File, miss.Pair.Second.File }.ShouldBe([Vietnamese, English], ignoreOrder: true);
        miss.Reason.ShouldBe(MissReason.NotGrouped);
        score.Traps.ShouldHaveSingleItem().Violated.ShouldBeTrue();
        score.RecallByKind.ShouldBe([new RecallRow("misreport", new Ratio(1, 2)), new RecallRow("rounding", new Ratio(2, 2))]);
        score.RecallByLanguagePair.ShouldBe([new RecallRow("en–id", new Ratio(2, 2)), new RecallRow("en–vi", new Ratio(1, 2))]);
    }

    [Fact]
    public void Score_AgreeingClaimsInsideConflictFinding_AreNoPredictedPair()
    {
        var (housesId, housesEn, housesVi) = Houses();
        var run = _fixture.Run([housesId, housesEn, housesVi], Finding(Severity.Conflict, housesId, housesEn, housesVi));

        var score = CrossCheckEvaluation.Score(_fixture.Gold, run);

        // 17 (id) and 17 (vi) agree; only the two pairs with 18 are predicted, and both are gold.
        score.PrecisionPairs.ShouldBe(new Ratio(2, 2));
        score.RecallPairs.ShouldBe(new Ratio(2, 4));
    }

    [Fact]
    public void Score_GoldPairInMinorFindingJudgedConflict_CountsFoundWithSeverityDisagreement()
    {
        var (evacueesId, evacueesEn, _) = Evacuees();
        var run = _fixture.Run([evacueesId, evacueesEn], Finding(Severity.Conflict, evacueesId, evacueesEn));

        var score = CrossCheckEvaluation.Score(_fixture.Gold, run);

        score.RecallPairs.ShouldBe(new Ratio(1, 4));
        score.SeverityAgreement.ShouldBe(new Ratio(0, 1));
    }

    [Fact]
    public void Score_FigureWithoutClaim_IsUnresolvedMiss()
    {
        var (_, housesEn, housesVi) = Houses();
        var run = _fixture.Run([housesEn, housesVi], Finding(Severity.Conflict, housesEn, housesVi));

        var score = CrossCheckEvaluation.Score(_fixture.Gold, run);

        var unresolved = score.FalseNegatives.Where(f => f.Pair.Discrepancy.Id == "s01-d2").ShouldHaveSingleItem();
        unresolved.Reason.ShouldBe(MissReason.UnresolvedMention);
        unresolved.Detail.ShouldContain("\"17 rumah\": no claim at this figure");
        score.Unresolved.Select(r => r.Mention.Text).ShouldContain("17 rumah");
    }

    [Fact]
    public void Score_GoldPairInConsistentOrPossibleFinding_SaysWhyItWasMissed()
    {
        var (evacueesId, evacueesEn, evacueesVi) = Evacuees();
        var run = _fixture.Run(
            [evacueesId, evacueesEn, evacueesVi],
            Finding(Severity.Consistent, evacueesId, evacueesEn),
            Finding(Severity.Possible, evacueesVi, evacueesEn));

        var score = CrossCheckEvaluation.Score(_fixture.Gold, run);

        score.FalseNegatives.Where(f => f.Pair.Discrepancy.Id == "s01-d1").Select(f => (f.Pair.First.File, f.Reason))
            .ShouldBe([(Indonesian, MissReason.GroupedButJudgedEqual), (Vietnamese, MissReason.GroupedAsPossible)], ignoreOrder: true);
        score.PrecisionPairs.ShouldBe(new Ratio(0, 0));
    }

    [Fact]
    public void Score_HtmlMentionWithEntity_ResolvesToClaimAtDecodedText()
    {
        var housesVi = _fixture.Count(Vietnamese, "17 ngôi nhà", 17);

        var score = CrossCheckEvaluation.Score(_fixture.Gold, _fixture.Run([housesVi]));

        score.MentionsResolved.Hits.ShouldBe(1);
        score.Unresolved.Select(r => r.Mention.Text).ShouldNotContain("17&nbsp;ngôi nhà");
    }

    [Fact]
    public void Evaluate_FixtureCorpusThroughPipeline_CountsEveryGoldPairAndMention()
    {
        var score = new CrossCheckEvaluation(InMemoryPipeline.Offline()).Evaluate(_fixture.Gold);

        score.Corpus.Articles.ShouldBe(5);
        score.RecallPairs.Total.ShouldBe(4);
        score.MentionsResolved.Total.ShouldBe(9);
        score.Traps.Count.ShouldBe(1);
        score.ConsistentRecall.Total.ShouldBe(1);
    }

    private (Claim Id, Claim En, Claim Vi) Evacuees() => (
        _fixture.Count(Indonesian, "1.240 warga", 1240),
        _fixture.Count(English, "About 1,200 residents", 1200, Hedge.Approximately),
        _fixture.Count(Vietnamese, "1.240 người", 1240));

    private (Claim Id, Claim En, Claim Vi) Houses() => (
        _fixture.Count(Indonesian, "17 rumah", 17),
        _fixture.Count(English, "18 houses", 18),
        _fixture.Count(Vietnamese, "17 ngôi nhà", 17));
}
