using System.Text.Json;
using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>JSON-LD dates of the page's own article rather than of the things it embeds.</summary>
internal static partial class HtmlMetadataReader
{
    /// <summary>
    /// Types whose dates are their own, not the page's: a photo's or video's datePublished is when it was taken or
    /// uploaded, a comment's or review's when it was written, often days before or after the article.
    /// </summary>
    private static readonly HashSet<string> EmbeddedTypes = new(
        ["ImageObject", "VideoObject", "AudioObject", "MediaObject", "Clip", "Photograph", "Comment", "Review", "Answer", "Question", "Offer", "Person", "Organization"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The first value of the property, in document order, on an object that is not an embedded media item or
    /// comment (<see cref="EmbeddedTypes"/>).
    /// </summary>
    private static string? OwnJsonLdValue(Page page, string property)
    {
        string? embedded = null;
        foreach (var json in page.JsonLd)
        {
            if (OwnValue(json.RootElement, property, inEmbedded: false, ref embedded) is { } own)
            {
                return own;
            }
        }
        return null;
    }

    /// <summary>The first value of the property on an embedded item (<see cref="EmbeddedTypes"/>): a weak hint of the page's day.</summary>
    private static string? EmbeddedJsonLdValue(Page page, string property)
    {
        string? embedded = null;
        foreach (var json in page.JsonLd)
        {
            OwnValue(json.RootElement, property, inEmbedded: false, ref embedded);
            if (embedded is not null)
            {
                return embedded;
            }
        }
        return null;
    }

    private static string? OwnValue(JsonElement element, string property, bool inEmbedded, ref string? embedded)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var isEmbedded = inEmbedded || (element.TryGetProperty("@type", out var type) && IsEmbeddedType(type));
                if (element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && AsDate(value.GetString()) is { } date)
                {
                    if (!isEmbedded)
                    {
                        return date;
                    }
                    embedded ??= date;
                }
                foreach (var member in element.EnumerateObject())
                {
                    if (OwnValue(member.Value, property, isEmbedded, ref embedded) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (OwnValue(item, property, inEmbedded, ref embedded) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>"@type" as one name or a list of them: embedded when any of them is.</summary>
    private static bool IsEmbeddedType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => EmbeddedTypes.Contains(type.GetString() ?? ""),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && EmbeddedTypes.Contains(t.GetString() ?? "")),
        _ => false,
    };

    /// <summary>
    /// The property read straight off the text of a JSON-LD block that is not valid JSON (left out of
    /// <see cref="Page.JsonLd"/>): a stray brace or comma breaks the block, yet its "datePublished": "…" is as plain
    /// as in a valid one. Valid blocks are left to <see cref="OwnJsonLdValue"/>, which knows whose date it is.
    /// </summary>
    private static string? BrokenJsonLdValue(IDocument document, string property)
    {
        foreach (var script in CssSelectors.All(document, JsonLdScript))
        {
            var text = script.TextContent;
            var at = text.IndexOf('"' + property + '"', StringComparison.Ordinal);
            if (at >= 0 && !IsValidJson(text) && JsonStringValue().Match(text, at + property.Length + 2) is { Success: true } value
                && AsDate(value.Groups["v"].Value) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static bool IsValidJson(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text, JsonOptions);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
