using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Extracts the main text of an HTML page. Hidden and non-content elements go first; then every text block
/// scores its ancestors (length, commas, class/id hints, link density, as Readability does) and the best
/// container wins, together with siblings that look like more of the same article. Inside it, site furniture
/// (share bars, "related"/"Baca Juga" boxes, newsletter and author boxes, captions, link lists) is removed and
/// the rest is read block by block, so paragraphs, headings and list items stay separate lines.
/// Only rendered text counts: comments, hidden elements and alt/title attributes never reach the article.
/// </summary>
internal static partial class HtmlArticleParser
{
    private const int MinBlockChars = 25;
    private const int MaxAncestorLevels = 5;
    private const int MinArticleChars = 1000;
    private const int MinWinnerChars = 100;
    private const int ShortWinnerChars = 500;
    private const double DeclaredBodyShare = 0.9;
    private const int MaxTeaserChars = 400;
    private const int ProseParagraphChars = 150;
    private const int ProseItemChars = 80;
    private const int MaxDataCellChars = 80;

    // Matched as CSS type selectors match: the tag name, ignoring case.
    private static readonly HashSet<string> NonContentElements = new(
    [
        "script", "style", "noscript", "template", "nav", "aside", "iframe", "figure", "figcaption", "picture",
        "button", "select", "textarea", "input", "svg", "canvas", "video", "audio", "object", "embed", "dialog", "link", "meta",
    ], StringComparer.OrdinalIgnoreCase);

    // role="navigation" and the like, compared as [role='navigation' i] compares.
    private static readonly HashSet<string> HiddenRoles = new(["navigation", "complementary", "dialog"], StringComparer.OrdinalIgnoreCase);

    // Parsed once, not at every query (a query by string looks its selector up in a locked cache).
    private static readonly ISelector ArticleInsideSelector = CssSelectors.Parse("article, main, h1, [itemprop='articleBody']");
    private static readonly ISelector ArticleBodySelector = CssSelectors.Parse("[itemprop~='articleBody' i]");
    private static readonly ISelector HeadingSelector = CssSelectors.Parse("h1, h2, h3, h4, h5, h6");
    private static readonly ISelector LinkSelector = CssSelectors.Parse("a");
    private static readonly ISelector ParagraphSelector = CssSelectors.Parse("p");
    private static readonly ISelector NestedBlockSelector = CssSelectors.Parse("table, p, ul, ol, div, h1, h2, h3, h4, h5, h6, blockquote");

