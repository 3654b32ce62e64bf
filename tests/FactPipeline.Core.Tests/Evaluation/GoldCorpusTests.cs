using FactPipeline.Core.Tests.TestSupport;
using FactPipeline.Evaluation.Gold;

namespace FactPipeline.Core.Tests.Evaluation;

public sealed class GoldCorpusTests
{
    [Fact]
    public void Load_FixtureCorpus_ReadsEveryEntryAndValidates()
    {
        var gold = GoldCorpus.Load(EvaluationFixture.Root);

        gold.Validate().ShouldBeEmpty();
        gold.Parts.ShouldHaveSingleItem().Name.ShouldBe("fixture.json");
        gold.Discrepancies.Select(d => d.Id).ShouldBe(["s01-d1", "s01-d2"]);
        gold.Discrepancies.First().Sides.Select(s => s.Count).ShouldBe([2, 1]);
        gold.Consistent.ShouldHaveSingleItem().Mentions.Count.ShouldBe(2);
        gold.Traps.ShouldHaveSingleItem().Kind.ShouldBe("different-subject");
        gold.Mentions.Count().ShouldBe(9);
    }

    [Fact]
    public void GoldPairs_TwoMentionsAgainstOne_AreEveryCrossSidePair()
    {
        var gold = GoldCorpus.Load(EvaluationFixture.Root);

        var pairs = GoldPairs.Of(gold.Discrepancies.First()).Select(p => (p.First.File, p.Second.File));

        pairs.ShouldBe([(EvaluationFixture.Indonesian, EvaluationFixture.English), (EvaluationFixture.Vietnamese, EvaluationFixture.English)]);
    }

    [Fact]
    public void Validate_MentionMissingRepeatedOrInHeadline_NamesFileAndText()
    {
        using var temp = CopyOfFixture();
        var file = Path.Combine(temp.Path, "articles", "x01-west-java-landslides", "daily.en.txt");
        File.AppendAllText(file, "The 1,500 residents were allowed home on Friday.\n");
        var goldFile = Path.Combine(temp.Path, "gold", "fixture.json");
        File.WriteAllText(goldFile, File.ReadAllText(goldFile)
            .Replace("\"9 people\"", "\"nine people\"", StringComparison.Ordinal)
            .Replace("\"18 houses\"", "\"Landslide in Indonesia\"", StringComparison.Ordinal));

        var errors = GoldCorpus.Load(temp.Path).Validate();

        errors.ShouldContain(e => e.Contains("x01-west-java-landslides/daily.en.txt: \"1,500 residents\" occurs 2 times", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Contains("s01-garut-landslide/wire.en.txt: \"nine people\" occurs 0 times", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Contains("\"Landslide in Indonesia\" is in the headline", StringComparison.Ordinal));
        errors.Count.ShouldBe(3);
        Should.Throw<GoldCorpusException>(() => GoldCorpus.LoadValid(temp.Path)).Errors.ShouldBe(errors);
    }

    [Fact]
    public void Validate_UnlistedArticleAndMissingFile_AreReported()
    {
        using var temp = CopyOfFixture();
        File.WriteAllText(Path.Combine(temp.Path, "articles", "x01-west-java-landslides", "extra.id.txt"), "Judul\n2026-02-04\nIsi.\n");
        File.Delete(Path.Combine(temp.Path, "articles", "x01-west-java-landslides", "daily.en.txt"));

        var errors = GoldCorpus.Load(temp.Path).Validate();

        errors.ShouldContain("articles/x01-west-java-landslides/extra.id.txt: not listed in any story or distractor set");
        errors.ShouldContain("fixture.json: x01-west-java-landslides: article file not found: x01-west-java-landslides/daily.en.txt");
        errors.ShouldContain("fixture.json: x01-t1: x01-west-java-landslides/daily.en.txt: file not found");
    }

    [Fact]
    public void Load_BrokenJson_ThrowsNamingTheGoldFile()
    {
        using var temp = CopyOfFixture();
        File.WriteAllText(Path.Combine(temp.Path, "gold", "part-z.json"), "{ \"stories\": [ ");

        Should.Throw<GoldCorpusException>(() => GoldCorpus.Load(temp.Path)).Errors.ShouldHaveSingleItem().ShouldStartWith("part-z.json: not a valid gold file");
    }

    private static TempDirectory CopyOfFixture()
    {
        var temp = new TempDirectory();
        foreach (var file in Directory.GetFiles(EvaluationFixture.Root, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp.Path, Path.GetRelativePath(EvaluationFixture.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return temp;
    }
}
