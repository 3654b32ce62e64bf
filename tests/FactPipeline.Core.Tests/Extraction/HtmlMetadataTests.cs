using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class HtmlMetadataTests
{
    private const string Paragraphs =
        "<p>Exports rose 4.2 percent in February from a year earlier, the trade ministry said on Friday, the third monthly increase.</p>" +
        "<p>Shipments of semiconductors, which make up about a fifth of all exports, jumped 12 percent as demand for servers held.</p>";

    [Fact]
    public void Read_JsonLdAndMeta_FillsAuthorSiteCanonicalAndModified()
    {
        const string html = """
            <html><head>
            <meta property="og:site_name" content="Trade Daily">
            <link rel="canonical" href="/2026/03/13/exports">
            <script type="application/ld+json">
            [{"@type":"NewsArticle","author":[{"@type":"Person","name":"Rina Kartika"}],
              "datePublished":"2026-03-13T08:00:00+07:00","dateModified":"2026-03-15T10:00:00+07:00"}]
            </script>
            </head><body><article>
            """ + Paragraphs + "</article></body></html>";

        var content = HtmlPageReader.Read(html, "https://example.com/news?id=1");

        content.Author.ShouldBe("Rina Kartika");
        content.SiteName.ShouldBe("Trade Daily");
        content.CanonicalUrl.ShouldBe("https://example.com/2026/03/13/exports");
        content.PublishedAt.ShouldBe(new DateOnly(2026, 3, 13));
        content.ModifiedAt.ShouldBe(new DateOnly(2026, 3, 15));
    }

    [Fact]
    public void Read_OnlyModifiedDateDeclared_DateComesFromUrlNotModified()
    {
        var html = """<html><head><meta property="article:modified_time" content="2026-03-20T10:00:00Z"></head><body><article>""" + Paragraphs + "</article></body></html>";

        var content = HtmlPageReader.Read(html, "https://example.com/2026/03/13/exports-rise");

        content.PublishedAt.ShouldBe(new DateOnly(2026, 3, 13));
        content.ModifiedAt.ShouldBe(new DateOnly(2026, 3, 20));
    }

    [Fact]
    public void Read_UtcTimestampOneDayAfterUrlDate_KeepsUrlDate()
    {
        var html = """<html><head><meta property="article:published_time" content="2023-11-09T02:30:00+00:00"></head><body><article>""" + Paragraphs + "</article></body></html>";

        HtmlPageReader.Read(html, "https://example.com/2023/11/08/story").PublishedAt.ShouldBe(new DateOnly(2023, 11, 8));
    }

    [Fact]
    public void Read_DateOnlyInLabelledSpan_IsFoundButUpdatedLineIsNot()
    {
        var html = "<html><body><div class=\"meta\"><span class=\"updated\">Aktualisiert: 20.11.2021</span></div>" +
            "<div class=\"news\"><span class=\"news-date\">12.11.2021</span>" + Paragraphs + "</div></body></html>";

        HtmlPageReader.Read(html).PublishedAt.ShouldBe(new DateOnly(2021, 11, 12));
    }

    [Fact]
    public void Read_ShareBarRelatedListAndDatelineInsideArticle_AreDropped()
    {
        var html = "<html><body><div class=\"story-body\"><div class=\"dateline\">March 13, 2026</div>" + Paragraphs +
            "<div class=\"share-tools\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>" +
            "<ul><li><a href=\"/a\">Other story one</a></li><li><a href=\"/b\">Other story two</a></li><li><a href=\"/c\">Other story three</a></li></ul>" +
            "</div></body></html>";

        var paragraphs = HtmlPageReader.Read(html).Paragraphs;

        paragraphs.Count.ShouldBe(2);
        paragraphs[0].ShouldStartWith("Exports rose");
    }

    [Fact]
    public void Read_TextDirectlyInDivWithBreaks_IsTheArticle()
    {
        var html = "<html><body><div class=\"col\"><ul><li><a href=\"/1\">Menu one</a></li><li><a href=\"/2\">Menu two</a></li></ul></div>" +
            "<div class=\"col-9\"><b>05/10/2018</b><br>A equipe do Serviço de Atendimento Domiciliar registrou nesta manhã o arrombamento de dois dos cinco automóveis da unidade.<br><br>" +
            "Os veículos estavam sem as respectivas baterias e com marcas de depredação, e a polícia foi até o local para o registro.</div></body></html>";

        var content = HtmlPageReader.Read(html);

        content.Paragraphs.Count.ShouldBe(2);
        content.Paragraphs[0].ShouldStartWith("A equipe");
        content.PublishedAt.ShouldBe(new DateOnly(2018, 10, 5));
    }

    [Fact]
    public void Read_LocalPathWithDateFolders_IsNotAPublishDate()
    {
        var html = "<html><body><article>" + Paragraphs + "</article></body></html>";

        HtmlPageReader.Read(html, "/data/2019/11/18/page.html").PublishedAt.ShouldBeNull();
    }
}
