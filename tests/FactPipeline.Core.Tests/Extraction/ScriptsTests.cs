using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class ScriptsTests
{
    [Theory]
    [InlineData("서울시는 버스 요금을 동결했다.", "ko")]
    [InlineData("本市新增三百辆新能源公交车。", "zh")]
    [InlineData("東京で新しいビルが完成しました。", "ja")]
    [InlineData("LG전자와 삼성전자가 OLED 패널 가격을 내렸다.", "ko")]
    public void CjkLanguage_CjkText_ReturnsLanguageByScript(string text, string expected)
    {
        Scripts.CjkLanguage(Scripts.Count(text)).ShouldBe(expected);
    }

    [Fact]
    public void CjkLanguage_LatinTextWithOneHanName_ReturnsNull()
    {
        Scripts.CjkLanguage(Scripts.Count("The company 华为 said revenue rose 12 percent in the quarter.")).ShouldBeNull();
    }

    [Fact]
    public void IsVietnamese_VietnameseProse_IsTrue()
    {
        Scripts.IsVietnamese("Giá xăng giảm lần thứ ba liên tiếp kể từ đầu tháng.").ShouldBeTrue();
    }

    [Fact]
    public void IsVietnamese_EnglishWithVietnameseNames_IsFalse()
    {
        Scripts.IsVietnamese("Prime Minister Phạm Minh Chính met investors in Đà Nẵng on Monday to discuss a new port and two airports.").ShouldBeFalse();
    }
}
