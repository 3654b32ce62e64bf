using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

/// <summary>The author as <c>HtmlMetadataReader.Author.cs</c> reads it: declared first, then the byline on the page.</summary>
public sealed class HtmlMetadataAuthorTests
{
    private const string Body =
        "<p>Harga cabai rawit di pasar induk naik menjadi 95 ribu rupiah per kilogram pada Senin pagi, kata pedagang.</p>" +
        "<p>Pemerintah daerah berjanji menggelar operasi pasar mulai pekan depan di dua belas kecamatan untuk menahan harga.</p>";

    private static string? AuthorOf(string head, string body = "") =>
        HtmlPageReader.Read($"<html><head>{head}</head><body><article><h1>Harga cabai naik</h1>{body}{Body}</article></body></html>", "https://example.com/news/1").Author;

    [Fact]
    public void ReadAuthor_JsonLdAuthorArray_JoinsNamesWithComma()
    {
        AuthorOf("""
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harga cabai naik",
             "author":[{"@context":"https://schema.org","@type":"Person","name":"Rina Kartika"},{"@type":"Person","name":"Budi Santoso"}]}
            </script>
            """).ShouldBe("Rina Kartika, Budi Santoso");
    }

    [Fact]
    public void ReadAuthor_JsonLdArticleInGraph_PreferredToOtherAuthors()
    {
        AuthorOf("""
            <script type="application/ld+json">
            {"@graph":[{"@type":"VideoObject","author":"Tim Video"},{"@type":"NewsArticle","author":{"@type":"Person","name":"Dewi Lestari"}}]}
            </script>
            """).ShouldBe("Dewi Lestari");
    }

    [Fact]
    public void ReadAuthor_JsonLdClaimReviewedAuthor_IsNotTheWriter()
    {
        AuthorOf("""
            <meta property="og:site_name" content="Cek Fakta">
            <script type="application/ld+json">
            {"@type":"ClaimReview","author":{"@type":"Organization","name":"Cek Fakta"},
             "itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"Pejabat Daerah"}}}
            </script>
            """, """<span class="byline">Oleh Dewi Lestari</span>""").ShouldBe("Dewi Lestari");
    }

    [Fact]
    public void ReadAuthor_JsonLdAuthorIsThePublisher_IsNotAPerson()
    {
        AuthorOf("""
            <meta property="og:site_name" content="Kabar Pasar">
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Kabar Pasar"}}</script>
            """, """<div class="byline">Oleh: Sari Wulandari</div>""").ShouldBe("Sari Wulandari");
    }

    [Fact]
    public void ReadAuthor_DublinCoreCreators_JoinedAndPreferredToAuthorMeta()
    {
        AuthorOf("""
            <meta name="author" content="Kabar Pasar Desk">
            <meta name="DC.Creator" content="Hartono, Agus">
            <meta property="dc:creator" content="Lim, Mei">
            """).ShouldBe("Hartono, Agus, Lim, Mei");
    }

    [Fact]
    public void ReadAuthor_AuthorMetaWithPrefixAndSiteTail_StripsBoth()
    {
        AuthorOf("""<meta name="author" content="By  Jane   Doe | Kabar Pasar">""").ShouldBe("Jane Doe");
    }

    [Fact]
    public void ReadAuthor_AuthorMetaIsUrl_FallsBackToBylineElement()
    {
        AuthorOf("""<meta name="author" content="https://example.com/people/jane">""", """<span class="post-author">Jane Doe</span>""")
            .ShouldBe("Jane Doe");
    }

    [Fact]
    public void ReadAuthor_AuthorMetaIsSiteName_Ignored()
    {
        AuthorOf("""<meta property="og:site_name" content="Kabar Pasar"><meta name="author" content="kabarpasar.com">""").ShouldBeNull();
    }

    [Fact]
    public void ReadAuthor_BylineClassWithNameDateAndEmail_KeepsName()
    {
        AuthorOf("", """<p class="article-byline">By <a href="/p/jd">Jane Doe</a> March 12, 2026 10:30 AM jane@example.com</p>""")
            .ShouldBe("Jane Doe");
    }

    [Fact]
    public void ReadAuthor_CamelCaseBylineClass_NameOnFirstLine()
    {
        AuthorOf("", """<div class="FeatureByline">Written by <b>Jane Doe</b><br>Edited by John Roe</div>""").ShouldBe("Jane Doe");
    }

    [Fact]
    public void ReadAuthor_AuthorBoxWithJobTitleAndAvatar_TakesNamePart()
    {
        AuthorOf("", """<div class="author"><img class="author-avatar" alt="x"><a class="author-link" href="/a">Jane Doe</a><div class="author-title">Markets Editor</div></div>""")
            .ShouldBe("Jane Doe");
    }

    [Fact]
    public void ReadAuthor_SeveralItempropNames_Joined()
    {
        AuthorOf("", """<p class="byline">By <span itemprop="name">Jane Doe</span> and <span itemprop="name">John Roe</span></p>""")
            .ShouldBe("Jane Doe, John Roe");
    }

    [Fact]
    public void ReadAuthor_ItempropAuthorWithMetaName_ReadsContent()
    {
        AuthorOf("", """<div itemprop="author" itemscope><meta itemprop="name" content="Rina Kartika"></div>""").ShouldBe("Rina Kartika");
    }

    [Fact]
    public void ReadAuthor_CommentAuthor_Ignored()
    {
        AuthorOf("", """<section class="comments"><span class="comment-author">pembaca123</span><span class="author">Pembaca Setia</span></section>""")
            .ShouldBeNull();
    }

    [Fact]
    public void ReadAuthor_DateLabelInAuthorBox_IsNotAName()
    {
        AuthorOf("", """<div class="author-details"><em>Last Updated:</em> March 12, 2026</div>""").ShouldBeNull();
    }

