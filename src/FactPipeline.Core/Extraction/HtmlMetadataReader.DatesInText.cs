using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>Publish dates read from what the page shows: datelines, date-labelled elements, any dated text.</summary>
internal static partial class HtmlMetadataReader
{
    /// <summary>Machine-readable dates on any element: datetime, data-date*, abbr.published title.</summary>
    private static DateOnly? FromDateAttributes(IDocument document, bool avoidElsewhere)
    {
        foreach (var element in CssSelectors.All(document, DateAttributes))
        {
            if (IsModifiedMarker(element) || IsModifiedMarker(element.ParentElement))
            {
                continue;
            }
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("data-date-time") ?? element.GetAttribute("data-date")
                ?? element.GetAttribute("data-published") ?? (element.LocalName == "abbr" ? element.GetAttribute("title") : null);
            if (PublishDateParser.ParseMetadata(value) is { } date && !(avoidElsewhere && IsElsewhere(element)))
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>Short elements whose class or id says date, time, published, posted, meta or byline.</summary>
    private static DateOnly? FromDateLabelledElements(IDocument document, bool avoidElsewhere)
    {
        foreach (var element in CssSelectors.All(document, ClassOrId))
        {
            if (!DateClass().IsMatch($"{element.GetAttribute("class")} {element.GetAttribute("id")}") || IsModifiedMarker(element))
            {
                continue;
            }
            var text = TextShape.CollapseWhitespace(element.TextContent);
            text = BeforeUpdateWord(text);
            if (text.Length == 0 || text.Length > MaxDatelineChars * 2)
            {
                continue;
            }
            if (PublishDateParser.FindAll(text).FirstOrDefault() is { } match && !(avoidElsewhere && IsElsewhere(element)))
            {
                return match.Date;
            }
        }
        return null;
    }

    private static DateOnly? FromTitle(IDocument document)
    {
        var title = CssSelectors.First(document, TitleElement)?.TextContent;
        return title is null ? null : PublishDateParser.FindAll(title).Select(m => (DateOnly?)m.Date).FirstOrDefault();
    }

    /// <summary>Last resort: the first complete date in the visible text that is not an update or copyright line.</summary>
    private static DateOnly? FromAnyText(IDocument document, bool skipModified, bool avoidElsewhere)
    {
        var body = document.Body;
        if (body is null)
        {
            return null;
        }
        foreach (var element in CssSelectors.ElementsUnder(body))
        {
            if (element.LocalName is "script" or "style" or "noscript" or "template")
            {
                continue;
            }
            var text = OwnText(element);
            if (text.Length < 8 || (skipModified && ModifiedWords().IsMatch(text)) || text.Contains('©') || text.Contains("copyright", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (PublishDateParser.FindAll(text).FirstOrDefault() is { } match && !(avoidElsewhere && IsElsewhere(element)))
            {
                return match.Date;
            }
        }
        return null;
    }

    /// <summary>The first short text block after the h1 (or at the top of the body) that holds a date.</summary>
    private static DateOnly? FromTextNearTitle(IDocument document, bool avoidElsewhere, bool datelineOnly = false)
    {
        var body = document.Body;
        if (body is null)
        {
            return null;
        }
        var all = CssSelectors.ElementsUnder(body);
        var h1 = CssSelectors.First(body, H1);
        if (datelineOnly && h1 is null)
        {
            return null;
        }
        var start = h1 is null ? 0 : all.IndexOf(h1);
        foreach (var element in all.Skip(start).Take(NearTitleElements))
        {
            if (element.LocalName is "script" or "style")
            {
                continue;
            }
            var text = OwnText(element);
            if (text.Length > MaxDatelineChars || IsModifiedMarker(element))
            {
                continue;
            }
            text = BeforeUpdateWord(text);
            if (text.Length == 0)
            {
                continue;
            }
            if (PublishDateParser.FindAll(text).FirstOrDefault() is { } match && !(avoidElsewhere && IsElsewhere(element))
                && (!datelineOnly || IsDateline(element)))
            {
                return match.Date;
            }
        }
        return null;
    }

    /// <summary>
    /// A short element labelled as a date (class or id, up to two levels up, or a &lt;time&gt;), not marked or labelled
    /// as an update ("Updated &lt;time&gt;…"), and not a &lt;time&gt; whose text names another day than its datetime.
    /// </summary>
    private static bool IsDateline(IElement element)
    {
        if (element.ParentElement is { } parent && ModifiedWords().IsMatch(OwnText(parent)))
        {
            return false;
        }
        if (element.LocalName == "time" && PublishDateParser.ParseMetadata(element.GetAttribute("datetime")) is { } machine
            && PublishDateParser.FindAll(element.TextContent).FirstOrDefault() is { } shown && shown.Date != machine)
        {
            return false;
        }
        var at = element;
        for (var depth = 0; depth < 3 && at is not null; depth++, at = at.ParentElement)
        {
            if (at.LocalName == "time" || DateClass().IsMatch($"{at.GetAttribute("class")} {at.GetAttribute("id")}"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The text an element holds itself: all of it for a leaf, else only its own text nodes. A dateline is often
    /// a bare text node beside a label or a line break ("&lt;span&gt;Datum:&lt;/span&gt; 26. Januar 2022",
    /// "Name&lt;br&gt;10. September 2017"), which a scan of leaf elements alone never reaches.
    /// </summary>
    private static string OwnText(IElement element)
    {
        if (element.Children.Length == 0)
        {
            return TextShape.CollapseWhitespace(element.TextContent);
        }
        var own = new System.Text.StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node.NodeType == NodeType.Text)
            {
                own.Append(node.TextContent).Append(' ');
            }
        }
        return TextShape.CollapseWhitespace(own.ToString());
    }
}
