using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class ParagraphCleanerTests
{
    private const string Body = "Pemerintah menaikkan anggaran riset baterai menjadi 4,5 triliun rupiah untuk tahun depan, naik dua kali lipat dari tahun ini.";
    private const string Caption = "Menteri meninjau pabrik baterai di Karawang. (Foto Humas)";

    [Fact]
    public void Clean_CaptionRepeatedInARow_DropsEveryCopy()
    {
        var result = ParagraphCleaner.Clean([Caption, Caption, Body], plainText: true);

        result.ShouldBe([Body]);
    }

    [Fact]
    public void Clean_ProseParagraphRepeatedLater_KeepsBothCopies()
    {
        const string other = "Kementerian juga akan membangun dua belas laboratorium pengujian di lima provinsi hingga tahun 2028 mendatang.";

        var result = ParagraphCleaner.Clean([Body, other, Body], plainText: true);

        result.ShouldBe([Body, other, Body]);
    }

    [Fact]
    public void Clean_ProseParagraphRepeatedInARow_KeepsBothCopies()
    {
        var result = ParagraphCleaner.Clean([Body, Body], plainText: true);

        result.ShouldBe([Body, Body]);
    }

    [Fact]
    public void Clean_PlainTextLongNonSentenceUnitRepeatedLater_KeepsFirstCopy()
    {
        // A teaser or heading block re-rendered further down: long, but not a finished sentence.
        const string teaser = "Laporan khusus tentang pembangunan laboratorium pengujian di lima provinsi dan rencana kementerian hingga 2028";

        var result = ParagraphCleaner.Clean([teaser, Body, teaser], plainText: true);

        result.ShouldBe([teaser, Body]);
    }

    [Fact]
    public void Clean_HtmlLongNonSentenceUnitRepeatedLater_KeepsBothCopies()
    {
        // On an HTML page the structure already removed re-rendered teasers; a line said twice is the page's own,
        // like the same day's menu in two weeks of a meal plan.
        const string line = "Sarapan bubur ayam dengan telur rebus dan segelas jus jeruk tanpa gula untuk hari Senin";

        var result = ParagraphCleaner.Clean([line, Body, line], plainText: false);

        result.ShouldBe([line, Body, line]);
    }

    [Fact]
    public void Clean_RunOfShortLinkLines_DropsTheRun()
    {
        var result = ParagraphCleaner.Clean([Body, "Harga Emas Naik Lagi", "Rupiah Menguat", "Bursa Saham Ditutup Merah", Body + " Lagi."], plainText: true);

        result.ShouldBe([Body, Body + " Lagi."]);
    }

    [Fact]
    public void Clean_TwoShortLines_KeepsThemAsSubheadings()
    {
        var result = ParagraphCleaner.Clean([Body, "Akses Kereta Bandara", Body + " Lagi."], plainText: true);

        result.Count.ShouldBe(3);
    }

    [Fact]
    public void Clean_EverythingAfterCommentsMarker_IsDropped()
    {
        var result = ParagraphCleaner.Clean([Body, "Komentar (0)", "Dalam topik yang sama", "Menyaksikan matahari terbit di pulau.", "Warisan"], plainText: true);

        result.ShouldBe([Body]);
    }

    [Fact]
    public void Clean_MarkerFollowedByRealParagraph_OnlyDropsTheMarker()
    {
        var longParagraph = Body + " " + Body;

        var result = ParagraphCleaner.Clean([Body, "Komentar (0)", longParagraph], plainText: true);

        result.ShouldBe([Body, longParagraph]);
    }
}
