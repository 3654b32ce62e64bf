using FactPipeline.Core.Summaries.Digest;
using FactPipeline.Core.Summaries.Llm;

namespace FactPipeline.Core.Tests.Summaries.Llm;

public sealed class GlossaryNamesTests
{
    private static readonly Glossary Glossary = CoreData.Glossary;

    [Theory]
    [InlineData("Kementerian Ilmu Pengetahuan dan Teknologi Informasi set the budget.", "Ministry of Science and ICT set the budget.", 1)]
    [InlineData("KEMENTERIAN ILMU PENGETAHUAN DAN TEKNOLOGI INFORMASI set the budget.", "Ministry of Science and ICT set the budget.", 1)]
    [InlineData("과학기술정보통신부 set the budget.", "Ministry of Science and ICT set the budget.", 1)]
    [InlineData("Korea Selatan will buy GPUs from 엔비디아.", "South Korea will buy GPUs from Nvidia.", 2)]
    public void Enforce_EnglishSummaryWithNamesInOtherLanguages_SetsTheEnglishNames(string text, string expected, int names)
    {
        var (result, corrected) = GlossaryNames.Enforce(Glossary, text, "en");

        result.ShouldBe(expected);
        corrected.ShouldBe(names);
    }

    [Fact]
    public void Enforce_KoreanSummaryWithEnglishAndIndonesianNames_SetsTheKoreanNames()
    {
        var (result, corrected) = GlossaryNames.Enforce(Glossary, "Ministry of Science and ICT 예산과 Nvidia 공급, Dana Pertumbuhan Nasional 계획", "ko");

        result.ShouldBe("과학기술정보통신부 예산과 엔비디아 공급, 국민성장펀드 계획");
        corrected.ShouldBe(3);
    }

    [Theory]
    [InlineData("The Ministry of Science and ICT set the budget.", "en")]
    [InlineData("The ministry of science and ICT set the budget.", "en")]
    [InlineData("Nvidia and NC AI and Naver Cloud were named.", "en")]
    [InlineData("과학기술정보통신부는 예산을 정했다.", "ko")]
    [InlineData("NC AI가 선정됐다.", "ko")]
    public void Enforce_NamesAlreadyInTheReadersLanguage_LeftAsWritten(string text, string language)
    {
        GlossaryNames.Enforce(Glossary, text, language).ShouldBe((text, 0));
    }

    [Theory]
    [InlineData("MSIT set the budget.", "en")]
    [InlineData("Kementerian Sains dan TIK set the budget.", "en")]
    [InlineData("과기정통부 set the budget.", "en")]
    [InlineData("Lee Jae-myung spoke in Seoul.", "en")]
    [InlineData("MSIT가 예산을 정했다.", "ko")]
    public void Enforce_Aliases_LeftAlone(string text, string language)
    {
        GlossaryNames.Enforce(Glossary, text, language).ShouldBe((text, 0));
    }

    [Theory]
    [InlineData("The budget is 10,1 triliun won.", "en")]
    [InlineData("The budget is 10.1 trillion won.", "ko")]
    [InlineData("The budget is 10 조 원.", "en")]
    [InlineData("260,000 unit pemroses grafis", "en")]
    public void Enforce_Units_LeftToTheNumberCheck(string text, string language)
    {
        GlossaryNames.Enforce(Glossary, text, language).ShouldBe((text, 0));
    }

    [Fact]
    public void Enforce_TextWithoutNames_IsReturnedUnchanged()
    {
        GlossaryNames.Enforce(Glossary, "The budget rises this year.", "en").ShouldBe(("The budget rises this year.", 0));
        GlossaryNames.Enforce(Glossary, "", "ko").ShouldBe(("", 0));
    }

    [Fact]
    public void Enforce_TextAroundReplacedNames_IsKeptCharacterForCharacter()
    {
        var (result, corrected) = GlossaryNames.Enforce(Glossary, "  (Kementerian Ilmu Pengetahuan dan Teknologi Informasi), \"Korea Selatan\"!\n", "en");

        result.ShouldBe("  (Ministry of Science and ICT), \"South Korea\"!\n");
        corrected.ShouldBe(2);
    }

    [Fact]
    public void PromptLines_IndonesianArticle_GivesTheIndonesianNameThenTheReadersNameOnceEach()
    {
        const string text = "Kementerian Ilmu Pengetahuan dan Teknologi Informasi Korea Selatan bekerja sama dengan Nvidia. "
            + "Kementerian Ilmu Pengetahuan dan Teknologi Informasi membeli GPU senilai 10,1 triliun won.";

        GlossaryNames.PromptLines(Glossary, text, "en").ShouldBe([
            "Kementerian Ilmu Pengetahuan dan Teknologi Informasi → Ministry of Science and ICT",
            "Korea Selatan → South Korea",
            "Nvidia → Nvidia",
        ]);
        GlossaryNames.PromptLines(Glossary, text, "ko").ShouldBe([
            "Kementerian Ilmu Pengetahuan dan Teknologi Informasi → 과학기술정보통신부",
            "Korea Selatan → 한국",
            "Nvidia → 엔비디아",
        ]);
    }

    [Fact]
    public void PromptLines_AliasInTheArticle_IsGivenAsTheArticleWritesIt()
    {
        GlossaryNames.PromptLines(Glossary, "Kementerian Sains dan TIK memilih lima konsorsium.", "en")
            .ShouldBe(["Kementerian Sains dan TIK → Ministry of Science and ICT"]);
        GlossaryNames.PromptLines(Glossary, "과기정통부는 예산을 늘렸다.", "en")
            .ShouldBe(["과기정통부 → Ministry of Science and ICT"]);
    }

    [Fact]
    public void PromptLines_ArticleInALanguageWithoutGlossaryNames_GivesTheArticlesWording()
    {
        GlossaryNames.PromptLines(Glossary, "Nvidia và Samsung Electronics hợp tác tại Hanoi.", "ko")
            .ShouldBe(["Nvidia → 엔비디아", "Samsung Electronics → 삼성전자", "Hanoi → 하노이"]);
    }

    [Fact]
    public void PromptLines_UnitsAndTextWithoutNames_GiveNoLines()
    {
        GlossaryNames.PromptLines(Glossary, "Anggaran naik menjadi 10,1 triliun won.", "en").ShouldBeEmpty();
    }
}