    private static readonly HashSet<string> NeverRemovedByClass = ["html", "body", "main", "article", "a", "p", "span", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "tr", "tbody", "table"];

    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "hr", "address",
        "form", "fieldset", "center", "details", "summary", "caption",
    ];

    // Links and emphasis in running text. Not span: publishers put picture captions and credits in spans inside the
    // paragraph they illustrate (<p><span class="caption">…</span> First sentence…</p>).
    private static readonly HashSet<string> InlineElements = ["a", "em", "strong", "b", "i", "u", "mark", "abbr", "cite", "q", "time"];

    private static readonly HashSet<string> ScoredElements = ["p", "pre", "td", "blockquote"];

    public static ExtractedContent Parse(string html, string? url = null)
    {
        // Disposed when read: what the page gives (metadata, paragraphs) is plain strings; nothing keeps the DOM.
        using var document = HtmlDocumentParser.Parse(html);
        var metadata = HtmlMetadataReader.Read(document, url);

        RemoveInvisibleAndNonContent(document);
        var blocks = new List<string>();
        if (document.Body is { } body)
        {
            // Measured once, after the removals: scoring and cleaning ask every element's text length, and cleaning
            // one part leaves the others (its siblings) as they were.
            var texts = CollapsedTextLengths.Measure(body);
            foreach (var part in ChooseMainElements(body, texts))
            {
                CleanInside(part, texts);
                blocks.AddRange(ReadBlocks(part));
            }
        }
        var title = metadata.Title;
        var paragraphs = ParagraphCleaner.Clean(blocks, plainText: false)
            .Where(paragraph => paragraph != title && !IsDatelineOnly(paragraph))
            .ToList();
        return metadata with { Paragraphs = paragraphs };
    }

    /// <summary>
    /// One walk over the elements, each tested against every removal rule while nothing is removed yet (a wrapper's
    /// test looks inside it), then the doomed go. A doomed element's descendants are not visited: they go with it.
    /// The rules are read off each element's own attributes in one pass over them (the selectors they replace,
    /// <c>[hidden]</c>, <c>[aria-hidden='true' i]</c>, <c>[role=... i]</c>, <c>[style]</c>, <c>[class], [id]</c>,
    /// asked for the same attributes by name again and again).
    /// </summary>
    private static void RemoveInvisibleAndNonContent(IDocument document)
    {
        var unlikelyNames = new Dictionary<(string? Class, string? Id), (bool Unlikely, bool EvenAsProse)>();
        var pageChars = new Lazy<int>(() => document.Body?.TextContent.Length ?? 0);
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        CssSelectors.PushChildElements(document, stack);
        while (stack.TryPop(out var element))
        {
            if (IsInvisibleOrNonContent(element, unlikelyNames, pageChars))
            {
                doomed.Add(element);
                continue;
            }
            CssSelectors.PushChildElements(element, stack);
        }
        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    private static bool IsInvisibleOrNonContent(IElement element, Dictionary<(string? Class, string? Id), (bool Unlikely, bool EvenAsProse)> unlikelyNames, Lazy<int> pageChars)
    {
        if (NonContentElements.Contains(element.LocalName))
        {
            // A page that draws itself with script may carry its whole text in a noscript fallback: that is the page.
            return !(element.LocalName is "noscript" && element.TextContent.Length * 2 >= pageChars.Value);
        }
        string? style = null, classNames = null, id = null;
        bool hasStyle = false, hasClass = false, hasId = false;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            // The first attribute of a name is the one GetAttribute reads.
            switch (attribute.Name)
            {
                case "hidden":
                    return true;
                case "aria-hidden" when string.Equals(attribute.Value, "true", StringComparison.OrdinalIgnoreCase):
                    return true;
                case "role" when HiddenRoles.Contains(attribute.Value):
                    return true;
                case "style" when !hasStyle:
                    (style, hasStyle) = (attribute.Value, true);
                    break;
                case "class" when !hasClass:
                    (classNames, hasClass) = (attribute.Value, true);
                    break;
                case "id" when !hasId:
                    (id, hasId) = (attribute.Value, true);
                    break;
                default:
                    break;
            }
        }
        return (hasStyle && HiddenStyle().IsMatch(style!))
            || ((hasClass || hasId) && IsUnlikelyCandidate(element, classNames, id, unlikelyNames, pageChars));
    }

    /// <summary>
    /// Site furniture by class or id, unless the same names also say "article" or the element wraps the page: it holds
    /// an article element, or most of the page's text (a layout wrapper named <c>with-sidebar</c>, an article inside
    /// <c>socialicons-sticky</c>: a name is a hint, and it never throws away the bulk of a page).
    /// <paramref name="unlikelyNames"/> remembers the verdict on each class-and-id pair: a page repeats a few.
    /// </summary>
    private static bool IsUnlikelyCandidate(
        IElement element, string? classNames, string? id, Dictionary<(string? Class, string? Id), (bool Unlikely, bool EvenAsProse)> unlikelyNames, Lazy<int> pageChars)
    {
        // Inline text (a span, a custom element such as MathJax's) is never furniture by its name alone:
        // "CtxtMenu_Attached" on a formula is not a menu.
        if (NeverRemovedByClass.Contains(element.LocalName) || element.LocalName.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }
        if (!unlikelyNames.TryGetValue((classNames, id), out var verdict))
        {
            var names = ClassTokens.Of(classNames, id);
            var unlikely = ClassWords.Furniture.Matches(names) && !ClassWords.Content.Matches(names);
            verdict = (unlikely, unlikely && ClassWords.ProseFurniture.Matches(names));
            unlikelyNames[(classNames, id)] = verdict;
        }
        return verdict.Unlikely && CssSelectors.First(element, ArticleInsideSelector) is null && element.TextContent.Length * 2 < pageChars.Value
            && (verdict.EvenAsProse || !HoldsProseRun(element));
    }

    /// <summary>
    /// Readability-style candidate scoring. Every block with some text gives 1 + its commas + a point per 100
    /// characters (at most 3) to its parent, half to its grandparent and a third per level beyond. A candidate
    /// starts from its tag and class/id hints and ends multiplied by (1 - link density). Siblings of the winner
    /// whose score or shape says "more article" are taken too.
    /// </summary>
    private static List<IElement> ChooseMainElements(IElement body, CollapsedTextLengths texts)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in CssSelectors.ElementsUnder(body))
        {
            if (!IsScoredBlock(element))
            {
                continue;
            }
            var length = texts.LengthOf(element);
            if (length < MinBlockChars)
            {
                continue;
            }
            var points = 1 + texts.CommasOf(element) + Math.Min(length / 100, 3);
            // A div holding its text directly is both the paragraph and its container (Readability turns it into a <p>).
            var ancestor = ScoredElements.Contains(element.LocalName) ? element.ParentElement : element;
            for (var level = 0; ancestor is not null && level < MaxAncestorLevels; level++, ancestor = ancestor.ParentElement)
            {
                if (ancestor.LocalName is "html")
                {
                    break;
                }
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor);
                }
                scores[ancestor] += points / (level switch { 0 => 1.0, 1 => 2.0, _ => level * 3.0 });
            }
        }
        if (scores.Count == 0)
        {
            return [body];
        }
        var final = scores.ToDictionary(pair => pair.Key, pair => pair.Value * (1 - LinkDensity(pair.Key, texts)));
        // A heading or label with a few words cannot be the article, whatever its name's bonus ("page-title" scores
        // like "page-content"): the winner holds some text when any candidate does.
        var withText = final.Where(pair => texts.LengthOf(pair.Key) >= MinWinnerChars).ToList();
        var top = LongerNearTie((withText.Count > 0 ? withText : final.ToList()).MaxBy(pair => pair.Value), final, texts);
        var main = DeclaredBodyAround(body, top.Key, texts) ?? ParentOfTextBlocks(top.Key, texts) ?? PromoteToCommonAncestor(top.Key, top.Value, final);
        var topScore = final.GetValueOrDefault(main, top.Value);
        if (main.ParentElement is not { } parent || main.LocalName is "body")
        {
            return [main];
        }
        var threshold = Math.Max(10, topScore * 0.2);
        var mainClass = main.GetAttribute("class");
        var result = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == main)
            {
                result.Add(sibling);
                continue;
            }
            var bonus = !string.IsNullOrEmpty(mainClass) && sibling.GetAttribute("class") == mainClass ? topScore * 0.2 : 0;
            if (final.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                result.Add(sibling);
            }
            else if (sibling.LocalName is "p")
            {
                var text = TextShape.CollapseWhitespace(sibling.TextContent);
                var density = LinkDensity(sibling, texts);
                if ((text.Length > 80 && density < 0.25) || (text.Length > 0 && density == 0 && SentenceEnd().IsMatch(text)))
                {
                    result.Add(sibling);
                }
            }
        }
        return WithSameClassParts(result, top.Key, final, threshold, texts);
    }

    /// <summary>
    /// A short winner (a standfirst, a teaser text) that a name bonus carried past the article: when another candidate
    /// within a quarter of its score, outside it and not around it, holds three times its text and is mostly runs of
    /// prose paragraphs, that one is the article (a login form or a paywall's offer is not).
    /// </summary>
    private static KeyValuePair<IElement, double> LongerNearTie(KeyValuePair<IElement, double> top, Dictionary<IElement, double> final, CollapsedTextLengths texts)
    {
        var topChars = texts.LengthOf(top.Key);
        if (topChars >= ShortWinnerChars)
        {
            return top;
        }
        var better = final
            .Where(pair => pair.Value >= top.Value * 0.75 && texts.LengthOf(pair.Key) >= topChars * 3
                && !pair.Key.Contains(top.Key) && !top.Key.Contains(pair.Key)
                && IsMostlyParagraphs(pair.Key, texts))
            .DefaultIfEmpty(top)
            .MaxBy(pair => pair.Value);
        return better;
    }

    /// <summary>Half its text or more is in paragraphs of a sentence or more (80+ characters), mostly not links.</summary>
    private static bool IsMostlyParagraphs(IElement element, CollapsedTextLengths texts) =>
        ProseChars(element, texts, ProseItemChars, minRun: 1) * 2 >= texts.LengthOf(element);

    /// <summary>
    /// An article split into several blocks of the same tag and class (parts between picture or sidebar sections,
    /// at different depths, so not siblings) is read whole: every scored block like the main one that scores above
    /// the sibling threshold and is mostly not links joins it, in page order.
    /// </summary>
    private static List<IElement> WithSameClassParts(
        List<IElement> result, IElement best, Dictionary<IElement, double> final, double threshold, CollapsedTextLengths texts)
    {
        // Compared as class words, so numbered parts match: "story-body story-body-1" and "story-body story-body-2".
        var mainClass = ClassTokens.Of(best.GetAttribute("class"));
        if (mainClass.Count == 0)
        {
            return result;
        }
        var parts = final
            .Where(pair => pair.Value >= threshold && pair.Key.LocalName == best.LocalName
                && ClassTokens.Of(pair.Key.GetAttribute("class")).SequenceEqual(mainClass, StringComparer.Ordinal)
                && !result.Any(chosen => chosen.Contains(pair.Key) || pair.Key.Contains(chosen))
                && LinkDensity(pair.Key, texts) < 0.25)
            .Select(pair => pair.Key)
            .ToList();
        if (parts.Count == 0)
        {
            return result;
        }
        // Nested parts (a block inside another of the same class) are read once, through the outer one.
        parts.RemoveAll(part => parts.Any(other => other != part && other.Contains(part)));
        result.AddRange(parts);
        result.Sort((a, b) => a == b ? 0 : a.CompareDocumentPosition(b).HasFlag(DocumentPositions.Following) ? -1 : 1);
        return result;
    }

    /// <summary>
    /// When several good candidates (within 75% of the best) share an ancestor, the article is that ancestor
    /// (text split over sibling wrappers); a lone child is replaced by its parent while the parent scores no lower.
    /// </summary>
    private static IElement PromoteToCommonAncestor(IElement top, double topScore, Dictionary<IElement, double> scores)
    {
        var alternatives = scores.Where(pair => pair.Key != top && pair.Value >= topScore * 0.75).Select(pair => pair.Key).ToList();
        if (alternatives.Count >= 3)
        {
            for (var ancestor = top.ParentElement; ancestor is not null && ancestor.LocalName != "body"; ancestor = ancestor.ParentElement)
            {
                var containing = alternatives.Count(alternative => ancestor.Contains(alternative));
                if (containing >= 3)
                {
                    return ancestor;
                }
            }
        }
        var current = top;
        current = HigherScoringAncestor(top, topScore, scores) ?? top;
        while (current.ParentElement is { } parent && parent.LocalName is not ("body" or "html") && parent.Children.Length == 1)
        {
            current = parent;
        }
        return current;
    }

    /// <summary>
    /// Readability's walk up from the winner: while the ancestors' scores stay above a third of the winner's, the first
    /// one scoring more than the one below it is the article (paragraphs before a "read more" fold and the rest inside
    /// it: the fold's container wins on its own paragraphs, the story body above it on both).
    /// </summary>
    private static IElement? HigherScoringAncestor(IElement top, double topScore, Dictionary<IElement, double> scores)
    {
        var lastScore = topScore;
        var floor = topScore / 3;
        var level = 0;
        for (var ancestor = top.ParentElement; ancestor is not null && ancestor.LocalName is not ("body" or "html") && ++level <= 2; ancestor = ancestor.ParentElement)
        {
            if (!scores.TryGetValue(ancestor, out var score))
            {
                continue;
            }
            if (score < floor)
            {
                return null;
            }
            if (score > lastScore)
            {
                return ancestor;
            }
            lastScore = score;
        }
        return null;
    }

    /// <summary>
    /// The page's one declared article body (<c>itemprop=articleBody</c>) when the best candidate lies inside it and
    /// holds less than <see cref="DeclaredBodyShare"/> of its text: a gallery of captions or a box inside the article
    /// can outscore the article's own paragraphs, and the publisher has said where the article is. When the candidate
    /// is nearly all of it, the rest is a headline and standfirst the declared body repeats: the candidate stays.
    /// </summary>
    private static IElement? DeclaredBodyAround(IElement body, IElement top, CollapsedTextLengths texts)
    {
        var declared = CssSelectors.All(body, ArticleBodySelector);
        return declared.Length == 1 && declared[0] != top && declared[0].Contains(top)
            && texts.LengthOf(top) < texts.LengthOf(declared[0]) * DeclaredBodyShare ? declared[0] : null;
    }

    /// <summary>
    /// A div that holds its text directly is a paragraph as much as a container (Readability turns it into a p): when
    /// it wins and its parent holds other such blocks or paragraphs, the article is the parent, with its headings and
    /// short lines between the blocks.
    /// </summary>
    private static IElement? ParentOfTextBlocks(IElement top, CollapsedTextLengths texts)
    {
        if (ScoredElements.Contains(top.LocalName) || !IsScoredBlock(top) || top.ParentElement is not { } parent || parent.LocalName is "body" or "html")
        {
            return null;
        }
        var blocks = 0;
        foreach (var child in parent.Children)
        {
            if (child != top && IsScoredBlock(child) && texts.LengthOf(child) >= MinBlockChars)
            {
                blocks++;
            }
        }
        return blocks >= 1 ? parent : null;
    }

    private static bool IsScoredBlock(IElement element)
    {
        if (ScoredElements.Contains(element.LocalName))
        {
            return true;
        }
        if (element.LocalName is not ("div" or "section" or "article" or "span" or "font" or "li" or "dd"))
        {
            return false;
        }
        // A div that holds text directly (a <br>-separated article) is a paragraph too.
        var direct = 0;
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                direct += TrimmedLength(text.Data);
            }
            else if (child is IElement childElement && BlockElements.Contains(childElement.LocalName))
            {
                if (element.LocalName is "span" or "font")
                {
                    return false;
                }
            }
        }
        return direct >= MinBlockChars;
    }

    private static double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        foreach (var value in new[] { element.GetAttribute("class"), element.GetAttribute("id") })
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            var tokens = ClassTokens.Of(value);
            if (ClassWords.Negative.Matches(tokens))
            {
                score -= 25;
            }
            if (ClassWords.Positive.Matches(tokens))
            {
                score += 25;
            }
        }
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            score += 25;
        }
        return score;
    }

    /// <summary>Length of <paramref name="text"/> without its leading and trailing whitespace (no trimmed copy).</summary>
    private static int TrimmedLength(string text)
    {
        var (start, end) = (0, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end - start;
    }

    private static double LinkDensity(IElement element, CollapsedTextLengths texts)
    {
        var total = texts.LengthOf(element);
        if (total == 0)
        {
            return 0;
        }
        var linked = 0.0;
        if (texts.TryGetLinks(element, out var links))
        {
            foreach (var (link, href) in links)
            {
                linked += texts.LengthOf(link) * LinkWeight(href);
            }
        }
        else
        {
            foreach (var link in CssSelectors.All(element, LinkSelector))
            {
                linked += texts.LengthOf(link) * LinkWeight(link.GetAttribute("href"));
            }
        }
        return Math.Min(1, linked / total);
    }

    // Same-page anchors (footnotes, table of contents) are part of the text.
    private static double LinkWeight(string? href) => href is not null && href.StartsWith('#') ? 0.3 : 1.0;

    private static int LinkCount(IElement element, CollapsedTextLengths texts) =>
        texts.TryGetLinks(element, out var links) ? links.Length : CssSelectors.All(element, LinkSelector).Length;

    /// <summary>Inside the chosen container: furniture by class/id, link lists, teaser cards, forms and bylines go.</summary>
    private static void CleanInside(IElement main, CollapsedTextLengths texts)
    {
        var mainChars = Math.Max(1, texts.LengthOf(main));
        var doomed = FindFurnitureInside(main, mainChars, texts, byName: true);
        // When the names would take nearly all of the chosen article, they name its parts, not furniture (a picture
        // story whose every paragraph is a gallery item's "comment"): only the shapes (link lists, teasers) go.
        if (LeavesTooLittle(doomed, mainChars, texts))
        {
            doomed = FindFurnitureInside(main, mainChars, texts, byName: false);
        }
        // When teaser cards are most of the container, the page is a listing and the cards are what it has to say.
        var keepTeasers = doomed.Sum(one => one.TeaserChars) * 2 > mainChars;
        foreach (var (element, teaserChars) in doomed)
        {
            if (!(keepTeasers && teaserChars > 0))
            {
                element.Remove();
            }
        }
    }

    /// <summary>Under a fifth of the container and under an article's worth of text would stay.</summary>
    private static bool LeavesTooLittle(List<(IElement Element, int TeaserChars)> doomed, int mainChars, CollapsedTextLengths texts)
    {
        var left = mainChars - doomed.Sum(one => texts.LengthOf(one.Element));
        return left < MinArticleChars && left * 5 < mainChars;
    }

    /// <summary>
    /// What to remove inside the container, outermost first: named furniture (when <paramref name="byName"/>), small
    /// headers and footers, link lists and teaser cards (with their length, so a listing can keep them).
    /// </summary>
    private static List<(IElement Element, int TeaserChars)> FindFurnitureInside(IElement main, int mainChars, CollapsedTextLengths texts, bool byName)
    {
        var doomed = new List<(IElement Element, int TeaserChars)>();
        var doomedSet = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var element in CssSelectors.ElementsUnder(main))
        {
            if (IsInsideAny(element, main, doomedSet))
            {
                continue;
            }
            var chars = texts.LengthOf(element);
            // Named furniture may be most of the container (a 50-picture gallery of captions inside a short story) as
            // long as an article's worth of text stays without it.
            var furniture = (byName && ClassWords.InsideFurniture.Matches(ClassTokens.Of(element.GetAttribute("class"), element.GetAttribute("id")))
                    && (chars < mainChars * 0.5 || (mainChars - chars >= MinArticleChars && !IsMostlyProse(element, chars, texts)))
                    && !IsInlineInParagraph(element, texts) && !IsArticleItself(element))
                || (element.LocalName is "header" or "footer" && chars < mainChars * 0.3);
            var linkList = element.LocalName is "ul" or "ol" or "div" or "section" or "table" or "dl"
                && chars < mainChars * 0.5
                && LinkDensity(element, texts) > 0.5
                && LinkCount(element, texts) >= 3
                && !HasProseItem(element);
            var teaser = element.LocalName is "div" or "li" or "article" or "section"
                && chars <= MaxTeaserChars && chars < mainChars * 0.3 && HasLinkedHeading(element);
            if (furniture || linkList || teaser)
            {
                doomed.Add((element, teaser && !furniture && !linkList ? chars : 0));
                doomedSet.Add(element);
            }
        }
        return doomed;
    }

    /// <summary>
    /// A list with an item that says something in its own words (a sentence outside its links and sub-lists) is part
    /// of the article, however many links its other items hold: a changelog's "We got the green light for…" above its
    /// list of bug links. A menu's or a related list's items are their links.
    /// </summary>
    private static bool HasProseItem(IElement list)
    {
        if (list.LocalName is not ("ul" or "ol"))
        {
            return false;
        }
        foreach (var item in list.Children)
        {
            if (item.LocalName == "li" && UnlinkedChars(item) >= ProseItemChars)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Characters of text under <paramref name="node"/> outside links and nested lists.</summary>
    private static int UnlinkedChars(INode node)
    {
        var chars = 0;
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                chars += TrimmedLength(text.Data);
            }
            else if (child is IElement element && element.LocalName is not ("a" or "ul" or "ol"))
            {
                chars += UnlinkedChars(element);
            }
        }
        return chars;
    }

    /// <summary>
    /// Most of the element's text is runs of prose paragraphs (three or more long p with few links under one parent):
    /// the rest of an article behind a "read more" fold, whatever the wrapper is named. A gallery's captions, one
    /// paragraph to each slide, are not a run.
    /// </summary>
    private static bool IsMostlyProse(IElement element, int chars, CollapsedTextLengths texts) =>
        ProseChars(element, texts, ProseParagraphChars, minRun: 3) * 2 > chars;

    /// <summary>
    /// Characters in the element's paragraphs of <paramref name="minParagraphChars"/> or more with few links, counting
    /// only parents that hold <paramref name="minRun"/> such paragraphs or more.
    /// </summary>
    private static int ProseChars(IElement element, CollapsedTextLengths texts, int minParagraphChars, int minRun)
    {
        var byParent = new Dictionary<IElement, (int Count, int Chars)>(ReferenceEqualityComparer.Instance);
        foreach (var paragraph in CssSelectors.All(element, ParagraphSelector))
        {
            var length = texts.LengthOf(paragraph);
            if (paragraph.ParentElement is { } parent && length >= minParagraphChars && LinkDensity(paragraph, texts) < 0.25)
            {
                var (count, sum) = byParent.GetValueOrDefault(parent);
                byParent[parent] = (count + 1, sum + length);
            }
        }
        return byParent.Values.Where(run => run.Count >= minRun).Sum(run => run.Chars);
    }

    /// <summary>
    /// Before scoring (no lengths measured yet): three paragraphs or more of one parent, each of
    /// <see cref="ProseParagraphChars"/> characters or more and mostly not links. Share bars, menus and related lists
    /// never hold that; an article does, whatever the wrapper around it is called (<c>div id="socialicons-sticky"</c>).
    /// </summary>
    private static bool HoldsProseRun(IElement element)
    {
        var byParent = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        foreach (var paragraph in CssSelectors.All(element, ParagraphSelector))
        {
            if (paragraph.ParentElement is not { } parent)
            {
                continue;
            }
            var length = TrimmedLength(paragraph.TextContent);
            if (length < ProseParagraphChars)
            {
                continue;
            }
            var linked = 0;
            foreach (var link in CssSelectors.All(paragraph, LinkSelector))
            {
                linked += TrimmedLength(link.TextContent);
            }
            if (linked * 4 >= length)
            {
                continue;
            }
            var count = byParent.GetValueOrDefault(parent) + 1;
            if (count >= 3)
            {
                return true;
            }
            byParent[parent] = count;
        }
        return false;
    }

    /// <summary>
    /// The article element, or the one that holds the declared body, is never furniture by its name: WordPress names
    /// the post after its author and tags (<c>article class="post author-sarah tag-jobs"</c>).
    /// </summary>
    private static bool IsArticleItself(IElement element) =>
        element.LocalName is "article" or "main" || CssSelectors.First(element, ArticleBodySelector) is not null;

    /// <summary>
    /// A link or other inline element inside a paragraph is part of its sentence whatever its name: an
    /// <c>a id="auto-tag_doobie-brothers"</c> is the band's name in the text, not a tag list. One that holds all of
    /// the paragraph's text (<c>&lt;p&gt;&lt;span class="caption"&gt;</c>) is the paragraph, and its name counts.
    /// </summary>
    private static bool IsInlineInParagraph(IElement element, CollapsedTextLengths texts) =>
        InlineElements.Contains(element.LocalName) && element.ParentElement?.Closest("p") is { } paragraph
        && texts.LengthOf(element) < texts.LengthOf(paragraph);

    /// <summary>
    /// A teaser card (another story's linked headline, maybe with its standfirst, picture and byline) has a heading that
    /// is a link to another page; an article's own headings are not links, or only to places on the same page.
    /// </summary>
    private static bool HasLinkedHeading(IElement element)
    {
        foreach (var heading in CssSelectors.All(element, HeadingSelector))
        {
            var headingChars = TrimmedLength(heading.TextContent);
            if (headingChars == 0)
            {
                continue;
            }
            var link = heading.Closest("a") is { } around && element.Contains(around) ? around : CssSelectors.First(heading, LinkSelector);
            if (link?.GetAttribute("href") is { Length: > 0 } href && !href.StartsWith('#') && TrimmedLength(link.TextContent) * 2 >= headingChars)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when an ancestor of <paramref name="element"/> below <paramref name="top"/> is one of <paramref name="elements"/>.</summary>
    private static bool IsInsideAny(IElement element, IElement top, HashSet<IElement> elements)
    {
        if (elements.Count == 0)
        {
            return false;
        }
        for (var ancestor = element.ParentElement; ancestor is not null && ancestor != top; ancestor = ancestor.ParentElement)
        {
            if (elements.Contains(ancestor))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Text of the container split at block boundaries (and &lt;br&gt;): one line per paragraph, heading or item.</summary>
    private static List<string> ReadBlocks(IElement main)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        Walk(main, current, lines);
        Flush(current, lines);
        return lines;
    }

    private static void Walk(INode node, StringBuilder current, List<string> lines)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    current.Append(text.Data);
                    break;
                case IElement element when element.LocalName is "br":
                    Flush(current, lines);
                    break;
                case IElement element when element.LocalName is "tr" && IsDataRow(element):
                    Flush(current, lines);
                    var row = TextShape.CollapseWhitespace(string.Join(' ', element.Children.Select(cell => cell.TextContent)));
                    // A header row rendered twice (a sticky copy above the table's own) is read once, not taken for
                    // a doubled caption and dropped with its copy.
                    if (row.Length > 0 && (lines.Count == 0 || lines[^1] != row))
                    {
                        lines.Add(row);
                    }
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    Flush(current, lines);
                    Walk(element, current, lines);
                    Flush(current, lines);
                    break;
                case IElement element:
                    Walk(element, current, lines);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// A row of a table of figures (a standings table, a budget's lines): two or more short cells and nothing nested.
    /// It is read as one line, so each figure stays next to its label and its row's other figures; a layout table's
    /// cells, which hold paragraphs, are read block by block as before.
    /// </summary>
    private static bool IsDataRow(IElement row)
    {
        var cells = 0;
        foreach (var cell in row.Children)
        {
            if (cell.LocalName is not ("td" or "th") || CssSelectors.First(cell, NestedBlockSelector) is not null
                || TextShape.CollapseWhitespace(cell.TextContent).Length > MaxDataCellChars)
            {
                return false;
            }
            cells++;
        }
        return cells >= 2;
    }

    private static void Flush(StringBuilder current, List<string> lines)
    {
        if (current.Length == 0)
        {
            return;
        }
        var text = TextShape.CollapseWhitespace(current.ToString());
        current.Clear();
        if (text.Length > 0)
        {
            lines.Add(text);
        }
    }

    /// <summary>
    /// A short line that is only a date, a time or "Updated ..." around one, or a byline with its date ("by Jane Doe /
    /// 2016.12.01", "Oleh Rina · 3 Mei 2024"): a dateline, not text.
    /// </summary>
    private static bool IsDatelineOnly(string line)
    {
        if (line.Length > 80 || PublishDateParser.FindAll(line) is not [var date])
        {
            return false;
        }
        var rest = line.Remove(date.Index, date.Length);
        return DatelineRest().IsMatch(rest) || AuthorName.OpensWithBylineWord(rest.Trim());
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"\.( |$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^[\s\p{P}\d:]*(?:(?:first|updated|published|posted|modified|diperbarui|dipublikasikan|last\s+updated|on|at|am|pm|et|gmt|utc|wib|kst|jst|est|edt|pst|pdt)\b[\s\p{P}\d:]*)*$", RegexOptions.IgnoreCase)]
    private static partial Regex DatelineRest();
}
