using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Extracts the main text of an HTML page: removes hidden and non-content elements, picks the
/// &lt;article&gt; (or the container with the most paragraph text), and takes its block-level text.
/// Only rendered text counts: comments, hidden elements and alt/title attributes never reach the article.
/// </summary>
internal static partial class HtmlArticleParser
{
    private const string BlockSelector = "p, h2, h3, h4, li, blockquote";
    private const int MinArticleChars = 150;

    private static readonly string[] NonContentElements =
    [
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
        "figure", "figcaption", "button", "select", "svg", "canvas",
    ];

    private static readonly HashSet<string> NeverRemovedByClass = ["html", "body", "main", "article"];

    public static ExtractedContent Parse(string html, string? url = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = HtmlMetadataReader.ReadTitle(document);
        var publishedAt = HtmlMetadataReader.ReadPublishDate(document);
        var language = HtmlMetadataReader.ReadDeclaredLanguage(document);

        RemoveInvisibleAndNonContent(document);
        var main = ChooseMainElement(document);
        var blocks = main is null ? [] : ReadBlocks(main);
        var paragraphs = ParagraphCleaner.Clean(blocks, removeLinkLists: false)
            .Where(paragraph => paragraph != title)
            .ToList();
        return new ExtractedContent(title, paragraphs, publishedAt, language);
    }

    private static void RemoveInvisibleAndNonContent(IDocument document)
    {
        var doomed = document.QuerySelectorAll(string.Join(", ", NonContentElements))
            .Concat(document.QuerySelectorAll("[hidden], [aria-hidden='true' i]"))
            .Concat(document.QuerySelectorAll("[style]").Where(e => HiddenStyle().IsMatch(e.GetAttribute("style")!)))
            .Concat(document.QuerySelectorAll("[class], [id]").Where(IsBoilerplateContainer))
            .ToList();
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsBoilerplateContainer(IElement element) =>
        !NeverRemovedByClass.Contains(element.LocalName)
        // A page wrapper like <div class="layout with-sidebar"> holds the article itself: keep it.
        && element.QuerySelector("article, main, h1") is null
        && BoilerplateClass().IsMatch($"{element.GetAttribute("class")} {element.GetAttribute("id")}");

    /// <summary>
    /// The &lt;article&gt; with the most paragraph text when it has a real amount; otherwise the element whose
    /// paragraphs add up to the most text (a paragraph also counts half for its grandparent, so text split
    /// over sibling wrappers still finds the common container).
    /// </summary>
    private static IElement? ChooseMainElement(IDocument document)
    {
        var article = document.QuerySelectorAll("article")
            .Select(element => (Element: element, Chars: ParagraphChars(element)))
            .OrderByDescending(candidate => candidate.Chars)
            .FirstOrDefault();
        if (article.Element is not null && article.Chars >= MinArticleChars)
        {
            return article.Element;
        }
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var chars = TextShape.CollapseWhitespace(paragraph.TextContent).Length;
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + chars;
                if (parent.ParentElement is { } grandparent)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + (chars / 2.0);
                }
            }
        }
        return scores.Count > 0 ? scores.MaxBy(pair => pair.Value).Key : document.Body;
    }

    private static int ParagraphChars(IElement element) =>
        element.QuerySelectorAll("p").Sum(p => TextShape.CollapseWhitespace(p.TextContent).Length);

    /// <summary>Innermost text blocks in document order; a container with no blocks gives its lines.</summary>
    private static List<string> ReadBlocks(IElement main)
    {
        foreach (var br in main.QuerySelectorAll("br").ToList())
        {
            br.Replace(main.Owner!.CreateTextNode("\n"));
        }
        var blocks = main.QuerySelectorAll(BlockSelector)
            .Where(element => element.QuerySelector(BlockSelector) is null)
            .Select(element => TextShape.CollapseWhitespace(element.TextContent))
            .Where(text => text.Length > 0)
            .ToList();
        if (blocks.Count > 0)
        {
            return blocks;
        }
        return PlainTextArticleParser.SplitUnits(main.TextContent);
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    // Whole class/id tokens (or their hyphenated parts): "share-buttons" and "ads" match, "threads" and "uploads" do not.
    [GeneratedRegex(
        @"(?:^|[\s_-])(?:nav\w*|menu\w*|related\w*|share\w*|social\w*|comments?|komentar|footer\w*|sidebar\w*|cookie\w*|" +
        @"advert\w*|ads?|iklan|promo\w*|newsletter\w*|baca-?juga\w*|bacajuga|breadcrumbs?|tags?|popular|terpopuler)(?:$|[\s_-])",
        RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateClass();
}
