using FactPipeline.Core.Claims;

namespace FactPipeline.Core.Tests.Claims;

public sealed class ChangeWordsTests
{
    private static readonly ChangeWords Words = ChangeWords.Load();

    [Fact]
    public void Data_RiseWords_CoverTheFiveLanguages()
    {
        foreach (var language in new[] { "id", "en", "ko", "vi", "zh" })
        {
            Words.ByLanguage.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} rise words");
        }
    }

    [Theory]
    [InlineData("Lượng khách tăng 6,3% so với cùng kỳ.", "6,3%", true)]
    [InlineData("여객 수는 6.3% 증가했다.", "6.3%", true)]
    [InlineData("Ridership was up 6.3% on the year.", "6.3%", true)]
    [InlineData("Pangsa pasar mencapai 6,3% tahun ini.", "6,3%", false)]
    [InlineData("Its startup 6.3% stake was sold.", "6.3%", false)]
    public void IsRiseAt_WordRightNextToThePercentage_SaysItIsARise(string sentence, string figure, bool rise)
    {
        var start = sentence.IndexOf(figure, StringComparison.Ordinal);

        Words.IsRiseAt(sentence, start, start + figure.Length).ShouldBe(rise);
    }
}
