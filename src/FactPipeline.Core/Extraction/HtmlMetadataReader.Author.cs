using System.Text.Json;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// The author: declared in JSON-LD or meta tags, else marked up on the page or written as a byline
/// (HtmlMetadataReader.Byline.cs); every candidate made a name, or refused, by <see cref="AuthorName"/>.
/// </summary>
internal static partial class HtmlMetadataReader
{
    /// <summary>
    /// The first source that gives a name (<see cref="AuthorName.Clean"/>): the article's JSON-LD author(s), any other
    /// JSON-LD author, the creator/author meta tags, a byline element (rel/itemprop/class), a line of text that says
    /// it is a byline ("By …", "Oleh …", "… 기자"), and last article:author, which is usually a profile URL and, when a
    /// name, less often the page's own writer than the byline on the page.
    /// </summary>
    private static string? ReadAuthor(Page page)
    {
        var siteNames = SiteNames(page);
        return FromJsonLd(page, siteNames)
            ?? FromAuthorMetas(page, siteNames)
            ?? FromBylineElements(page.Document, siteNames)
            ?? FromBylineText(page.Document, siteNames)
            ?? AuthorName.Clean(MetaContent(page, "article:author"), siteNames);
    }

    /// <summary>
    /// The author of a JSON-LD article first (a page also describes its site, videos and related stories): one at the
    /// top or in @graph, then one nested (WebPage.mainEntity); else the author of any top-level object. Never an
    /// author deeper in a non-article: a ClaimReview's itemReviewed.author is the person whose claim is checked.
    /// </summary>
    private static string? FromJsonLd(Page page, List<string> siteNames)
    {
        // Broken JSON-LD is skipped (Page): the meta tags still apply.
        IEnumerable<Func<JsonElement, IEnumerable<JsonElement>>> passes =
        [
            root => JsonLdObjects(root).Where(IsArticleType),
            root => NestedObjects(root).Where(IsArticleType),
            JsonLdObjects,
        ];
        foreach (var objects in passes)
        {
            foreach (var json in page.JsonLd)
            {
                foreach (var item in objects(json.RootElement))
                {
                    if (item.TryGetProperty("author", out var author) && AuthorName.Join(JsonLdNames(author), siteNames) is { } name)
                    {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    /// <summary>Every object in the JSON, depth first.</summary>
    private static IEnumerable<JsonElement> NestedObjects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
        }
        if (element.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            var children = element.ValueKind == JsonValueKind.Object
                ? element.EnumerateObject().Select(property => property.Value)
                : element.EnumerateArray();
            foreach (var child in children)
            {
                foreach (var inner in NestedObjects(child))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>
    /// A string, a Person (or Organization) object's name, or an array of either: several authors are several names,
    /// each marked when it is declared a Person.
    /// </summary>
    private static IEnumerable<(string? Name, bool Person)> JsonLdNames(JsonElement author) => author.ValueKind switch
    {
        JsonValueKind.String => [(author.GetString(), false)],
        JsonValueKind.Object => author.TryGetProperty("name", out var name)
            ? JsonLdNames(name).Select(one => (one.Name, IsPerson(author)))
            : [],
        JsonValueKind.Array => author.EnumerateArray().SelectMany(JsonLdNames),
        _ => [],
    };

    private static bool IsPerson(JsonElement element) =>
        element.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Person";

    /// <summary>
    /// Meta tags that name the author, in tiers as Readability reads them: Dublin Core creator, then author, then the
    /// analytics ones. Keys compare as Readability's do (any case, "DC.creator" is "dc:creator", RDFa lists split),
    /// and a tier's several tags (one per author) are joined.
    /// </summary>
    private static string? FromAuthorMetas(Page page, List<string> siteNames)
    {
        foreach (var tier in AuthorMetaTiers)
        {
            var values = new List<string?>();
            foreach (var meta in page.Metas)
            {
                var keys = meta.GetAttribute("property") ?? meta.GetAttribute("name");
                if (keys is not null && keys.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Any(key => tier.Contains(key.ToLowerInvariant().Replace('.', ':'))))
                {
                    values.Add(meta.GetAttribute("content"));
                }
            }
            if (AuthorName.Join(values, siteNames) is { } name)
            {
                return name;
            }
        }
        return null;
    }

    private static readonly string[][] AuthorMetaTiers =
    [
        ["dc:creator", "dcterm:creator", "dcterms:creator"],
        ["author"],
        ["parsely-author", "sailthru:author", "byl"],
    ];
}
