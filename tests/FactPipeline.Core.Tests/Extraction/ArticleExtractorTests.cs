using System.Security.Cryptography;
using System.Text;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Model;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private readonly ArticleExtractor _extractor = new();

    [Fact]
    public void Extract_PlainText_IdIsSha256PrefixOfText()
    {
        var article = Fixtures.Extract("Extraction/id-article.txt");

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Text)))[..16];
        article.Id.ShouldBe(expected);
        article.Source.ShouldBe("Extraction/id-article.txt");
        article.Language.ShouldBe("id");
    }

    /// <summary>The id depends on the text alone: the same text read from elsewhere is the same article; one more sentence is not.</summary>
    [Fact]
    public void Extract_SameTextUnderAnotherName_SameIdAndOneMoreSentence_AnotherId()
    {
        var bytes = Fixtures.Bytes("Extraction/ko-article.txt");
        var extractor = new ArticleExtractor();
        var original = Fixtures.Extract("Extraction/ko-article.txt");

        var copy = extractor.Extract(new SourceDocument("elsewhere/copy.txt", bytes, "text/plain", null)).Article!;
        var longer = extractor.Extract(new SourceDocument("Extraction/ko-article.txt", [.. bytes, .. "\n\n시청은 내년에 다시 발표한다.\n"u8], "text/plain", null)).Article!;

        copy.Source.ShouldBe("elsewhere/copy.txt");
        copy.Id.ShouldBe(original.Id);
        longer.Text.ShouldEndWith("시청은 내년에 다시 발표한다.");
        longer.Id.ShouldNotBe(original.Id);
    }

    [Fact]
    public void Extract_ParagraphOffsets_PointIntoText()
    {
        var article = Fixtures.Extract("Extraction/en-article.txt");

        foreach (var paragraph in article.Paragraphs)
        {
            article.Text.Substring(paragraph.Start, paragraph.Text.Length).ShouldBe(paragraph.Text);
        }
    }

    [Fact]
    public void Extract_EucKrText_DetectsKorean()
    {
        var article = Fixtures.Extract("Extraction/encoded/ko-euckr.txt");

        article.Language.ShouldBe("ko");
        article.Title.ShouldBe("정부, 반도체 연구 예산 두 배로 늘린다");
    }

    [Fact]
    public void Extract_Html_UsesDeclaredLanguageAndMetadata()
    {
        var article = Fixtures.Extract("Extraction/article-hidden-text.html");

        article.Language.ShouldBe("id");
        article.PublishedAt.ShouldBe(new DateOnly(2026, 2, 14));
    }

    [Fact]
    public void Extract_HtmlSavedAsTxt_IsParsedAsHtml()
    {
        var bytes = Fixtures.Bytes("Extraction/article-no-article-element.html");

        var result = _extractor.Extract(new SourceDocument("saved.txt", bytes, "text/plain"));

        result.Article!.Paragraphs[0].Text.ShouldStartWith("Exports rose");
        result.Article.Language.ShouldBe("en");
    }

    [Fact]
    public void Extract_BinaryFile_ReportsProblemNamingSource()
    {
        var result = _extractor.Extract(Fixtures.Document("Extraction/encoded/image-named-txt.txt"));

        result.Article.ShouldBeNull();
        result.Problem.ShouldBe(new InputProblem("Extraction/encoded/image-named-txt.txt", "binary file, not text"));
    }

    [Fact]
    public void Extract_NoParagraphsLeft_ReportsNoArticleText()
    {
        var result = _extractor.Extract(Fixtures.Document("Extraction/empty-article.html"));

        result.Problem!.Reason.ShouldBe("no article text found");
    }

    [Fact]
    public void AddExtraction_RegistersArticleExtractorAndOneLanguageIdentifier()
    {
        using var provider = new ServiceCollection().AddExtraction().BuildServiceProvider();

        provider.GetRequiredService<IArticleExtractor>().ShouldBeOfType<ArticleExtractor>();
        provider.GetRequiredService<ILanguageIdentifier>().ShouldBeOfType<LinguaLanguageIdentifier>()
            .ShouldBeSameAs(provider.GetRequiredService<ILanguageIdentifier>());
    }

    [Theory]
    [InlineData("Extraction/zh-short.txt", "zh", 2)]
    [InlineData("Extraction/zh-short-unpunctuated.txt", "zh", 1)]
    [InlineData("Extraction/ko-short.txt", "ko", 1)]
    public void Extract_ShortChineseOrKoreanTxt_IsRead(string fixture, string language, int paragraphs)
    {
        var article = Fixtures.Extract(fixture);

        article.Language.ShouldBe(language);
        article.Paragraphs.Count.ShouldBe(paragraphs);
    }

    [Fact]
    public void Extract_HtmlWithStrayNulBytes_IsReadWithoutThem()
    {
        var article = Fixtures.Extract("Extraction/encoded/stray-nul-bytes.html");

        article.Title.ShouldBe("Exports Rise for Third Month");
        article.Paragraphs[0].Text.ShouldStartWith("Exports rose 4.2 percent");
        article.Text.ShouldNotContain('\0');
        article.Language.ShouldBe("en");
    }

    [Fact]
    public void Extract_GermanPageDeclaredEnglish_IsGerman()
    {
        Fixtures.Extract("Extraction/de-declared-en.html").Language.ShouldBe("de");
    }

    [Fact]
    public void Extract_IndonesianPageDeclaredEnglish_IsIndonesian()
    {
        Fixtures.Extract("Extraction/id-declared-en.html").Language.ShouldBe("id");
    }

    [Fact]
    public void Extract_FeedLanguageContradictedByText_TextWins()
    {
        var document = Fixtures.Document("Extraction/id-article.txt") with { Language = "en" };

        _extractor.Extract(document).Article!.Language.ShouldBe("id");
    }

    [Fact]
    public void Extract_FeedDeclaresMalayForIndonesianLikeText_FeedWins()
    {
        // Malay and Indonesian are close: the source knows which it publishes.
        var document = Fixtures.Document("Extraction/id-article.txt") with { Language = "ms" };

        _extractor.Extract(document).Article!.Language.ShouldBe("ms");
    }

    [Fact]
    public void Extract_UsesTheGivenIdentifier()
    {
        var extractor = new ArticleExtractor(new FixedIdentifier("tl"));

        extractor.Extract(Fixtures.Document("Extraction/en-article.txt")).Article!.Language.ShouldBe("tl");
    }

    private sealed class FixedIdentifier(string language) : ILanguageIdentifier
    {
        public LanguageGuess Identify(string text) => LanguageGuess.Certain(language);
    }
}
