using System.Security.Cryptography;
using System.Text;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Decodes a document (<see cref="TextDecoder"/>), extracts its main text and metadata with the HTML or
/// plain-text parser, and identifies the language: from the text, weighed against what the source and the page
/// declare (<see cref="LanguageEvidence"/>). Stateless and thread-safe.
/// </summary>
public sealed class ArticleExtractor(ILanguageIdentifier languages) : IArticleExtractor
{
    /// <summary>For tools and tests outside DI: uses the process-wide <see cref="LinguaLanguageIdentifier.Shared"/>.</summary>
    public ArticleExtractor()
        : this(LinguaLanguageIdentifier.Shared)
    {
    }

    public const string NoTextProblem = "no article text found";

    private const int IdHexChars = 16;
    private const int HtmlSniffChars = 512;

    public ExtractionResult Extract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var declaredHtml = document.MediaType.Contains("html", StringComparison.OrdinalIgnoreCase);
        var decoded = TextDecoder.Decode(document.Content, document.DeclaredCharset, declaredHtml || LooksLikeHtml(document.Content));
        if (decoded.Text is null)
        {
            return ExtractionResult.Fail(document.Source, decoded.Problem ?? "cannot decode");
        }

        var isHtml = declaredHtml || LooksLikeHtml(decoded.Text);
        var content = isHtml ? HtmlArticleParser.Parse(decoded.Text, document.Source) : PlainTextArticleParser.Parse(decoded.Text);
        if (content.Paragraphs.Count == 0)
        {
            return ExtractionResult.Fail(document.Source, NoTextProblem);
        }

        var paragraphs = Article.Layout(content.Paragraphs);
        var text = string.Join(Article.ParagraphSeparator, content.Paragraphs);
        return ExtractionResult.Ok(new Article
        {
            Id = ContentId(text),
            Source = document.Source,
            Title = content.Title,
            // The source's configured language (feeds) is more deliberate than a page template's lang attribute.
            Language = LanguageEvidence.Resolve(languages.Identify(text), [document.Language, content.DeclaredLanguage]),
            PublishedAt = content.PublishedAt,
            ModifiedAt = content.ModifiedAt,
            Author = content.Author,
            SiteName = content.SiteName,
            CanonicalUrl = content.CanonicalUrl,
            Paragraphs = paragraphs,
        });
    }

    /// <summary>First 16 hex characters of SHA-256 over the UTF-8 text: the same article always gets the same id.</summary>
    internal static string ContentId(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..IdHexChars];

    /// <summary>A saved page with a .txt name is still HTML; look at how it starts.</summary>
    private static bool LooksLikeHtml(byte[] content) =>
        LooksLikeHtml(Encoding.Latin1.GetString(content, 0, Math.Min(content.Length, HtmlSniffChars)));

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, HtmlSniffChars)).TrimStart("\uFEFF \t\r\n");
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
