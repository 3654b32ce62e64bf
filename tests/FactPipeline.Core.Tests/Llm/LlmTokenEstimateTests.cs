using FactPipeline.Core.Llm;

namespace FactPipeline.Core.Tests.Llm;

public sealed class LlmTokenEstimateTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abcdefgh", 2)]
    [InlineData("예산 10조", 4)]        // 3 Hangul syllables + " 10" ≈ 1
    [InlineData("人工智能", 4)]
    public void Of_Text_RoughTokenCount(string text, int expected)
    {
        LlmTokenEstimate.Of(text).ShouldBe(expected);
    }
}
