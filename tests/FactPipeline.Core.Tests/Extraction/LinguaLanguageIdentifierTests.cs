using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class LinguaLanguageIdentifierTests
{
    private static readonly LinguaLanguageIdentifier Identifier = LinguaLanguageIdentifier.Shared;

    [Theory]
    [InlineData("id-article.txt", "id")]
    [InlineData("en-article.txt", "en")]
    [InlineData("ko-article.txt", "ko")]
    [InlineData("vi-article.txt", "vi")]
    [InlineData("zh-article.txt", "zh")]
    public void Identify_FixtureArticle_ReturnsItsLanguage(string fixture, string expected)
    {
        var text = File.ReadAllText(Fixtures.PathOf("Extraction/" + fixture));

        Identifier.Identify(text).Language.ShouldBe(expected);
    }

    [Fact]
    public void Identify_IndonesianTextWithVietnameseSiteHeader_ReturnsIndonesian()
    {
        var text = File.ReadAllText(Fixtures.PathOf("Extraction/id-with-vi-header.txt"));

        Identifier.Identify(text).Language.ShouldBe("id");
    }

    [Theory]
    [InlineData("Die Stadt will bis 2030 rund 600 neue Kita-Plätze schaffen.", "de")]
    [InlineData("El ayuntamiento cerrará el puente durante tres semanas por obras.", "es")]
    [InlineData("La mairie va fermer deux écoles à la rentrée prochaine.", "fr")]
    [InlineData("A prefeitura vai ampliar o horário dos ônibus a partir de segunda.", "pt")]
    [InlineData("Nag-anunsyo ang lungsod ng libreng sakay para sa mga estudyante ngayong semestre.", "tl")]
    [InlineData("Il governo ha approvato il nuovo piano per le ferrovie regionali.", "it")]
    [InlineData("De gemeente bouwt volgend jaar 300 nieuwe woningen aan de rand van de stad.", "nl")]
    [InlineData("Warga mengeluhkan jalan rusak yang belum juga diperbaiki sejak tahun lalu.", "id")]
    [InlineData("The council will close the bridge for three weeks of repairs.", "en")]
    [InlineData("Thành phố sẽ đóng cửa cây cầu trong ba tuần để sửa chữa.", "vi")]
    public void Identify_OneSentence_ReturnsItsLanguage(string sentence, string expected)
    {
        Identifier.Identify(sentence).Language.ShouldBe(expected);
    }

    [Theory]
    [InlineData("Qeveria miratoi sot një ligj të ri për pagat e mësuesve në të gjithë vendin.", "sq")]
    [InlineData("Hallitus päätti tänään nostaa opettajien palkkoja ensi vuoden alusta lähtien.", "fi")]
    [InlineData("Hükümet öğretmen maaşlarını gelecek yıl yüzde on artıracağını açıkladı.", "tr")]
    [InlineData("Rząd zapowiedział, że pensje nauczycieli wzrosną od przyszłego roku.", "pl")]
    [InlineData("Vláda dnes schválila zvýšení platů učitelů od příštího roku.", "cs")]
    public void Identify_LanguageOutsideTheFirstCandidates_IsNamedNotTakenForASupportedOne(string sentence, string expected)
    {
        var language = Identifier.Identify(sentence).Language;

        Core.Model.SupportedLanguages.Contains(language).ShouldBeFalse();
        language.ShouldBe(expected);
    }

    [Fact]
    public void Identify_EnglishWithAccentedNames_StaysEnglish()
    {
        const string text = "The plant in São Paulo will hire 300 workers next year, José Müller, the company's chief executive, told reporters on Monday. Production is expected to start in the spring.";

        Identifier.Identify(text).Language.ShouldBe("en");
    }

    [Fact]
    public void Identify_MalaySentenceWithMalayWords_ReturnsMalay()
    {
        Identifier.Identify("Kerajaan negeri memperuntukkan RM15 juta bagi membaiki jalan kampung selepas banjir.").Language.ShouldBe("ms");
    }

    [Fact]
    public void Identify_IndonesianSentenceLinguaLeansMalay_ReturnsIndonesian()
    {
        // Plain Indonesian that Lingua's Malay model scores above 0.9; "pemerintah" and "perusahaan" decide.
        var guess = Identifier.Identify("Program ini didanai bersama oleh pemerintah daerah dan sebuah perusahaan teknologi dari Korea Selatan.");

        guess.Language.ShouldBe("id");
        guess.ConfidenceOf("ms").ShouldBe(0);
    }

    [Fact]
    public void Identify_JapaneseWithKana_ReturnsJapanese()
    {
        Identifier.Identify("東京で新しいビルが完成しました。").Language.ShouldBe("ja");
    }

    [Fact]
    public void Identify_KoreanWithLatinAcronyms_ReturnsKoreanWithCertainty()
    {
        var guess = Identifier.Identify("정부는 AI 반도체와 GPU 확보를 위해 예산을 늘렸다.");

        guess.Language.ShouldBe("ko");
        guess.Confidence.ShouldBe(1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345 67890")]
    [InlineData("AI 5%")]
    public void Identify_NoLetters_ReturnsUnd(string text)
    {
        Identifier.Identify(text).IsUndetermined.ShouldBeTrue();
    }

    [Fact]
    public void Identify_GermanArticleWithEnglishSiteLine_ReturnsGerman()
    {
        var text = "Subscribe to our newsletter for the latest updates.\n\n" + string.Join("\n\n", Enumerable.Repeat(
            "Die Stadtwerke erhöhen zum 1. März die Strompreise für rund 1.400 Haushalte. Als Grund nannte das Unternehmen gestiegene Netzentgelte.", 6));

        Identifier.Identify(text).Language.ShouldBe("de");
    }

    [Fact]
    public void Sample_ShortText_IsTheWholeText()
    {
        LinguaLanguageIdentifier.Sample("Harga beras naik.", 50).ShouldBe("Harga beras naik.");
    }

    [Fact]
    public void Sample_LongText_IsWholeWordsOfBoundedLengthFromStartMiddleAndThreeQuarters()
    {
        // Words of four letters, "waaa" to "wejj": their order in the text is readable from their letters.
        var words = Enumerable.Range(0, 500).Select(i => "w" + string.Concat($"{i:D3}".Select(d => (char)('a' + d - '0')))).ToArray();
        var text = string.Join(' ', words);

        var sample = LinguaLanguageIdentifier.Sample(text, 50);

        var sampled = sample.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        sampled.ShouldAllBe(word => words.Contains(word));
        sampled.Length.ShouldBe(3 * 13);
        var positions = sampled.Select(word => Array.IndexOf(words, word)).ToArray();
        positions.Order().Take(13).ShouldBe(Enumerable.Range(0, 13));
        positions.ShouldContain(p => p > 240 && p < 270);
        positions.ShouldContain(p => p > 370 && p < 400);
    }

    [Fact]
    public void Shared_IsOneInstance()
    {
        LinguaLanguageIdentifier.Shared.ShouldBeSameAs(LinguaLanguageIdentifier.Shared);
    }
}
