using System.Text;
using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>The author as the page shows it: a byline element (rel, itemprop, class words) or a line that reads as a byline.</summary>
internal static partial class HtmlMetadataReader
{
    /// <summary>
    /// The first element (document order) that is an author's: rel=author, itemprop=author, or class/id words of a
    /// byline (byline.markers.json), outside comments. Its name is <see cref="NameIn"/>.
    /// </summary>
    private static string? FromBylineElements(IDocument document, List<string> siteNames)
    {
        if (document.Body is not { } body)
        {
            return null;
        }
        foreach (var element in CssSelectors.ElementsUnder(body))
        {
            if (IsAuthorElement(element) && !InComments(element) && NameIn(element, siteNames) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    private static bool IsAuthorElement(IElement element)
    {
        if (NotText.Contains(element.LocalName))
        {
            return false;
        }
        if (HasToken(element.GetAttribute("rel"), "author") || HasToken(element.GetAttribute("itemprop"), "author"))
        {
            return true;
        }
        var tokens = ClassTokens.Of(element.GetAttribute("class"), element.Id);
        return tokens.Count > 0 && AuthorName.ClassWords.Matches(tokens) && !AuthorName.NotClassWords.Matches(tokens);
    }

    /// <summary>A name part inside a byline: schema.org's itemprop=name, hCard's fn, a class word "name".</summary>
    private static bool IsNamePart(IElement element) =>
        HasToken(element.GetAttribute("itemprop"), "name")
        || ClassTokens.Of(element.GetAttribute("class")) is var tokens && (tokens.Contains("fn") || tokens.Contains("name"));

    /// <summary>
    /// The names an author element holds: those of its author or name parts when it has any ("By &lt;a
    /// rel=author&gt;A&lt;/a&gt; and &lt;a rel=author&gt;B&lt;/a&gt;", a name next to a job title), else the
    /// first of its lines that is a name (a date or "Edited by …" on the next line stays out).
    /// </summary>
    private static string? NameIn(IElement element, List<string> siteNames)
    {
        if (element.GetAttribute("content") is { } content)
        {
            return AuthorName.Clean(content, siteNames);
        }
        var parts = OutermostParts(element);
        if (parts.Count > 0 && AuthorName.Join(parts.Select(part => NameIn(part, siteNames)), siteNames) is { } names)
        {
            return names;
        }
        var lines = Lines(element);
        if (lines.Sum(line => line.Length) > AuthorName.MaxChars * 3)
        {
            // A bio box or a container: the byline, if any, is a smaller element inside, met later.
            return null;
        }
        return lines.Select(line => AuthorName.Clean(line, siteNames)).FirstOrDefault(name => name is not null);
    }

    /// <summary>The author and name parts under <paramref name="element"/> that are not inside another one.</summary>
    private static List<IElement> OutermostParts(IElement element)
    {
        var parts = new List<IElement>();
        var stack = new Stack<IElement>();
        CssSelectors.PushChildElements(element, stack);
        while (stack.TryPop(out var child))
        {
            if (IsAuthorElement(child) || IsNamePart(child))
            {
                parts.Add(child);
            }
            else
            {
                CssSelectors.PushChildElements(child, stack);
            }
        }
        return parts;
    }

    /// <summary>Inside a comment thread, an author is a commenter.</summary>
    private static bool InComments(IElement element)
    {
        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor.HasAttribute("class") || ancestor.HasAttribute("id"))
            {
                if (CommentWords.Matches(ClassTokens.Of(ancestor.GetAttribute("class"), ancestor.Id)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly ClassWordList CommentWords = new(["comment*", "komentar*", "reply", "replies", "disqus"]);

    /// <summary>
    /// The first line of the page's text that says it is a byline (<see cref="AuthorName.FromBylineText"/>): lines as
    /// a browser breaks them, read in one walk over the body; of a long paragraph, only its head (<see cref="WireHead"/>).
    /// </summary>
    private static string? FromBylineText(IDocument document, List<string> siteNames)
    {
        if (document.Body is not { } body)
        {
            return null;
        }
        foreach (var line in Lines(body))
        {
            var text = line.Length <= AuthorName.MaxChars ? line : WireHead(line);
            if (text is not null && AuthorName.FromBylineText(text, siteNames) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    private const int WireHeadChars = 40;

    /// <summary>
    /// The start of a long paragraph that may hold its byline: up to a wire-style "=" ("(서울=연합뉴스) 홍길동 기자 =")
    /// or through a bracketed group ("〔記者巫其倫／台北報導〕", "本报讯（记者 张三）") near its start; else null.
    /// </summary>
    private static string? WireHead(string line)
    {
        var close = line.IndexOfAny(ClosingBrackets);
        var equals = line.IndexOf('=', close + 1);
        if (equals > 0 && equals <= WireHeadChars)
        {
            return line[..equals];
        }
        return close > 0 && close <= WireHeadChars ? line[..(close + 1)] : null;
    }

    private static readonly char[] ClosingBrackets = [')', ']', '）', '】', '〕'];

    /// <summary>The element's text in lines: a &lt;br&gt; or a block element breaks one, as a browser shows it.</summary>
    private static List<string> Lines(IElement element)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        void Break()
        {
            if (TextShape.CollapseWhitespace(current.ToString()) is { Length: > 0 } line)
            {
                lines.Add(line);
            }
            current.Clear();
        }
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == NodeType.Text)
                {
                    current.Append(child.TextContent);
                }
                else if (child is IElement inner && !NotText.Contains(inner.LocalName))
                {
                    var block = BlockElements.Contains(inner.LocalName);
                    if (block || inner.LocalName == "br")
                    {
                        Break();
                    }
                    Walk(inner);
                    if (block)
                    {
                        Break();
                    }
                }
            }
        }
        Walk(element);
        Break();
        return lines;
    }

    private static bool HasToken(string? attribute, string token) =>
        attribute is not null && attribute.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(one => one.Equals(token, StringComparison.OrdinalIgnoreCase));

    private static readonly HashSet<string> NotText = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "img", "picture", "video", "audio", "iframe", "button", "select", "textarea", "input", "form", "head", "title",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "section", "table", "tbody", "thead", "tr", "td", "th", "ul",
    };
}
