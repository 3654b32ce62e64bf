using FactPipeline.Core.Claims;

namespace FactPipeline.Core.Tests.Claims;

public sealed class CutWordsTests
{
    private static readonly CutWords Words = CutWords.Load();

    [Fact]
    public void Data_BeforeAfterAndAffected_CoverTheFiveLanguages()
    {
        foreach (var language in new[] { "id", "en", "ko", "vi", "zh" })
        {
            Words.Before.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} words before");
            Words.After.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} words after");
            Words.Affected.GetValueOrDefault(language, []).ShouldNotBeEmpty($"no {language} affected words");
        }
    }

    [Theory]
    [InlineData("The bakery chain will cut 820 jobs.", "820", true)]
    [InlineData("Hãng sẽ cắt giảm 820 nhân sự.", "820", true)]
    [InlineData("The bakery chain will cut its prices and hire 820 staff.", "820", false)]
    [InlineData("The shortcut saved 820 hours.", "820", false)]
    public void IsCutBefore_CutWordRightBeforeTheFigure_SaysSo(string sentence, string figure, bool cut)
    {
        Words.IsCutBefore(sentence, sentence.IndexOf(figure, StringComparison.Ordinal)).ShouldBe(cut);
    }

    [Theory]
    [InlineData("About 300 roles will go in Malaysia.", "300 roles", true)]
    [InlineData("지난해 820명을 줄인 데 이어", "820명", true)]
    [InlineData("About 300 roles will be advertised.", "300 roles", false)]
    [InlineData("About 300 roles, cut from the budget, stay open.", "300 roles", false)]
    public void IsCutAfter_CutWordRightAfterTheCountedNoun_SaysSo(string sentence, string figure, bool cut)
    {
        Words.IsCutAfter(sentence, sentence.IndexOf(figure, StringComparison.Ordinal) + figure.Length).ShouldBe(cut);
    }

    [Theory]
    [InlineData("Sebanyak 820 karyawan terdampak.", "820 karyawan", true)]
    [InlineData("Sebanyak 820 karyawan tetap bekerja.", "820 karyawan", false)]
    public void IsAffectedAfter_AffectedWordRightAfterTheCount_SaysSo(string sentence, string figure, bool affected)
    {
        Words.IsAffectedAfter(sentence, sentence.IndexOf(figure, StringComparison.Ordinal) + figure.Length).ShouldBe(affected);
    }
}
