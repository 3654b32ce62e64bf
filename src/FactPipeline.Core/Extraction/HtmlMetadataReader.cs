using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Reads title, publish date and declared language from an HTML document. Runs before any element is
/// removed, because the title and dateline usually live in a &lt;header&gt; that main-text extraction drops.
/// </summary>
internal static partial class HtmlMetadataReader
{
    private static readonly string[] SupportedLanguages = ["id", "en", "ko", "vi", "zh"];
    private static readonly string[] TitleSeparators = [" - ", " | ", " – ", " — ", " :: ", " · "];
    private static readonly string[] PublishedMetaNames = ["pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dcterms.issued", "article.published"];
    private const int NearTitleElements = 40;
    private const int MaxDatelineChars = 120;

    public static string? ReadTitle(IDocument document)
    {
        var title = MetaContent(document, "og:title")
            ?? MetaContent(document, "twitter:title")
            ?? Text(document.QuerySelector("h1"))
            ?? Text(document.QuerySelector("title"));
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var siteName = MetaContent(document, "og:site_name");
        if (!string.IsNullOrWhiteSpace(siteName))
        {
            foreach (var separator in TitleSeparators)
            {
                var suffix = separator + siteName.Trim();
                if (title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && title.Length > suffix.Length)
                {
                    return title[..^suffix.Length].Trim();
                }
            }
        }
        return title;
    }

    /// <summary>
    /// JSON-LD datePublished (also inside @graph and arrays), then publish-date meta tags, then
    /// &lt;time datetime&gt;, then a dateline near the title. Modified dates are never used.
    /// </summary>
    public static DateOnly? ReadPublishDate(IDocument document) =>
        FromJsonLd(document) ?? FromMeta(document) ?? FromTimeElement(document) ?? FromTextNearTitle(document);

    /// <summary>Primary subtag of &lt;html lang&gt; or og:locale, when it is a language the pipeline knows.</summary>
    public static string? ReadDeclaredLanguage(IDocument document)
    {
        string?[] declarations =
        [
            document.DocumentElement?.GetAttribute("lang"),
            MetaContent(document, "og:locale"),
            document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content"),
        ];
        foreach (var declaration in declarations)
        {
            if (string.IsNullOrWhiteSpace(declaration))
            {
                continue;
            }
            var primary = declaration.Trim().Split('-', '_')[0].ToLowerInvariant();
            primary = primary == "in" ? "id" : primary; // "in" is the withdrawn code for Indonesian, still seen in the wild.
            if (SupportedLanguages.Contains(primary))
            {
                return primary;
            }
        }
        return null;
    }

    private static DateOnly? FromJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindDatePublished(json.RootElement) is { } value && PublishDateParser.ParseMetadata(value) is { } date)
                {
                    return date;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources still apply.
            }
        }
        return null;
    }

    /// <summary>Depth-first search, so datePublished is found inside @graph, arrays and nested objects alike.</summary>
    private static string? FindDatePublished(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("datePublished") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }
                }
                foreach (var property in element.EnumerateObject())
                {
                    if (FindDatePublished(property.Value) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindDatePublished(item) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static DateOnly? FromMeta(IDocument document)
    {
        foreach (var property in new[] { "article:published_time", "og:published_time", "article:published" })
        {
            if (PublishDateParser.ParseMetadata(MetaContent(document, property)) is { } date)
            {
                return date;
            }
        }
        foreach (var meta in document.QuerySelectorAll("meta[name]"))
        {
            var name = meta.GetAttribute("name")!.Trim().ToLowerInvariant();
            if (PublishedMetaNames.Contains(name) && PublishDateParser.ParseMetadata(meta.GetAttribute("content")) is { } date)
            {
                return date;
            }
        }
        foreach (var element in document.QuerySelectorAll("[itemprop='datePublished']"))
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent;
            if (PublishDateParser.ParseMetadata(value) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static DateOnly? FromTimeElement(IDocument document)
    {
        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            if (IsModifiedMarker(time) || IsModifiedMarker(time.ParentElement))
            {
                continue;
            }
            if (PublishDateParser.ParseMetadata(time.GetAttribute("datetime")) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>The first short text block after the h1 (or at the top of the body) that holds a date.</summary>
    private static DateOnly? FromTextNearTitle(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return null;
        }
        var all = body.QuerySelectorAll("*").ToList();
        var h1 = body.QuerySelector("h1");
        var start = h1 is null ? 0 : all.IndexOf(h1);
        foreach (var element in all.Skip(start).Take(NearTitleElements))
        {
            if (element.Children.Length > 0 || element.LocalName is "script" or "style")
            {
                continue;
            }
            var text = TextShape.CollapseWhitespace(element.TextContent);
            if (text.Length == 0 || text.Length > MaxDatelineChars || ModifiedWords().IsMatch(text))
            {
                continue;
            }
            if (PublishDateParser.FindAll(text).FirstOrDefault() is { } match)
            {
                return match.Date;
            }
        }
        return null;
    }

    private static bool IsModifiedMarker(IElement? element) =>
        element is not null
        && ModifiedWords().IsMatch($"{element.GetAttribute("itemprop")} {element.GetAttribute("class")} {element.GetAttribute("id")}");

    private static string? MetaContent(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (string.Equals(name?.Trim(), key, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                {
                    return TextShape.CollapseWhitespace(content);
                }
            }
        }
        return null;
    }

    private static string? Text(IElement? element)
    {
        var text = element is null ? null : TextShape.CollapseWhitespace(element.TextContent);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    [GeneratedRegex(@"modif|update|diperbarui|diperbaharui|cập\s+nhật|수정", RegexOptions.IgnoreCase)]
    private static partial Regex ModifiedWords();
}
