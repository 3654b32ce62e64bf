using System.Text.Json;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Reads what a page declares about itself (title, dates, author, site, language, canonical URL; one partial file
/// per field family). Runs before any element is removed, because
/// the title and dateline usually live in a &lt;header&gt; that main-text extraction drops.
/// </summary>
internal static partial class HtmlMetadataReader
{
    /// <summary>Everything the page declares about itself; <see cref="ExtractedContent.Paragraphs"/> is left empty.</summary>
    public static ExtractedContent Read(IDocument document, string? url)
    {
        using var page = new Page(document);
        var canonical = ReadCanonicalUrl(page, url);
        return new ExtractedContent(ReadTitle(page), [], ReadPublishDate(page, url ?? canonical), ReadDeclaredLanguage(page))
        {
            ModifiedAt = ReadModifiedDate(page),
            Author = ReadAuthor(page),
            SiteName = MetaContent(page, "og:site_name") ?? MetaContent(page, "application-name"),
            CanonicalUrl = canonical,
        };
    }

    /// <summary>&lt;link rel=canonical&gt;, then og:url, resolved against the page URL; the page URL itself when neither is given.</summary>
    private static string? ReadCanonicalUrl(Page page, string? url)
    {
        var declared = CssSelectors.First(page.Document, CanonicalLink)?.GetAttribute("href") ?? MetaContent(page, "og:url");
        Uri.TryCreate(url, UriKind.Absolute, out var baseUri);
        if (!string.IsNullOrWhiteSpace(declared))
        {
            if (Uri.TryCreate(declared.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
            {
                return absolute.ToString();
            }
            if (baseUri is not null && Uri.TryCreate(baseUri, declared.Trim(), out var resolved))
            {
                return resolved.ToString();
            }
        }
        return baseUri is not null && baseUri.Scheme is "http" or "https" ? baseUri.ToString() : null;
    }

    /// <summary>
    /// ISO 639-1 code of the first of &lt;html lang&gt;, og:locale and Content-Language that names a language, whichever
    /// it is: a claim to weigh against the text (<see cref="LanguageEvidence"/>), not a verdict.
    /// </summary>
    private static string? ReadDeclaredLanguage(Page page)
    {
        string?[] declarations =
        [
            page.Document.DocumentElement?.GetAttribute("lang"),
            MetaContent(page, "og:locale"),
            page.Metas.FirstOrDefault(meta => ContentLanguageMeta.Match(meta, null))?.GetAttribute("content"),
        ];
        return declarations.Select(LanguageTags.Primary).FirstOrDefault(language => language is not null);
    }

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Depth-first search, so datePublished is found inside @graph, arrays and nested objects alike.</summary>
    private static JsonElement? FindProperty(JsonElement element, string name)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(name) && property.Value.ValueKind != JsonValueKind.Null)
                    {
                        return property.Value.Clone();
                    }
                }
                foreach (var property in element.EnumerateObject())
                {
                    if (FindProperty(property.Value, name) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindProperty(item, name) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static string? Text(IElement? element)
    {
        var text = element is null ? null : TextShape.CollapseWhitespace(element.TextContent);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    // Parsed once (see CssSelectors).
    private static readonly ISelector CanonicalLink = CssSelectors.Parse("link[rel='canonical' i]");
    private static readonly ISelector Meta = CssSelectors.Parse("meta");
    private static readonly ISelector JsonLdScript = CssSelectors.Parse("script[type='application/ld+json' i]");

    // The page's meta elements are read a score of times (title, dates, author, site, language): listed once, then
    // filtered by these selectors, parsed once.
    private static readonly ISelector MetaWithContent = CssSelectors.Parse("meta[content]");
    private static readonly ISelector NamedMeta = CssSelectors.Parse("meta[name]");
    private static readonly ISelector ContentLanguageMeta = CssSelectors.Parse("meta[http-equiv='content-language' i]");

    /// <summary>
    /// One page's document with what the readers ask of it again and again: its meta elements (one walk over the
    /// page instead of one per key) and its JSON-LD blocks, parsed once for the publish date, the modified date and
    /// the author (blocks that are not valid JSON are left out).
    /// </summary>
    private sealed class Page(IDocument document) : IDisposable
    {
        private IElement[]? _metas;
        private List<JsonDocument>? _jsonLd;

        public IDocument Document => document;

        public IElement[] Metas => _metas ??= [.. CssSelectors.All(document, Meta)];

        public List<JsonDocument> JsonLd => _jsonLd ??= ParseJsonLd(document);

        public void Dispose()
        {
            foreach (var json in _jsonLd ?? [])
            {
                json.Dispose();
            }
        }

        private static List<JsonDocument> ParseJsonLd(IDocument document)
        {
            var blocks = new List<JsonDocument>();
            foreach (var script in CssSelectors.All(document, JsonLdScript))
            {
                try
                {
                    blocks.Add(JsonDocument.Parse(WithoutCdata(script.TextContent), JsonOptions));
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the other sources still apply.
                }
            }
            return blocks;
        }

        /// <summary>Some publishers wrap JSON-LD in a CDATA section (<c>&lt;![CDATA[ … ]]&gt;</c>, sometimes behind <c>//</c>).</summary>
        private static string WithoutCdata(string json)
        {
            var text = json.AsSpan().Trim();
            foreach (var opening in (string[])["//<![CDATA[", "<![CDATA["])
            {
                if (text.StartsWith(opening, StringComparison.Ordinal))
                {
                    text = text[opening.Length..].TrimStart();
                    break;
                }
            }
            foreach (var closing in (string[])["//]]>", "]]>"])
            {
                if (text.EndsWith(closing, StringComparison.Ordinal))
                {
                    text = text[..^closing.Length].TrimEnd();
                    break;
                }
            }
            return text.ToString();
        }
    }
}
