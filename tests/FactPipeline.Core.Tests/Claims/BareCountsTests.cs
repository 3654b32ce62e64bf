using FactPipeline.Core.Claims;

namespace FactPipeline.Core.Tests.Claims;

public sealed class BareCountsTests
{
    private static readonly BareCounts Words = BareCounts.Load();

    [Fact]
    public void Data_LinksAndPlaces_CoverTheFiveLanguages()
    {
        foreach (var language in new[] { "id", "en", "ko", "vi", "zh" })
        {
            Words.Links.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} link words");
            Words.Places.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} place words");
        }
    }

    [Theory]
    [InlineData("The death toll from the floods rose to 64 on Tuesday.", "death toll", "64", true)]
    [InlineData("The storm killed 64, officials said.", "killed", "64", true)]
    [InlineData("死亡人数升至64。", "死亡人数", "64", true)]
    [InlineData("The death toll, officials said, was 64.", "death toll", "64", false)]
    [InlineData("The death toll is rising in 64 districts.", "death toll", "64", false)]
    [InlineData("The death toll in 12 districts rose to 64.", "death toll", "64", false)]
    [InlineData("The closures bring total job reductions since January to about 1,240.", "job reductions", "about 1,240", true)]
    [InlineData("The closures bring total job reductions since January about 1,240.", "job reductions", "about 1,240", false)]
    public void Counts_LinkWordsBetweenMeasureAndNumber_SayWhetherTheNumberCountsIt(string sentence, string term, string figure, bool counts)
    {
        var termStart = sentence.IndexOf(term, StringComparison.Ordinal);

        Words.Counts(sentence, termStart, termStart + term.Length, sentence.IndexOf(figure, StringComparison.Ordinal)).ShouldBe(counts);
    }

    [Theory]
    [InlineData("50 schools, with 32 in Lakeside and 18 in Hillview.", "32", true)]
    [InlineData("50 sekolah, dengan 32 di Lembah Sari.", "32", true)]
    [InlineData("50 trường, trong đó 32 ở Lâm Hà.", "32", true)]
    [InlineData("It won 3-1 in the final.", "1", false)]
    [InlineData("Team B scored 32 in the second half.", "32", false)]
    public void IsPlacedItem_PlaceWordAndNameAfterTheNumber_MakesItAListItem(string sentence, string figure, bool placed)
    {
        var end = sentence.IndexOf(figure, StringComparison.Ordinal) + figure.Length;

        Words.IsPlacedItem(sentence, end).ShouldBe(placed);
    }
}
