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

    [Fact]
    public void Data_RisenToPhrases_CoverTheFiveLanguages()
    {
        foreach (var language in new[] { "id", "en", "ko", "vi", "zh" })
        {
            Words.RisenToByLanguage.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} rise-to phrases");
        }
    }

    [Theory]
    [InlineData("Korban tewas bertambah menjadi 29 orang.", "29", true)]
    [InlineData("The toll rose to 29 on Tuesday.", "29", true)]
    [InlineData("사망자가 29명으로 늘었다.", "29", true)]
    [InlineData("死亡人数升至29人。", "29", true)]
    [InlineData("Số người chết tăng lên 29 người.", "29", true)]
    [InlineData("The toll rose by 29 on Tuesday.", "29", false)]
    [InlineData("Sebanyak 29 orang tewas.", "29", false)]
    public void IsRisenTo_RiseAndToRightBeforeOrKoreanAfter_SaysTheFigureIsTheNewLevel(string sentence, string figure, bool expected)
    {
        var start = sentence.IndexOf(figure, StringComparison.Ordinal);

        Words.IsRisenTo(sentence, start, start + figure.Length).ShouldBe(expected);
    }

    [Fact]
    public void Data_ComparisonWords_CoverTheFiveLanguages()
    {
        foreach (var language in new[] { "id", "en", "ko", "vi", "zh" })
        {
            Words.ComparedWithByLanguage.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} comparison words");
        }
    }

    [Theory]
    [InlineData("Sales rose 8% compared with 2025.", "2025", "8%", true)]
    [InlineData("Sales rose 8% in 2025.", "2025", "8%", false)]
    [InlineData("Doanh số tăng 8% so với năm 2025.", "2025", "8%", true)]
    [InlineData("Doanh số năm 2025 tăng 8%.", "2025", "8%", false)]
    [InlineData("매출은 2025년 대비 8% 늘었다.", "2025", "8%", true)]
    [InlineData("销量比2025年增长8%。", "2025", "8%", true)]
    [InlineData("Thanh Hoa sold 8% more in 2025.", "2025", "8%", false)]
    public void IsComparisonBase_ComparisonWordBesideTheYear_SaysItIsTheBase(string sentence, string year, string figure, bool expected)
    {
        var (y, f) = (sentence.IndexOf(year, StringComparison.Ordinal), sentence.IndexOf(figure, StringComparison.Ordinal));

        Words.IsComparisonBase(sentence, y, y + year.Length, f, f + figure.Length).ShouldBe(expected);
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
