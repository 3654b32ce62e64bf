using FactPipeline.Core.Claims.Llm;

namespace FactPipeline.Core.Tests.Claims.Llm;

public sealed class QuoteLocatorTests
{
    [Theory]
    [InlineData("Menteri berkata, \u201Canggaran naik\u201D \u2014 katanya.", "Menteri berkata, \"anggaran naik\" - katanya.")]
    [InlineData("Anggaran\u00A0naik   menjadi\n10,1 triliun won.", "Anggaran naik menjadi 10,1 triliun won.")]
    [InlineData("ＡＩ 예산은 10조\u200B원이다.", "AI 예산은 10조원이다.")]
    [InlineData("Caf\u00E9 Seoul membuka 3 cabang.", "Cafe\u0301 Seoul membuka 3 cabang.")]
    [InlineData("Perusahaan AT&T menanam modal.", "Perusahaan AT&amp;T menanam modal.")]
    public void Find_QuoteThatDiffersOnlyByCopying_MapsToTheExactOriginalSpan(string article, string quote)
    {
        var text = "Paragraf pembuka.\n\n" + article + "\n\nParagraf penutup.";
        var locator = new QuoteLocator(text);

        var span = locator.Find(quote, 0, 6).ShouldNotBeNull();

        text.Substring(span.Start, span.Length).ShouldBe(article);
    }

    [Fact]
    public void Find_PartOfASentence_ReturnsItsExactOffsets()
    {
        var text = "Pemerintah menetapkan anggaran sebesar 10,1 triliun won untuk 2026.";

        var span = new QuoteLocator(text).Find("  anggaran sebesar 10,1 triliun won ", 0, 6).ShouldNotBeNull();

        text.Substring(span.Start, span.Length).ShouldBe("anggaran sebesar 10,1 triliun won");
    }

    [Theory]
    [InlineData("Pemerintah menetapkan anggaran sebesar 10,2 triliun won untuk 2026.")]
    [InlineData("pemerintah menetapkan anggaran sebesar 10,1 triliun won untuk 2026.")]
    [InlineData("The government set a budget of 10.1 trillion won for 2026.")]
    [InlineData("won.")]
    [InlineData("")]
    public void Find_AlteredTranslatedOrTooShortQuote_IsNotFound(string quote)
    {
        var locator = new QuoteLocator("Pemerintah menetapkan anggaran sebesar 10,1 triliun won untuk 2026.");

        locator.Find(quote, 0, 6).ShouldBeNull();
    }

    [Fact]
    public void Find_RepeatedSentence_PrefersTheOccurrenceInTheChunkTheModelRead()
    {
        var text = "Harga naik 5%.\n\nLalu turun.\n\nHarga naik 5%.";

        new QuoteLocator(text).Find("Harga naik 5%.", 10, 6).ShouldNotBeNull().Start.ShouldBe(text.LastIndexOf("Harga", StringComparison.Ordinal));
        new QuoteLocator(text).Find("Harga naik 5%.", 0, 6).ShouldNotBeNull().Start.ShouldBe(0);
    }
}
