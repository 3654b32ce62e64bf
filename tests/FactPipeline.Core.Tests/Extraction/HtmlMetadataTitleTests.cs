using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

/// <summary>The headline as <c>HtmlMetadataReader.Title.cs</c> reads it: declared first, without the site's name.</summary>
public sealed class HtmlMetadataTitleTests
{
    private const string Body =
        "<article><p>Harga cabai rawit di pasar induk naik menjadi 95 ribu rupiah per kilogram pada Senin pagi, kata pedagang.</p>" +
        "<p>Pemerintah daerah berjanji menggelar operasi pasar mulai pekan depan di dua belas kecamatan untuk menahan harga.</p></article>";

    private static string? TitleOf(string head, string body = Body) =>
        HtmlPageReader.Read($"<html><head>{head}</head><body>{body}</body></html>", "https://example.com/news/1").Title;

    [Fact]
    public void Read_DocumentTitleWithNameLikeSuffix_StripsSuffix()
    {
        TitleOf("<title>Harga cabai rawit naik tajam di pasar induk - Kabar Pasar</title>")
            .ShouldBe("Harga cabai rawit naik tajam di pasar induk");
    }

    [Fact]
    public void Read_DocumentTitleWithDomainSuffix_StripsDomain()
    {
        TitleOf("<title>Harga cabai rawit naik tajam | kabarpasar.id</title>").ShouldBe("Harga cabai rawit naik tajam");
    }

    [Fact]
    public void Read_LowercaseTailAfterDash_IsHeadlineAndKept()
    {
        TitleOf("<title>Harga cabai naik lagi - ini daftar pasarnya</title>").ShouldBe("Harga cabai naik lagi - ini daftar pasarnya");
    }

    [Fact]
    public void Read_MostlyLowercaseSubtitleAfterDash_IsHeadlineAndKept()
    {
        TitleOf("<title>Raspberry tart recipe - The quick dessert that costs under five euros - A favourite in every kitchen</title>")
            .ShouldBe("Raspberry tart recipe - The quick dessert that costs under five euros - A favourite in every kitchen");
    }

    [Fact]
    public void Read_TitleDeclaredByPropertyAndByName_TakesTheProperty()
    {
        // Open Graph and RDFa declare by property; a name of the same vocabulary is the older convention or a copy.
        TitleOf("""<meta name="DC.title" content="Kabar pasar: harga cabai"><meta property="dc:title" content="Harga cabai rawit naik tajam">""")
            .ShouldBe("Harga cabai rawit naik tajam");
    }

    [Fact]
    public void Read_SectionBannerInH1_UsesDocumentTitle()
    {
        TitleOf("<title>Operasi pasar digelar di dua belas kecamatan</title>", "<h1>Pusat Ekonomi</h1>" + Body)
            .ShouldBe("Operasi pasar digelar di dua belas kecamatan");
    }

    [Fact]
    public void Read_H1IsLeadingPartOfTitle_ReturnsH1WithSectionAndSiteGone()
    {
        TitleOf("<title>Cabai: harga naik lagi - Ekonomi - Kabar Pasar</title>", "<h1>Cabai: harga naik lagi</h1>" + Body)
            .ShouldBe("Cabai: harga naik lagi");
    }

    [Fact]
    public void Read_H1EqualsTrailingPart_IsSiteLogoNotHeadline()
    {
        TitleOf("<title>Operasi pasar digelar di dua belas kecamatan — Kabar Pasar</title>", "<h1>Kabar Pasar</h1>" + Body)
            .ShouldBe("Operasi pasar digelar di dua belas kecamatan");
    }

    [Fact]
    public void Read_DeclaredSiteNameAsPrefix_StripsPrefix()
    {
        TitleOf("""<meta property="og:site_name" content="Kabar Pasar"><title>Kabar Pasar | harga cabai naik lagi</title>""")
            .ShouldBe("harga cabai naik lagi");
    }

    [Fact]
    public void Read_ChineseTitleWithSectionAndSiteAfterUnderscores_KeepsHeadline()
    {
        TitleOf("<title>央行宣布下调存款准备金率百分之零点五_财经频道_新闻网</title>").ShouldBe("央行宣布下调存款准备金率百分之零点五");
    }

    [Fact]
    public void Read_JsonLdInsideCdata_ReadsHeadline()
    {
        const string head = """
            <title>Pasar Induk</title>
            <script type="application/ld+json">
            <![CDATA[
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Operasi pasar digelar pekan depan"}
            ]]>
            </script>
            """;

        TitleOf(head).ShouldBe("Operasi pasar digelar pekan depan");
    }

    [Fact]
    public void Read_JsonLdWebPageHeadline_IsNotTheArticleTitle()
    {
        const string head = """
            <title>Operasi pasar digelar pekan depan</title>
            <script type="application/ld+json">{"@type":"WebSite","headline":"Kabar Pasar, berita harga setiap hari"}</script>
            """;

        TitleOf(head).ShouldBe("Operasi pasar digelar pekan depan");
    }

    [Fact]
    public void Read_JsonLdArticleNamedAfterPublisher_FallsBackToDocumentTitle()
    {
        const string head = """
            <title>Operasi pasar digelar pekan depan | Kabar.id</title>
            <script type="application/ld+json">{"@type":"NewsArticle","name":"Kabar.id","publisher":{"@type":"Organization","name":"Kabar.id"}}</script>
            """;

        TitleOf(head).ShouldBe("Operasi pasar digelar pekan depan");
    }

    [Fact]
    public void Read_JsonLdHeadlineIsADescription_TakesTheNameTheTitleRepeats()
    {
        const string head = """
            <title>Daftar pasar induk di Jawa Barat - Ensiklopedia</title>
            <script type="application/ld+json">{"@type":"Article","name":"Daftar pasar induk di Jawa Barat","headline":"artikel daftar ensiklopedia"}</script>
            """;

        TitleOf(head).ShouldBe("Daftar pasar induk di Jawa Barat");
    }

    [Fact]
    public void Read_RdfaPropertyList_ReadsEachProperty()
    {
        TitleOf("""<title>Pasar</title><meta property="dc:title og:title" content="Operasi pasar digelar pekan depan">""")
            .ShouldBe("Operasi pasar digelar pekan depan");
    }

    [Fact]
    public void Read_SvgTooltipTitleBeforeHead_IsNotTheTitle()
    {
        var html = "<html><body><svg><title>ikon berbagi</title></svg>" + Body + "</body></html>";
        var withHeadTitle = html.Replace("<body>", "<head><title>Operasi pasar digelar pekan depan</title></head><body>", StringComparison.Ordinal);

        HtmlPageReader.Read(withHeadTitle, "https://example.com/news/1").Title.ShouldBe("Operasi pasar digelar pekan depan");
    }

    [Theory]
    [InlineData("Daftar pasar induk di Jawa Barat", "Daftar pasar induk di Jawa Barat - Ensiklopedia", 1.0)]
    [InlineData("artikel daftar ensiklopedia", "Daftar pasar induk di Jawa Barat - Ensiklopedia", 2.0 / 3)]
    [InlineData("", "anything", 0.0)]
    public void WordShare_CountsWordsOfTheFirstFoundInTheSecond(string text, string other, double expected)
    {
        HtmlMetadataReader.WordShare(text, other).ShouldBe(expected, tolerance: 1e-9);
    }
}
