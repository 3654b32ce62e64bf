using FactPipeline.Core.Llm;

namespace FactPipeline.Core.Tests.Llm;

public sealed class LlmTokenizerTests
{
    [Theory]
    [InlineData("gpt-4o", "o200k_base")]
    [InlineData("gpt-4o-mini", "o200k_base")]
    [InlineData("GPT-4o-2024-08-06", "o200k_base")]
    [InlineData("openai/gpt-4o-mini", "o200k_base")]
    [InlineData("gpt-4.1-nano", "o200k_base")]
    [InlineData("o3-mini", "o200k_base")]
    [InlineData("gpt-4-turbo", "cl100k_base")]
    [InlineData("gpt-3.5-turbo", "cl100k_base")]
    [InlineData("llama3.1", "cl100k_base")]
    [InlineData("my-azure-deployment", "cl100k_base")]
    [InlineData(null, "cl100k_base")]
    public void EncodingFor_ModelName_Gpt4oFamilyUsesO200k(string? model, string expected) =>
        LlmTokenizer.EncodingFor(model).ShouldBe(expected);

    [Theory]
    [InlineData("gpt-4o-mini", "hello world", 2)] // "hello", " world"
    [InlineData("gpt-4", "hello world", 2)]
    [InlineData("gpt-4o-mini", "", 0)]
    public void Count_ShortEnglish_OneTokenPerCommonWord(string model, string text, int expected) =>
        LlmTokenizer.Count(model, text).ShouldBe(expected);

    [Fact]
    public void Count_KoreanSentence_MoreThanCharactersDividedByFour()
    {
        // An invented sentence: "the city opened three new libraries this year".
        const string korean = "시는 올해 새 도서관 세 곳을 열었다.";

        var tokens = LlmTokenizer.Count("gpt-4o-mini", korean);

        tokens.ShouldBeGreaterThan(korean.Length / 4);
        tokens.ShouldBeLessThanOrEqualTo(korean.Length); // o200k_base has whole Hangul syllables and words
    }

    [Fact]
    public void Count_SameKoreanText_O200kNeedsFewerTokensThanCl100k()
    {
        const string korean = "정부는 내년 예산에서 교육 분야 지출을 늘리기로 했다고 밝혔다.";

        LlmTokenizer.Count("gpt-4o", korean).ShouldBeLessThan(LlmTokenizer.Count("gpt-4", korean));
    }
}
