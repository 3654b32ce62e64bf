using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class PlainTextArticleParserTests
{
    private static ExtractedContent ParseFixture(string name) =>
        PlainTextArticleParser.Parse(File.ReadAllText(Fixtures.PathOf("Extraction/" + name)));

    [Fact]
    public void Parse_IndonesianArticle_TakesHeadingAsTitleAndHeaderDate()
    {
        var content = ParseFixture("id-article.txt");

        content.Title.ShouldBe("Pemerintah Tambah Anggaran Riset Baterai Nasional");
        content.PublishedAt.ShouldBe(new DateOnly(2026, 1, 8));
    }

    [Fact]
    public void Parse_IndonesianArticle_KeepsOnlyBodyParagraphs()
    {
        var content = ParseFixture("id-article.txt");

        content.Paragraphs.ShouldBe(
        [
            "Pemerintah menaikkan anggaran riset baterai kendaraan listrik menjadi 4,5 triliun rupiah untuk tahun depan, naik dua kali lipat dari tahun ini.",
            "Kebijakan itu diumumkan dalam rapat kerja yang digelar pada tanggal 5 Desember 2025 di Jakarta, dan akan dijalankan bersama lembaga riset serta perguruan tinggi.",
            "Menurut kementerian, dana tersebut juga akan dipakai untuk membangun 12 laboratorium pengujian di lima provinsi hingga tahun 2028.",
        ]);
    }

    [Fact]
    public void Parse_TextWithoutBlankLines_SplitsLinesIntoParagraphs()
    {
        var content = ParseFixture("id-no-blank-lines.txt");

        content.Paragraphs.Count.ShouldBe(4);
        content.Paragraphs.ShouldContain("Target Produksi Ikan Tahun Depan");
        content.Paragraphs.ShouldAllBe(p => !p.Contains("Baca Juga") && !p.Contains("Leave a Reply"));
    }

    [Fact]
    public void Parse_OnlyEventDatesInsideSentences_ReturnsNoPublishDate()
    {
        ParseFixture("id-no-blank-lines.txt").PublishedAt.ShouldBeNull();
    }

    [Fact]
    public void Parse_DateGluedToSiteName_IsHeaderDateAndNotBodyText()
    {
        var content = ParseFixture("id-with-vi-header.txt");

        content.PublishedAt.ShouldBe(new DateOnly(2025, 11, 16));
        content.Title.ShouldBe("Petani Kopi Vietnam Mulai Memakai Sensor Tanah");
        content.Paragraphs.Count.ShouldBe(2);
        content.Paragraphs[0].ShouldStartWith("Para petani kopi");
    }

    [Theory]
    [InlineData("en-article.txt", "City Council Approves New Solar Program", 2026, 3, 13)]
    [InlineData("ko-article.txt", "정부, 반도체 연구 예산 두 배로 늘린다", 2025, 12, 2)]
    [InlineData("vi-article.txt", "Việt Nam đặt mục tiêu xuất khẩu cà phê kỷ lục", 2025, 11, 16)]
    [InlineData("zh-article.txt", "国家发布人工智能产业发展计划", 2025, 12, 2)]
    public void Parse_ArticleInOtherLanguage_FindsTitleAndDate(string fixture, string title, int year, int month, int day)
    {
        var content = ParseFixture(fixture);

        content.Title.ShouldBe(title);
        content.PublishedAt.ShouldBe(new DateOnly(year, month, day));
        content.Paragraphs.Count.ShouldBe(2);
    }

    [Fact]
    public void Parse_DatelineInLead_IsPublishDate()
    {
        var content = PlainTextArticleParser.Parse(
            "JAKARTA, Senin (5/1/2026) - Pemerintah menaikkan target produksi beras menjadi 32 juta ton tahun ini, kata menteri pertanian kepada wartawan.");

        content.PublishedAt.ShouldBe(new DateOnly(2026, 1, 5));
    }

    [Fact]
    public void Parse_HardWrappedParagraph_JoinsContinuationLines()
    {
        var units = PlainTextArticleParser.SplitUnits(
            "Pemerintah menaikkan anggaran riset baterai kendaraan listrik menjadi\nempat triliun rupiah untuk tahun depan.\nJudul Baru");

        units.ShouldBe(["Pemerintah menaikkan anggaran riset baterai kendaraan listrik menjadi empat triliun rupiah untuk tahun depan.", "Judul Baru"]);
    }

    [Fact]
    public void Parse_NoHeading_UsesLeadSentenceAsTitle()
    {
        var content = PlainTextArticleParser.Parse(
            "Pemerintah menaikkan anggaran riset baterai menjadi 4,5 triliun rupiah. Dana itu dipakai untuk membangun laboratorium baru di lima provinsi.");

        content.Title.ShouldBe("Pemerintah menaikkan anggaran riset baterai menjadi 4,5 triliun rupiah.");
    }

    [Fact]
    public void Parse_ShortChineseArticle_ReadsTitleAndBothSentences()
    {
        var content = ParseFixture("zh-short.txt");

        content.Title.ShouldBe("新能源公交车在本市全面投入运营");
        content.Paragraphs.ShouldBe(["本市今天起新增三百辆新能源公交车，覆盖全部二十条主干线路。", "市交通局负责人说：「老旧柴油车将在年底前全部退役。」"]);
    }

    [Fact]
    public void Parse_ChineseSentenceWithoutFinalPunctuation_IsKeptByItsLength()
    {
        var content = ParseFixture("zh-short-unpunctuated.txt");

        content.Title.ShouldBe("暴雨致多条道路积水");
        content.Paragraphs.ShouldHaveSingleItem().ShouldStartWith("受强降雨影响");
    }

    [Fact]
    public void Parse_ShortKoreanArticleWithoutFinalPeriod_ReadsTitleAndSentence()
    {
        var content = ParseFixture("ko-short.txt");

        content.Title.ShouldBe("부산시, 65세 이상 시내버스 무료화 검토");
        content.Paragraphs.ShouldHaveSingleItem().ShouldEndWith("검토하고 있다고 밝혔다");
    }
}
