using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class HtmlArticleParserTests
{
    private static ExtractedContent ParseFixture(string name) =>
        HtmlArticleParser.Parse(File.ReadAllText(Fixtures.PathOf("Extraction/" + name)));

    [Theory]
    [InlineData("777")] // inside an HTML comment
    [InlineData("555")] // display: none
    [InlineData("444")] // hidden attribute
    [InlineData("333")] // aria-hidden
    [InlineData("99 pesawat")] // img alt attribute
    [InlineData("sebelas")] // abbr title attribute
    [InlineData("Foto: Humas")] // figure caption
    public void Parse_HiddenOrAttributeText_IsNotInParagraphs(string hidden)
    {
        var content = ParseFixture("article-hidden-text.html");

        string.Join("\n", content.Paragraphs).ShouldNotContain(hidden);
    }

    private static string Page(string wrapperClass) => $$"""
        <html><body>
        <div class="site-menu"><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a> <a href="/olahraga">Olahraga</a></div>
        <div class="{{wrapperClass}}"><div>
        <p>Pemerintah kota meresmikan jembatan baru sepanjang 450 meter yang menghubungkan dua kecamatan di tepi sungai.</p>
        <p>Pembangunan jembatan itu menelan biaya Rp 320 miliar dan selesai dua bulan lebih cepat dari jadwal semula.</p>
        <p>Warga berharap waktu tempuh ke pasar dan sekolah berkurang separuh setelah jembatan dibuka untuk umum.</p>
        </div></div>
        </body></html>
        """;

    [Theory]
    [InlineData("socialicons-sticky")] // a word that only starts like a furniture word
    [InlineData("c-fixed-sidebar-layout--140--left@lg")] // a layout wrapper named after its sidebar
    [InlineData("share-zone")] // a furniture word on the element that holds the article
    public void Parse_ArticleInsideAWrapperNamedLikeFurniture_IsKept(string wrapperClass)
    {
        var content = HtmlArticleParser.Parse(Page(wrapperClass));

        content.Paragraphs.Count.ShouldBe(3);
        content.Paragraphs[1].ShouldContain("Rp 320 miliar");
    }

    [Fact]
    public void Parse_InlineElementNamedLikeFurniture_KeepsItsText()
    {
        var content = HtmlArticleParser.Parse(Page("story").Replace("Rp 320 miliar", "<span class=\"CtxtMenu_Attached_0\">Rp 320 miliar</span>", StringComparison.Ordinal));

        content.Paragraphs[1].ShouldContain("Rp 320 miliar");
    }

    [Fact]
    public void Parse_CaptionGalleryLongerThanTheStoryInsideArticleBody_KeepsStoryDropsCaptions()
    {
        // The gallery's captions outscore the story's paragraphs and are most of the declared body's text.
        var content = ParseFixture("article-with-gallery.html");

        content.Paragraphs.Count.ShouldBe(6);
        content.Paragraphs[0].ShouldStartWith("The port authority approved");
        content.Paragraphs[2].ShouldContain("410 million euros");
        content.Paragraphs[5].ShouldStartWith("The authority's chair said");
        content.Paragraphs.ShouldAllBe(p => !p.Contains("crane operator") && !p.Contains("/12"));
    }

    [Fact]
    public void Parse_ArticleSplitIntoSameClassBlocksAtDifferentDepths_ReadsEveryPartInOrder()
    {
        // The story's first part sits beside a sidebar; later parts sit in wrappers after a full-width picture.
        var content = ParseFixture("article-split-parts.html");

        content.Paragraphs.Count.ShouldBe(7);
        content.Paragraphs[0].ShouldStartWith("The city council voted");
        content.Paragraphs[3].ShouldStartWith("Engineers who inspected");
        content.Paragraphs[6].ShouldStartWith("Work on the replacement");
        content.Paragraphs.ShouldAllBe(p => !p.Contains("Most read"));
    }

    private const string StoryParagraphs = """
        <p>The regional water board raised its forecast for the summer reservoir level on Thursday after three weeks of steady rain in the hills.</p>
        <p>Farmers in the valley had been told to expect cuts of a fifth to their irrigation allowance; the board now says the cut will be at most a tenth.</p>
        <p>The board will review the forecast again at the end of the month, when the snow survey from the upper catchment is complete.</p>
        """;

    [Fact]
    public void Parse_NextStoryTeaserCardsAfterTheArticle_AreDropped()
    {
        var html = $$"""
            <html><body><div class="post">
            {{StoryParagraphs}}
            <div class="next"><p><a href="/news/other-story.html">Next story</a></p>
            <div class="card"><a href="/news/other-story.html"><h5>City opens two new cycle lanes along the river</h5></a>
            <p>The lanes link the station with the university campus</p><span>Reporter Name 2026-05-02</span></div></div>
            </div></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        content.Paragraphs.Count.ShouldBe(3);
        content.Paragraphs.ShouldAllBe(p => !p.Contains("cycle lanes") && !p.Contains("university campus"));
    }

    [Fact]
    public void Parse_ListingPageMadeOfTeaserCards_KeepsTheCards()
    {
        var cards = string.Join("\n", Enumerable.Range(1, 6).Select(i =>
            $"<div class=\"card\"><h3><a href=\"/story-{i}.html\">Story number {i} about the harbour works</a></h3>" +
            $"<p>A short summary of story {i}, on the dredging of the northern channel and what it costs.</p></div>"));

        var content = HtmlArticleParser.Parse($"<html><body><div class=\"stories\">{cards}</div></body></html>");

        content.Paragraphs.ShouldContain("Story number 4 about the harbour works");
        content.Paragraphs.ShouldContain("A short summary of story 6, on the dredging of the northern channel and what it costs.");
    }

    [Fact]
    public void Parse_ArticleContinuationInsideAPaywallWrapper_IsKept()
    {
        // Publishers wrap the part of the text meant for subscribers in a "paywall" element; it is the article.
        var html = $$"""
            <html><body><div class="article-body">
            {{StoryParagraphs}}
            <div class="paywall">
            <p>Water use in the valley's towns fell by a twelfth last summer after the board's campaign on garden sprinklers.</p>
            <p>The campaign will run again this year, the board said, whatever the final forecast.</p>
            </div></div></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        content.Paragraphs.Count.ShouldBe(5);
        content.Paragraphs[4].ShouldStartWith("The campaign will run again");
    }

    [Fact]
    public void Parse_ArticleWithItsRestBehindAReadMoreFold_ReadsIntroAndFoldInOrder()
    {
        // The fold's container outscores the story body on its own paragraphs; the story body, a level above, scores
        // more with the intro and holds the fold, named "read-more", whose paragraphs are the rest of the article.
        var content = ParseFixture("article-read-more-fold.html");

        content.Paragraphs.Count.ShouldBe(9);
        content.Paragraphs[0].ShouldStartWith("The city council has put off its vote");
        content.Paragraphs[1].ShouldStartWith("Councillors were told on Monday");
        content.Paragraphs[2].ShouldStartWith("The committee's chair said");
        content.Paragraphs[8].ShouldStartWith("The council expects the new estimate");
        content.Paragraphs.ShouldNotContain("Read more");
    }

    [Fact]
    public void Parse_ReadMoreFoldHoldingMostOfTheArticle_KeepsItsParagraphsAfterALongIntro()
    {
        // A "read-more" wrapper is furniture by name, and an article's worth of text stays without it; but what it
        // holds is a run of prose paragraphs, not a gallery or teasers.
        var content = ParseFixture("article-read-more-fold-long-intro.html");

        content.Paragraphs.Count.ShouldBe(9);
        content.Paragraphs[3].ShouldStartWith("The regional transport authority");
        content.Paragraphs[4].ShouldStartWith("The contract requires at least five");
        content.Paragraphs[8].ShouldStartWith("The authority will meet the operator");
        content.Paragraphs.ShouldNotContain("Continue reading");
    }

    [Fact]
    public void Parse_TitleBlockNamedLikeContent_DoesNotWinOverTheArticle()
    {
        // "page-title" earns the same name bonus as "page-content", and a one-line heading with it outscored the
        // paragraphs; a candidate with a few words cannot be the article.
        var content = ParseFixture("article-title-block-named-page.html");

        content.Paragraphs.Count.ShouldBe(3);
        content.Paragraphs[0].ShouldStartWith("The harbour authority will raise");
        content.Paragraphs[2].ShouldStartWith("The authority carried just over");
    }

    [Fact]
    public void Parse_PictureStoryWhoseItemsAreNamedLikeFurniture_KeepsTheItemsText()
    {
        // Every paragraph is a gallery item's "comment": removing what the names call furniture would leave nothing of
        // the chosen container, so the names are its parts' names and only link lists and teasers go.
        var content = ParseFixture("article-picture-story-items-named-comment.html");

        content.Paragraphs.Count.ShouldBe(4);
        content.Paragraphs[0].ShouldStartWith("Every year our readers vote");
        content.Paragraphs[3].ShouldStartWith("Third place went to a long border");
    }

    [Fact]
    public void Parse_ArticleInsideAWrapperNamedLikeSocialIcons_IsKeptAndTheCommentsStillGo()
    {
        // The wrapper's name says "social icons", but it holds a run of prose paragraphs, which a share bar never does;
        // readers' comments are prose too, and their name still removes them.
        var content = ParseFixture("article-inside-social-named-wrapper.html");

        content.Paragraphs.ShouldContain(p => p.StartsWith("Forty volunteers spent Saturday", StringComparison.Ordinal));
        content.Paragraphs.ShouldContain(p => p.StartsWith("By the evening the path was open", StringComparison.Ordinal));
        content.Paragraphs.ShouldNotContain(p => p.StartsWith("What a great effort", StringComparison.Ordinal));
        content.Paragraphs.ShouldNotContain(p => p.StartsWith("Could the council now fix", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ShortStandfirstWithANameBonus_LosesToTheArticleBodyNearItsScore()
    {
        // "teaser-text" earns the name bonus that carries a 170-character standfirst past a body of five paragraphs
        // scored on their text alone; the body, close behind and with many times the text, is the article.
        var content = ParseFixture("article-standfirst-named-text.html");

        content.Paragraphs.ShouldContain(p => p.StartsWith("Der Landesverband hatte vor dem Treffen", StringComparison.Ordinal));
        content.Paragraphs.ShouldContain(p => p.StartsWith("Er will nun mit den Gemeinden sprechen", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ShortPostFollowedByTheNextPostsTeasers_ReadsThePost()
    {
        // Infinite-scroll blogs render the next posts below the article; each teaser is as long as the post is short.
        var content = ParseFixture("article-followed-by-next-posts.html");

        content.Paragraphs.Count.ShouldBe(3);
        content.Paragraphs[0].ShouldStartWith("Many have tried to write a holiday song");
        content.Paragraphs[2].ShouldStartWith("He says the song is the first part");
    }

    [Fact]
    public void Parse_PageInsideAnUnclosedNoscript_ReadsTheArticle()
    {
        // A noscript left open (or a script-drawn page's fallback) holds the whole page: it is the page, not furniture.
        var content = ParseFixture("article-inside-unclosed-noscript.html");

        content.Paragraphs.ShouldContain(p => p.StartsWith("Sono almeno undici le femmine", StringComparison.Ordinal));
        content.Paragraphs.ShouldContain(p => p.StartsWith("Il parco ricorda ai visitatori", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PostNamedAfterItsAuthorAndTags_IsKeptAndItsCommentsDropped()
    {
        // WordPress names the post element after its author and tags; its comments are article elements too.
        var content = ParseFixture("article-post-named-after-author.html");

        content.Paragraphs.Count.ShouldBe(6);
        content.Paragraphs[0].ShouldStartWith("The central library will stay open");
        content.Paragraphs[5].ShouldStartWith("The branch libraries keep");
        content.Paragraphs.ShouldAllBe(p => !p.Contains("Reader") && !p.Contains("café"));
    }

    [Fact]
    public void Parse_ListWithAnItemOfItsOwnWordsAboveLinks_IsKept()
    {
        // A changelog's item says something outside its links; the sub-list of bug links alone would be a link list.
        var html = $$"""
            <html><body><div class="post">
            {{StoryParagraphs}}
            <ul><li>The board has approved a second season of the volunteer monitoring programme, and two hydrologists will train the new volunteers.
            <ul><li><a href="/bugs/101">Gauge 101 now reports twice an hour</a></li><li><a href="/bugs/102">Gauge 102 replaced after the flood</a></li>
            <li><a href="/bugs/103">Gauge 103 moved two kilometres upstream</a></li><li><a href="/bugs/104">Gauge 104 raises a battery alarm</a></li>
            <li><a href="/bugs/105">Gauge 105 reads the snow depth too</a></li><li><a href="/bugs/106">Gauge 106 added at the dam</a></li></ul></li></ul>
            </div></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        content.Paragraphs.ShouldContain(p => p.StartsWith("The board has approved a second season", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MenuListAfterTheStory_IsStillDropped()
    {
        var html = $$"""
            <html><body><div class="post">
            {{StoryParagraphs}}
            <ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/about">About us</a></li></ul>
            </div></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        content.Paragraphs.Count.ShouldBe(3);
    }

    [Fact]
    public void Parse_TableOfFigures_ReadsEachRowAsOneLineWithItsHeaderOnce()
    {
        // Cells one per line lose which figure belongs to which label, and the cleaner took repeated "0" cells and a
        // header rendered twice for doubled captions.
        var html = $$"""
            <html><body><div class="post">
            {{StoryParagraphs}}
            <table><thead><tr><th>Reservoir</th><th>Level (%)</th><th>Change</th></tr></thead>
            <thead><tr><th>Reservoir</th><th>Level (%)</th><th>Change</th></tr></thead>
            <tbody><tr><td>Upper lake</td><td>81</td><td>0</td></tr><tr><td>Mill pond</td><td>64</td><td>0</td></tr>
            <tr><td>North basin</td><td>72</td><td>+3</td></tr></tbody></table>
            </div></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        content.Paragraphs.Skip(3).ShouldBe(["Reservoir Level (%) Change", "Upper lake 81 0", "Mill pond 64 0", "North basin 72 +3"]);
    }

    [Fact]
    public void Parse_LayoutTableHoldingParagraphs_ReadsTheParagraphsOneByOne()
    {
        var html = $$"""
            <html><body><table><tr><td class="nav"><a href="/">Home</a></td><td>
            {{StoryParagraphs}}
            </td></tr></table></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        content.Paragraphs.Count.ShouldBe(3);
        content.Paragraphs[2].ShouldStartWith("The board will review the forecast");
    }

    [Fact]
    public void Parse_LinkNamedLikeFurnitureInsideASentence_KeepsItsText()
    {
        // Sites link names in the text to their topic pages with ids such as "auto-tag_…".
        var content = HtmlArticleParser.Parse(Page("story").Replace("Rp 320 miliar", "<a id=\"auto-tag_rp-320\" href=\"/t/biaya\">Rp 320 miliar</a>", StringComparison.Ordinal));

        content.Paragraphs[1].ShouldContain("menelan biaya Rp 320 miliar dan selesai");
    }

    [Fact]
    public void Parse_CaptionSpanOpeningAParagraph_IsDropped()
    {
        var content = HtmlArticleParser.Parse(Page("story").Replace("<p>Pembangunan", "<p><span class=\"caption\">Foto udara jembatan baru</span> Pembangunan", StringComparison.Ordinal));

        content.Paragraphs[1].ShouldStartWith("Pembangunan jembatan itu");
    }

    [Theory]
    [InlineData("by Lighthouse Patent Office / 2016.12.01")]
    [InlineData("Oleh: Rina Wulandari, 3 Mei 2024")]
    public void Parse_BylineWithItsDateAtopTheStory_IsNotAParagraph(string byline)
    {
        var content = HtmlArticleParser.Parse(Page("story").Replace("<p>Pemerintah", $"<p>{byline}</p><p>Pemerintah", StringComparison.Ordinal));

        content.Paragraphs.Count.ShouldBe(3);
        content.Paragraphs[0].ShouldStartWith("Pemerintah kota");
    }

    [Fact]
    public void Parse_TextDivsWithHeadingsBetween_KeepsTheHeadings()
    {
        // Text held directly by divs, as some CMSs write it: the divs' parent is the article, headings included.
        var html = """
            <html><body><div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div><article>
            <div>The regional water board raised its forecast for the summer reservoir level on Thursday after three weeks of steady rain in the hills.</div>
            <h2>What it means for farms</h2>
            <div>Farmers in the valley had been told to expect cuts of a fifth to their irrigation allowance; the board now says the cut will be at most a tenth.</div>
            </article></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        content.Paragraphs.ShouldBe([
            "The regional water board raised its forecast for the summer reservoir level on Thursday after three weeks of steady rain in the hills.",
            "What it means for farms",
            "Farmers in the valley had been told to expect cuts of a fifth to their irrigation allowance; the board now says the cut will be at most a tenth.",
        ]);
    }

    [Fact]
    public void Parse_ArticlePartsWithNumberedClasses_ReadsBothParts()
    {
        var html = """
            <html><body><div class="wrap">
            <div class="top"><div class="story-body story-body-1">
            <p>The regional water board, meeting in the valley town, raised its forecast for the summer reservoir level on Thursday.</p>
            <p>Three weeks of steady rain in the hills, the wettest spring in a decade, had filled the upper lakes, it said.</p>
            </div></div>
            <aside class="more"><a href="/other">Other news from the valley</a></aside>
            <div class="later"><div class="inner"><div class="story-body story-body-2">
            <p>Farmers in the valley had been told to expect cuts of a fifth to their irrigation allowance; the board now says the cut will be at most a tenth.</p>
            <p>The board will review the forecast again at the end of the month, when the snow survey from the upper catchment is complete, it said.</p>
            <p>Water use in the valley's towns fell by a twelfth last summer after the board's campaign on garden sprinklers, according to its figures.</p>
            </div></div></div></div></body></html>
            """;

        var content = HtmlArticleParser.Parse(html);

        content.Paragraphs.Count.ShouldBe(5);
        content.Paragraphs[0].ShouldStartWith("The regional water board");
        content.Paragraphs[2].ShouldStartWith("Farmers in the valley");
    }

    [Fact]
    public void Parse_ArticleWithNavAndSidebar_KeepsMainParagraphsOnly()
    {
        var content = ParseFixture("article-hidden-text.html");

        content.Paragraphs.Count.ShouldBe(4);
        content.Paragraphs[0].ShouldStartWith("Bandara baru di Kulon Progo");
        content.Paragraphs[1].ShouldContain("11 triliun rupiah");
        content.Paragraphs[2].ShouldBe("Akses Kereta Bandara");
        content.Paragraphs.ShouldAllBe(p => !p.Contains("Baca Juga") && !p.Contains("Bagikan") && !p.Contains("terpopuler"));
    }

    [Fact]
    public void Parse_JsonLdGraph_UsesDatePublishedNotModified()
    {
        ParseFixture("article-hidden-text.html").PublishedAt.ShouldBe(new DateOnly(2026, 2, 14));
    }

    [Fact]
    public void Parse_OgTitleWithSiteSuffix_StripsSiteName()
    {
        ParseFixture("article-hidden-text.html").Title.ShouldBe("Bandara Baru Siap Beroperasi");
    }

    [Fact]
    public void Parse_HtmlLang_IsDeclaredLanguage()
    {
        ParseFixture("article-hidden-text.html").DeclaredLanguage.ShouldBe("id");
    }

    [Fact]
    public void Parse_NoArticleElement_PicksContainerWithMostParagraphText()
    {
        var content = ParseFixture("article-no-article-element.html");

        content.Paragraphs.Count.ShouldBe(3);
        content.Paragraphs[0].ShouldStartWith("Exports rose 4.2 percent");
        content.Title.ShouldBe("Exports Rise for Third Month");
        content.PublishedAt.ShouldBe(new DateOnly(2026, 3, 13));
        content.DeclaredLanguage.ShouldBeNull();
    }

    [Fact]
    public void Parse_TimeElements_SkipsUpdatedTime()
    {
        var content = ParseFixture("article-time-element.html");

        content.PublishedAt.ShouldBe(new DateOnly(2025, 11, 16));
        content.DeclaredLanguage.ShouldBe("vi");
    }

    [Fact]
    public void Parse_DatelineNextToTitle_IsPublishDateNotCopyrightOrEventDate()
    {
        ParseFixture("article-dateline-near-title.html").PublishedAt.ShouldBe(new DateOnly(2026, 1, 5));
    }

    [Fact]
    public void Parse_PageWithoutText_HasNoParagraphs()
    {
        ParseFixture("empty-article.html").Paragraphs.ShouldBeEmpty();
    }
}
