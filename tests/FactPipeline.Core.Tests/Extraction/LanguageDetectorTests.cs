using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("id-article.txt", "id")]
    [InlineData("en-article.txt", "en")]
    [InlineData("ko-article.txt", "ko")]
    [InlineData("vi-article.txt", "vi")]
    [InlineData("zh-article.txt", "zh")]
    public void Detect_FixtureArticle_ReturnsItsLanguage(string fixture, string expected)
    {
        var text = File.ReadAllText(Fixtures.PathOf("Extraction/" + fixture));

        LanguageDetector.Detect(text).ShouldBe(expected);
    }

    [Fact]
    public void Detect_IndonesianTextWithVietnameseSiteHeader_ReturnsIndonesian()
    {
        var text = File.ReadAllText(Fixtures.PathOf("Extraction/id-with-vi-header.txt"));

        LanguageDetector.Detect(text).ShouldBe("id");
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345 67890")]
    [InlineData("Samsung Nvidia GPU")]
    [InlineData("東京で新しいビルが完成しました。")]
    public void Detect_NoEvidence_ReturnsUnd(string text)
    {
        LanguageDetector.Detect(text).ShouldBe("und");
    }

    [Fact]
    public void Detect_KoreanWithLatinAcronyms_ReturnsKorean()
    {
        LanguageDetector.Detect("정부는 AI 반도체와 GPU 확보를 위해 예산을 늘렸다.").ShouldBe("ko");
    }
}
