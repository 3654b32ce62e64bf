using FactPipeline.Core.Tests.TestSupport;
using FactPipeline.Evaluation.Running;
using FactPipeline.Evaluation.Scoring;
using static FactPipeline.Core.Tests.TestSupport.EvaluationFixture;

namespace FactPipeline.Core.Tests.Evaluation;

/// <summary>
/// The same-story scorer on the fixture corpus: one story (Garut, three articles: three gold pairs) and one
/// distractor set holding two different landslides (Cianjur, Sumedang), which is no story.
/// </summary>
public sealed class StoryScorerTests
{
    private const string Sumedang = "x01-west-java-landslides/kabar.id.txt";

    private readonly EvaluationFixture _fixture = new();

    [Fact]
    public void Score_PairInsideDistractorSet_CountsAsWrongAndIsNoGoldPair()
    {
        var run = RunJoining((Indonesian, English), (Distractor, Sumedang));

        var (precision, recall, missed, wrong) = StoryScorer.Score(_fixture.Gold, run);

        wrong.Select(p => Ordered(p.A, p.B)).ShouldBe([Ordered(Distractor, Sumedang)]);
        precision.ShouldBe(new Ratio(1, 2));
        recall.ShouldBe(new Ratio(1, 3));
        missed.Select(p => Ordered(p.A, p.B)).ShouldBe([Ordered(English, Vietnamese), Ordered(Indonesian, Vietnamese)], ignoreOrder: true);
    }

    [Fact]
    public void Score_EveryStoryPairJoinedAndNothingElse_IsPerfect()
    {
        var run = RunJoining((Indonesian, English), (English, Vietnamese), (Vietnamese, Indonesian));

        var (precision, recall, missed, wrong) = StoryScorer.Score(_fixture.Gold, run);

        wrong.ShouldBeEmpty();
        precision.ShouldBe(new Ratio(3, 3));
        recall.ShouldBe(new Ratio(3, 3));
        missed.ShouldBeEmpty();
    }

    [Fact]
    public void Score_StoryArticleJoinedWithDistractor_CountsAsWrong()
    {
        var run = RunJoining((Indonesian, Sumedang));

        var (precision, recall, _, _) = StoryScorer.Score(_fixture.Gold, run);

        precision.ShouldBe(new Ratio(0, 1));
        recall.ShouldBe(new Ratio(0, 3));
    }

    private CorpusRun RunJoining(params (string A, string B)[] files) =>
        new(_fixture.Articles.Values.ToArray(), [], [], [])
        {
            SameStoryPairs = files.Select(f => (_fixture.Articles[f.A].Id, _fixture.Articles[f.B].Id)).ToArray(),
        };

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
