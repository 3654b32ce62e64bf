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

    [Fact]
    public void Extract_SameTextTwice_SameId()
    {
        Fixtures.Extract("Extraction/ko-article.txt").Id.ShouldBe(Fixtures.Extract("Extraction/ko-article.txt").Id);
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
    public void AddExtraction_RegistersArticleExtractor()
    {
        using var provider = new ServiceCollection().AddExtraction().BuildServiceProvider();

        provider.GetRequiredService<IArticleExtractor>().ShouldBeOfType<ArticleExtractor>();
    }
}
