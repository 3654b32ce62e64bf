using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>The author: declared in JSON-LD or meta tags, else marked up on the page.</summary>
internal static partial class HtmlMetadataReader
{
    /// <summary>JSON-LD author name, then author meta tags, then a rel=author or itemprop=author element.</summary>
    private static string? ReadAuthor(Page page)
    {
        // Broken JSON-LD is skipped: the meta tags still apply.
        foreach (var json in page.JsonLd)
        {
            if (FindProperty(json.RootElement, "author") is { } author && AuthorName(author) is { } name)
            {
                return name;
            }
        }
        var meta = MetaContent(page, "author") ?? MetaContent(page, "article:author") ?? MetaContent(page, "dc.creator") ?? MetaContent(page, "byl");
        if (meta is not null && !meta.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return AuthorPrefix().Replace(meta, "");
        }
        var element = CssSelectors.First(page.Document, AuthorElement);
        var text = element is null ? null : TextShape.CollapseWhitespace(element.TextContent);
        return string.IsNullOrEmpty(text) || text.Length > 100 ? null : AuthorPrefix().Replace(text, "");
    }

    private static string? AuthorName(JsonElement author) => author.ValueKind switch
    {
        JsonValueKind.String => author.GetString(),
        JsonValueKind.Object => author.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
        JsonValueKind.Array => author.EnumerateArray().Select(AuthorName).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
        _ => null,
    };

    private static readonly ISelector AuthorElement = CssSelectors.Parse("[rel='author'], [itemprop='author']");

    [GeneratedRegex(@"^(?:by|oleh|von|por|di|par)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorPrefix();
}
