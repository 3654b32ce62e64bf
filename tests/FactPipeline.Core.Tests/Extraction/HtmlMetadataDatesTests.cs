using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

/// <summary>Publish dates read from a page's declared metadata and visible text (HtmlMetadataReader.Dates.cs).</summary>
public sealed class HtmlMetadataDatesTests
{
    private const string Paragraphs =
        "<p>The council approved the new cycle lanes after a long debate, with nine votes in favour and four against.</p>" +
        "<p>Work on the first section along the river is due to start in spring and should take about six months.</p>";

    private static DateOnly? PublishDate(string html, string? url = null) => HtmlPageReader.Read(html, url).PublishedAt;

    [Fact]
    public void ReadPublishDate_DateAsBareTextBesideLabel_IsFound()
    {
        var html = "<html><body><h1>Cycle lanes approved</h1><ul class=\"info\"><li><span>Datum:</span> 26. Januar 2022</li></ul>" +
            "<article>" + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2022, 1, 26));
    }

    [Fact]
    public void ReadPublishDate_RdfaDateCreatedOnASpanInTheBody_IsFound()
    {
        // Drupal writes the node's dates as RDFa on hidden spans next to the article, not as meta tags in the head;
        // the dateline it shows ("28.01.22") is a two-digit year the text reader rightly leaves alone.
        var html = "<html><body><article><footer><span class=\"post-created\"> 28.01.22</span>" +
            "<span property=\"schema:dateCreated\" content=\"2022-01-28T12:45:46+00:00\" class=\"rdf-meta hidden\"></span></footer>" +
            Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2022, 1, 28));
    }

    [Fact]
    public void ReadPublishDate_RdfaDateModifiedOnly_IsNotTakenForThePublishDate()
    {
        var html = "<html><body><article><span property=\"schema:dateModified\" content=\"2022-03-02T09:00:00+01:00\"></span>" +
            "<h1>Cycle lanes approved</h1><p class=\"dateline\">Published 14 February 2022</p>" + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2022, 2, 14));
    }

    [Fact]
    public void ReadPublishDate_DateAfterLineBreakAtArticleEnd_IsFound()
    {
        var html = "<html><body><article>" + Paragraphs + "<p>Anna<br> 10. September 2017</p></article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2017, 9, 10));
    }

    [Fact]
    public void ReadPublishDate_JsonLdWithStrayClosingBrace_StillGivesDatePublished()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Cycle lanes","datePublished":"2020-10-26T18:10:00+01:00"}}
            </script></head><body><article>
            """ + Paragraphs + "<ul class=\"related\"><li><span class=\"date\">09.08.2020</span></li></ul></article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2020, 10, 26));
    }

    [Fact]
    public void ReadPublishDate_NothingButModifiedDate_FallsBackToIt()
    {
        var html = """<html><head><meta property="article:modified_time" content="2020-01-29T13:22:00+01:00"></head><body><article>""" +
            Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2020, 1, 29));
    }

    [Fact]
    public void ReadPublishDate_NothingButDatedShareImage_TakesImageFolderDate()
    {
        var html = """<html><head><meta property="og:image" content="https://example.org/files/2016/05/04/report.png"></head><body><article>""" +
            Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2016, 5, 4));
    }

    [Fact]
    public void ReadPublishDate_UtcJsonLdAndSameMomentWithLocalOffset_TakesLocalDay()
    {
        var html = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-09T06:35:29+00:00"}</script>
            </head><body><h1>Cycle lanes</h1><p>Posted: <time datetime="2023-11-08T22:35:29-08:00">10:35 PM</time></p><article>
            """ + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2023, 11, 8));
    }

    [Fact]
    public void ReadPublishDate_UtcTimestampJustBeforeMidnightOnGermanPage_TakesBerlinDay()
    {
        var html = """<html lang="de"><head><meta property="article:published_time" content="2019-10-18T22:04:00Z"></head><body><article>""" +
            Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2019, 10, 19));
    }

    [Fact]
    public void ReadPublishDate_UtcTimestampOnEnglishPage_KeepsUtcDay()
    {
        var html = """<html lang="en"><head><meta property="article:published_time" content="2019-10-18T22:04:00Z"></head><body><article>""" +
            Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2019, 10, 18));
    }

    [Fact]
    public void ReadPublishDate_UtcTimeElementShowingOtherDay_TakesShownDay()
    {
        var html = "<html lang=\"fr\"><body><h1>Cycle lanes</h1><time datetime=\"2019-07-03T10:18:46Z\">Publié le 29 juin 2019</time><article>" +
            Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2019, 6, 29));
    }

    [Fact]
    public void ReadPublishDate_GenericDateMetaAndDatelineUnderTitle_PrefersDateline()
    {
        var html = """<html><head><meta name="date" content="2020-02-12"></head><body><h1>Cycle lanes</h1>""" +
            "<div class=\"news-single-timedata\">05.02.2020</div><article>" + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2020, 2, 5));
    }

    [Fact]
    public void ReadPublishDate_GenericDateMetaAlone_IsUsed()
    {
        var html = """<html><head><meta name="DC.date" content="2020-02-12T10:00:00+01:00"></head><body><article>""" +
            Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2020, 2, 12));
    }

    [Fact]
    public void ReadPublishDate_GenericDateMetaAndPublishedTime_PrefersPublishedTime()
    {
        var html = """<html><head><meta name="date" content="2020-02-12"><meta property="article:published_time" content="2020-02-05T08:00:00+01:00"></head>""" +
            "<body><article>" + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2020, 2, 5));
    }

    [Fact]
    public void ReadPublishDate_CommentTimeBeforeArticleDateline_TakesArticleDate()
    {
        var html = "<html><body><div class=\"podcast\">" + Paragraphs + "<p>Veröffentlicht am 16.08.2019</p></div>" +
            "<div id=\"comments\"><div class=\"comment\"><time datetime=\"2019-08-24T03:36:11+02:00\">24. August 2019</time>" +
            "<p>Great episode, thanks.</p></div></div>" +
            "<footer><p>" + string.Concat(Enumerable.Repeat("Imprint, privacy, contact and the newsletter. ", 20)) + "</p></footer></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2019, 8, 16));
    }

    [Fact]
    public void ReadPublishDate_RelatedListDateOnly_IsStillUsedAsLastChoice()
    {
        var html = "<html><body><article>" + Paragraphs + "</article><ul class=\"related-posts\"><li><a href=\"/a\">Bridge works</a>" +
            "<span class=\"post-date\">09/09/2019</span></li></ul></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2019, 9, 9));
    }

    [Fact]
    public void ReadPublishDate_SidebarNamedWrapperHoldingTheTitle_IsTheArticle()
    {
        var html = "<html><body><div id=\"sidebar\" class=\"content-area\"><h1>Cycle lanes</h1><p class=\"meta\">13 July 2019</p>" +
            Paragraphs + "</div><div class=\"widget\"><p>" + string.Concat(Enumerable.Repeat("Archive links and tags. ", 60)) +
            "</p><span class=\"date\">8 August 2009</span></div></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2019, 7, 13));
    }

    [Fact]
    public void ReadPublishDate_LocalTimestampOneDayAfterUrlDate_KeepsTimestamp()
    {
        var html = """<html><head><meta name="DC.date.issued" content="2020-02-19T18:37:32+01:00"></head><body><article>""" +
            Paragraphs + "</article></body></html>";

        PublishDate(html, "https://example.com/2020/02/18/story.html").ShouldBe(new DateOnly(2020, 2, 19));
    }

    [Fact]
    public void ReadPublishDate_DeclaredDateYearsAfterUrlDate_TakesUrlDate()
    {
        var html = """<html><head><script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2019-06-17T18:28:00+0200"}</script>""" +
            "</head><body><article>" + Paragraphs + "</article></body></html>";

        PublishDate(html, "https://example.com/home/2017/7/12/montauk").ShouldBe(new DateOnly(2017, 7, 12));
    }

    [Fact]
    public void ReadPublishDate_JsonLdOnlyImageDatedAndDatelineUnderTitle_PrefersDateline()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@type":"NewsArticle","headline":"Cycle lanes","image":[{"@type":"ImageObject","datePublished":"2023-11-06"}]}
            </script></head><body><h1>Cycle lanes</h1><p class="stand"><span>Stand: </span>07.11.2023, 07:30 Uhr</p><article>
            """ + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2023, 11, 7));
    }

    [Fact]
    public void ReadPublishDate_JsonLdArticleAfterItsImage_TakesArticleDate()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@graph":[{"@type":"ImageObject","datePublished":"2021-05-31"},{"@type":"NewsArticle","datePublished":"2022-01-14T09:00:00+01:00"}]}
            </script></head><body><article>
            """ + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2022, 1, 14));
    }

    [Fact]
    public void ReadPublishDate_DatelineUnderTitleAndOtherDeclaredDate_PrefersDateline()
    {
        var html = """<html><head><meta property="article:published_time" content="2021-11-29T14:13:37+00:00"></head>""" +
            "<body><h1>Cycle lanes</h1><div class=\"article-date\">12.01.2022</div><article>" + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2022, 1, 12));
    }

    [Fact]
    public void ReadPublishDate_DatelineUnderTitleAndOtherUrlDate_PrefersUrl()
    {
        var html = "<html><body><h1>Results</h1><div class=\"entry-date\">19.05.2007</div><article>" + Paragraphs + "</article></body></html>";

        PublishDate(html, "https://example.org/2007/05/20/results/").ShouldBe(new DateOnly(2007, 5, 20));
    }

    [Fact]
    public void ReadPublishDate_MonthFirstDatelineAndDeclaredDate_ReadsDatelineAsDeclared()
    {
        var html = """<html><head><meta property="article:published_time" content="2020-06-01T10:00:00-04:00"></head>""" +
            "<body><h1>Cycle lanes</h1><span class=\"post-date\">06/01/2020</span><article>" + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2020, 6, 1));
    }

    [Fact]
    public void ReadPublishDate_HiddenModifiedTimeUnderTitle_IsNoDateline()
    {
        var html = """<html><head><meta property="article:published_time" content="2018-06-22T10:20:00+02:00"></head>""" +
            "<body><h1>Templates</h1><time itemprop=\"dateModified\" class=\"hidden\">2018-08-29 14:15:57</time><article>" +
            Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2018, 6, 22));
    }

    [Fact]
    public void ReadPublishDate_TeaserOfOtherStoryUnderTitle_IsNoDateline()
    {
        var html = """<html><head><meta property="article:published_time" content="2023-10-31T09:00:00+01:00"></head>""" +
            "<body><h1>Three questions</h1><a class=\"camp-teaser\" href=\"/older\"><time class=\"teaser-date\" datetime=\"2019-10-21\">21.10.2019</time></a>" +
            "<article>" + Paragraphs + string.Concat(Enumerable.Repeat("<p>More of the interview follows here in the text.</p>", 8)) + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2023, 10, 31));
    }

    [Fact]
    public void ReadPublishDate_UpdatedTimeUnderTitle_IsNoDateline()
    {
        var html = """<html><head><meta property="article:published_time" content="2017-12-15T08:50:02-05:00"></head>""" +
            "<body><h1>Cycle lanes</h1><span class=\"byline\">Updated <time datetime=\"2018-07-24T18:15:58+00:00\">Jul 24, 2018</time></span>" +
            "<article>" + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2017, 12, 15));
    }

    [Fact]
    public void ReadPublishDate_DatelineOneDayFromDeclaredTimestamp_KeepsDeclaredDay()
    {
        var html = """<html><head><meta property="article:published_time" content="2018-06-12T23:00:00.000Z"></head>""" +
            "<body><h1>Content depth</h1><ul class=\"meta-list\"><li><small>On 6/13/2018 by @writer</small></li></ul><article>" +
            Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2018, 6, 12));
    }

    [Fact]
    public void ReadPublishDate_DatelineOneDayAfterLocalTimestamp_PrefersDateline()
    {
        var html = """<html><head><meta property="article:published_time" content="2021-10-27T20:35:36+01:00"></head>""" +
            "<body><h1>Cycle lanes</h1><div class=\"news-date\">28.10.2021</div><article>" + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2021, 10, 28));
    }

    [Fact]
    public void ReadPublishDate_WrittenAndUpdatedInOneDateline_TakesWritten()
    {
        var html = "<html><body><h1>Cold wave</h1><p class=\"date\">Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 09:30:46</p>" +
            "<article>" + Paragraphs + "</article></body></html>";

        PublishDate(html).ShouldBe(new DateOnly(2023, 11, 7));
    }
}
