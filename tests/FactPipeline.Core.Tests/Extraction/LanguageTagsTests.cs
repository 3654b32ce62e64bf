using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class LanguageTagsTests
{
    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("id_ID", "id")]
    [InlineData(" ID ", "id")]
    [InlineData("in", "id")]
    [InlineData("fil", "tl")]
    [InlineData("zh-Hant-TW", "zh")]
    [InlineData("de", "de")]
    [InlineData("msa", "ms")]
    public void Primary_DeclaredTag_ReturnsIso6391(string tag, string expected)
    {
        LanguageTags.Primary(tag).ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x-default")]
    [InlineData("und")]
    [InlineData("12")]
    public void Primary_NotALanguage_ReturnsNull(string? tag)
    {
        LanguageTags.Primary(tag).ShouldBeNull();
    }
}
