using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FactPipeline.Evaluation.Extraction;

/// <summary>
/// The text of an HTML fragment with block elements on lines of their own: without the breaks, the last word of one
/// paragraph and the first of the next would join into shingles no extractor's output holds.
/// </summary>
public static class BlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    public static string Of(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        Append(document.Body ?? (INode)document, text);
        return text.ToString().Trim();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                text.Append(textNode.Data);
            }
            else if (child is IElement element)
            {
                if (element.LocalName is "script" or "style" or "template")
                {
                    continue;
                }
                var isBlock = Blocks.Contains(element.LocalName);
                if (isBlock)
                {
                    text.Append('\n');
                }
                Append(element, text);
                if (isBlock)
                {
                    text.Append('\n');
                }
            }
        }
    }
}
