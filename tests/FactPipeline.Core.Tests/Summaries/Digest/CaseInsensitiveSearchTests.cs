using FactPipeline.Core.Summaries.Digest;

namespace FactPipeline.Core.Tests.Summaries.Digest;

public sealed class CaseInsensitiveSearchTests
{
    [Theory]
    [InlineData("과학기술정보통신부")]
    [InlineData("엘도리아 국립 연구원")]
    [InlineData("2030 계획")]
    public void ComparisonFor_NameWithoutCasedCharacters_IsOrdinal(string name) =>
        CaseInsensitiveSearch.ComparisonFor(name).ShouldBe(StringComparison.Ordinal);

    [Theory]
    [InlineData("Eldoria Cloud")]
    [InlineData("AI 반도체")]
    [InlineData("Bộ Khoa học")]
    public void ComparisonFor_NameWithACasedCharacter_IgnoresCase(string name) =>
        CaseInsensitiveSearch.ComparisonFor(name).ShouldBe(StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("과학기술정보통신부")]
    [InlineData("엘도리아 국립 연구원")]
    [InlineData("Eldoria Cloud")]
    public void ComparisonFor_AnyName_FindsWhatACaseInsensitiveSearchFinds(string name)
    {
        var text = $"앞 문장. {name.ToUpperInvariant()}는 {name}와 {name.ToLowerInvariant()}를 발표했다.";
        var comparison = CaseInsensitiveSearch.ComparisonFor(name);

        var found = new List<int>();
        var expected = new List<int>();
        for (var from = 0; from < text.Length; from++)
        {
            found.Add(text.IndexOf(name, from, comparison));
            expected.Add(text.IndexOf(name, from, StringComparison.OrdinalIgnoreCase));
        }

        found.ShouldBe(expected);
    }
}
