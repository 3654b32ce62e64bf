using FactPipeline.Core.Model.Lexicon;
using Shouldly;

namespace FactPipeline.Core.Tests.Model;

public sealed class ConceptLexiconTests
{
    private static readonly ConceptLexicon Lexicon = ConceptLexicon.Default;

    [Theory]
    [InlineData("Pemerintah menaikkan anggaran AI.", "id", "budget")]
    [InlineData("The AI budget will triple.", "en", "budget")]
    [InlineData("정부는 AI 예산을 늘린다.", "ko", "budget")]
    [InlineData("Ngân sách cho AI tăng.", "vi", "budget")]
    [InlineData("人工智能预算增加。", "zh", "budget")]
    [InlineData("Anggarannya naik.", "id", "budget")]
    public void FindConcepts_BudgetInEachLanguage_FindsBudget(string text, string language, string expected)
    {
        Lexicon.FindConcepts(text, language).Select(h => h.Id).ShouldContain(expected);
    }

    [Fact]
    public void FindConcepts_LongerTermWins_OverItsPart()
    {
        var hits = Lexicon.FindConcepts("lebih dari 260.000 unit pemroses grafis (GPU)", "id");

        hits.Select(h => h.Id).ShouldAllBe(id => id == "gpus");
    }

    [Fact]
    public void FindConcepts_TermInsideAnotherWord_IsNotMatched()
    {
        Lexicon.FindConcepts("Timnas bermain.", "id").ShouldBeEmpty();
    }

    [Fact]
    public void FindEntities_ShortNameInLowerCase_IsNotAnEntity()
    {
        Lexicon.FindEntities("as far as we know").ShouldBeEmpty();
        Lexicon.FindEntities("dolar AS").Select(h => h.Id).ShouldBe(["usa"]);
    }

    [Theory]
    [InlineData("Korea Selatan", "korea")]
    [InlineData("한국 정부", "korea")]
    [InlineData("Tiongkok", "china")]
    [InlineData("Hàn Quốc", "korea")]
    public void FindEntities_CountryInAnyLanguage_MapsToOneId(string text, string expected)
    {
        Lexicon.FindEntities(text).Select(h => h.Id).ShouldContain(expected);
    }

    [Fact]
    public void Find_KnownConcept_HasEnglishAndKoreanNames()
    {
        var budget = Lexicon.Find("budget").ShouldNotBeNull();
        budget.En.ShouldBe("budget");
        budget.Ko.ShouldBe("예산");
    }
}