    [Fact]
    public void ReadAuthor_IndonesianPenulisLine_ReturnsName()
    {
        AuthorOf("", "<p>Penulis: Sari Wulandari</p>").ShouldBe("Sari Wulandari");
    }

    [Fact]
    public void ReadAuthor_EnglishSentenceStartingWithBy_IsNotAByline()
    {
        AuthorOf("", "<p>By contrast, the index fell two percent.</p>").ShouldBeNull();
    }

    [Fact]
    public void ReadAuthor_KoreanReporterSuffix_ReturnsName()
    {
        AuthorOf("", "<p>홍길동 기자 gildong@example.co.kr</p>").ShouldBe("홍길동");
    }

    [Fact]
    public void ReadAuthor_KoreanWireDateline_ReturnsReporterBeforeEquals()
    {
        AuthorOf("", "<p>(서울=예시통신) 김철수 기자 = 정부는 다음 달부터 전통시장 물가 점검을 강화하고 가격 표시제를 전면 확대한다고 밝혔다. 이번 조치는 최근 채소 가격 급등에 따른 것이다.</p>")
            .ShouldBe("김철수");
    }

    [Fact]
    public void ReadAuthor_VietnameseTacGia_ReturnsName()
    {
        AuthorOf("", "<p>Tác giả: Nguyễn Văn An</p>").ShouldBe("Nguyễn Văn An");
    }

    [Fact]
    public void ReadAuthor_VietnameseTheoBeforeSentence_IsNotAByline()
    {
        AuthorOf("", "<p>Theo báo cáo mới, giá rau tăng mạnh.</p>").ShouldBeNull();
    }

    [Fact]
    public void ReadAuthor_ChineseWenSlash_ReturnsName()
    {
        AuthorOf("", "<p>文/张小明</p>").ShouldBe("张小明");
    }

    [Fact]
    public void ReadAuthor_ChineseReporterPrefix_ReturnsName()
    {
        AuthorOf("", "<p>本报记者 李华</p>").ShouldBe("李华");
    }

    [Fact]
    public void ReadAuthor_ArticleAuthorMetaName_UsedWhenNothingElse()
    {
        AuthorOf("""<meta property="article:author" content="Dewi Lestari">""").ShouldBe("Dewi Lestari");
    }

    [Fact]
    public void ReadAuthor_ArticleAuthorMetaUrl_Ignored()
    {
        AuthorOf("""<meta property="article:author" content="https://www.facebook.com/kabarpasar">""").ShouldBeNull();
    }

    [Fact]
    public void ReadAuthor_EnglishFirstNameTheo_NotStripped()
    {
        AuthorOf("""<meta name="author" content="Theo Walsh">""").ShouldBe("Theo Walsh");
    }

    [Fact]
    public void ReadAuthor_ChineseBylineInBrackets_ReturnsNames()
    {
        AuthorOf("", "<p>本报讯（记者 王小红 陈明）近日，市场监管部门对全市农贸市场开展了价格专项检查，共出动执法人员三百余人次。</p>")
            .ShouldBe("王小红 陈明");
    }

    [Fact]
    public void ReadAuthor_KoreanWriterClassWithEmailInParentheses_ReturnsName()
    {
        AuthorOf("", """<span class="writer">박영희 기자 (younghee@example.co.kr)</span>""").ShouldBe("박영희");
    }

    [Fact]
    public void ReadAuthor_AuthorMailClassHoldingName_ReturnsName()
    {
        AuthorOf("", """<p class="author_mail"><strong>Trần Thị Bình</strong></p>""").ShouldBe("Trần Thị Bình");
    }

    [Fact]
    public void ReadAuthor_AuthorElementWithSiteTail_StripsTail()
    {
        AuthorOf("""<meta property="og:site_name" content="kabarpasar">""", """<div class="detail__author">Rina Kartika - kabarpasar</div>""")
            .ShouldBe("Rina Kartika");
    }

    [Fact]
    public void ReadAuthor_TaiwaneseBracketedReporterAndPlace_ReturnsName()
    {
        AuthorOf("", "<p>〔記者林小華／台北報導〕主管機關今天公布最新的物價統計資料，顯示蔬菜價格連續第三個月上漲，民眾負擔加重。</p>")
            .ShouldBe("林小華");
    }

    [Fact]
    public void ReadAuthor_KoreanOutletEqualsName_ReturnsName()
    {
        AuthorOf("", """<span class="byline">예시일보=김민준 기자</span>""").ShouldBe("김민준");
    }

    [Fact]
    public void ReadAuthor_SiteBuilderCredit_IsNotTheAuthor()
    {
        AuthorOf("""<meta name="author" content="Developed by Studio Web">""").ShouldBeNull();
    }

    [Fact]
    public void ReadAuthor_DoublyEscapedEntity_Decoded()
    {
        AuthorOf("""<meta name="author" content="Jos&amp;#xE9; Ramos">""").ShouldBe("José Ramos");
    }

    [Fact]
    public void ReadAuthor_ArticleAuthorMetaAndVisibleByline_BylineWins()
    {
        AuthorOf("""<meta property="article:author" content="Kolom Opini">""", """<em class="byline">SARI WULANDARI</em>""")
            .ShouldBe("SARI WULANDARI");
    }

    [Fact]
    public void ReadAuthor_PersonalBlogNamedAfterWriter_JsonLdPersonKept()
    {
        AuthorOf("""
            <script type="application/ld+json">
            {"@type":"BlogPosting","author":{"@type":"Person","name":"Rina Kartika"},"publisher":{"@type":"Organization","name":"Rina Kartika"}}
            </script>
            """).ShouldBe("Rina Kartika");
    }
}
