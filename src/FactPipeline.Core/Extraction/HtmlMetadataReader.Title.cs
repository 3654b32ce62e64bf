using System.Text.Json;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// The headline: what the page declares (JSON-LD headline, Dublin Core, Open Graph, Twitter, Parse.ly), else its
/// &lt;title&gt;, else its first &lt;h1&gt;; then without the site's name. The &lt;title&gt; comes before the h1 because
/// an h1 is as often the site's logo or a section banner ("Health Center") as the headline.
/// </summary>
internal static partial class HtmlMetadataReader
{
    // Spaced separators, and the bare underscore that Chinese portals put between headline, section and site.
    private static readonly string[] TitleSeparators = [" - ", " | ", " – ", " — ", " :: ", " · ", " » ", " / ", " \\ ", " > ", "_"];
    private static readonly string[] DeclaredTitleKeys = ["dc.title", "dc:title", "dcterm:title", "dcterms.title", "og:title", "twitter:title", "parsely-title"];

    /// <summary>A site name as a suffix is a few words at most; more is part of the headline.</summary>
    private const int MaxSiteNameWords = 5;

    private const int MinHeadlineWords = 3;

    private static string? ReadTitle(Page page)
    {
        var documentTitle = DocumentTitle(page.Document);
        var title = ArticleHeadline(page, documentTitle)
            ?? DeclaredTitle(page, "property")
            ?? DeclaredTitle(page, "name")
            ?? documentTitle
            ?? Text(CssSelectors.First(page.Document, H1));
        return title is null ? null : WithoutSiteName(title, SiteNames(page), Headings(page.Document));
    }

    /// <summary>
    /// Strips the site's name from either end of a title: a declared site name, an h1 that is exactly one side of
    /// a separator, or else a short capitalised suffix ("Kompas.com", "eHow", "光明网") after a headline of its own.
    /// </summary>
    internal static string WithoutSiteName(string title, IReadOnlyList<string> siteNames, IReadOnlyList<string> headings)
    {
        title = title.Trim();
        foreach (var name in siteNames)
        {
            foreach (var separator in TitleSeparators)
            {
                if (title.Length > name.Length + separator.Length && title.EndsWith(separator.TrimStart() + name, StringComparison.OrdinalIgnoreCase)
                    && (separator[0] != ' ' || title.EndsWith(separator + name, StringComparison.OrdinalIgnoreCase)))
                {
                    return WithoutSiteName(title[..^(name.Length + separator.TrimStart().Length)], siteNames, headings);
                }
                if (title.Length > name.Length + separator.Length && title.StartsWith(name + separator, StringComparison.OrdinalIgnoreCase))
                {
                    return title[(name.Length + separator.Length)..].Trim();
                }
            }
        }
        var parts = SplitOnSeparators(title);
        if (parts.Count < 2)
        {
            return title;
        }
        // An h1 that is the title's leading parts is the headline, whatever the rest says.
        for (var take = parts.Count - 1; take >= 1; take--)
        {
            // Only the leading parts: an h1 equal to the trailing ones is the site's logo ("Evolve: … — evolve extension").
            var leading = Join(parts, 0, take);
            if (headings.Any(h => SameText(h, leading)))
            {
                return leading;
            }
        }
        // Otherwise only a name-like last part goes, one at a time, while a headline of its own remains.
        while (parts.Count > 1 && LooksLikeSiteName(parts[^1].Text) && TextShape.WordCount(Join(parts, 0, parts.Count - 1)) >= MinHeadlineWords)
        {
            parts.RemoveAt(parts.Count - 1);
        }
        return Join(parts, 0, parts.Count);
    }

    /// <summary>
    /// The first declared title key found in the given attribute. Open Graph and RDFa declare by <c>property</c>;
    /// a <c>name</c> of the same key is the older meta convention or a misspelt copy, read only when no property says it.
    /// </summary>
    private static string? DeclaredTitle(Page page, string attribute)
    {
        foreach (var key in DeclaredTitleKeys)
        {
            foreach (var meta in page.Metas)
            {
                if (meta.GetAttribute(attribute) is { } keys
                    && keys.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(one => string.Equals(one, key, StringComparison.OrdinalIgnoreCase))
                    && meta.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content))
                {
                    return TextShape.CollapseWhitespace(content);
                }
            }
        }
        return null;
    }

    private static string? DocumentTitle(IDocument document)
    {
        // The head's own title: an inline SVG's <title> is a tooltip.
        var element = document.Head is { } head ? CssSelectors.First(head, TitleElement) : null;
        return Text(element ?? CssSelectors.First(document, TitleElement));
    }

    private static List<string> Headings(IDocument document) =>
        [.. CssSelectors.All(document, H1).Take(5).Select(Text).OfType<string>()];

    private static List<string> SiteNames(Page page)
    {
        var names = new List<string>();
        foreach (var name in new[] { MetaContent(page, "og:site_name"), MetaContent(page, "application-name"), JsonLdPublisherName(page) })
        {
            if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name.Trim());
            }
        }
        return names;
    }

    /// <summary>
    /// The headline (or name) of a JSON-LD article, news story or blog post; a WebPage's or WebSite's is the site's.
    /// When an article has both and they differ, the one the page's &lt;title&gt; repeats: Wikipedia's "headline" is
    /// a description ("Wikimedia list article").
    /// </summary>
    private static string? ArticleHeadline(Page page, string? documentTitle)
    {
        foreach (var json in page.JsonLd)
        {
            foreach (var article in JsonLdObjects(json.RootElement).Where(IsArticleType))
            {
                var headline = StringProperty(article, "headline");
                var name = StringProperty(article, "name");
                if (headline is not null && name is not null && documentTitle is not null && headline != name
                    && WordShare(headline, documentTitle) < RepeatedShare && WordShare(name, documentTitle) >= RepeatedShare)
                {
                    return name;
                }
                if (headline is not null)
                {
                    return headline;
                }
                // A name alone is sometimes the publisher's ("Aktuálně.cz"): only one that is most of the <title>.
                if (name is not null && (documentTitle is null || WordShare(documentTitle, name) >= RepeatedShare))
                {
                    return name;
                }
            }
        }
        return null;
    }

    private static IEnumerable<JsonElement> JsonLdObjects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in JsonLdObjects(item))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var inner in JsonLdObjects(graph))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Three quarters of one text's words in the other: the same headline, give or take a site name.</summary>
    private const double RepeatedShare = 0.75;

    /// <summary>The share of <paramref name="text"/>'s words (letters and digits, any case) that <paramref name="other"/> has.</summary>
    internal static double WordShare(string text, string other)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return 0;
        }
        var others = Words(other).ToHashSet(StringComparer.Ordinal);
        return (double)words.Count(others.Contains) / words.Count;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var normalized = text.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(normalized[start..i]);
                start = -1;
            }
        }
        return words;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToArray() : [type];
        return types.Any(one => one.ValueKind == JsonValueKind.String && one.GetString() is { } name
            && ArticleTypeWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    private static readonly string[] ArticleTypeWords = ["Article", "BlogPosting", "Report", "Review", "LiveBlogPosting", "SocialMediaPosting"];

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && TextShape.CollapseWhitespace(value.GetString() ?? "") is { Length: > 0 } text ? text : null;

    private static string? JsonLdPublisherName(Page page)
    {
        foreach (var json in page.JsonLd)
        {
            if (FindProperty(json.RootElement, "publisher") is { ValueKind: JsonValueKind.Object } publisher
                && publisher.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
            {
                return name.GetString();
            }
        }
        return null;
    }

    /// <summary>
    /// Short, and written as a name: it starts with a capital or a non-Latin letter ("eHow" counts), or it is
    /// a domain. "ini daftarnya" after a dash is the headline going on; "Tempo.co" and "Yahoo!ニュース" are not.
    /// </summary>
    private static bool LooksLikeSiteName(string part)
    {
        if (part.Length == 0 || TextShape.WordCount(part) > MaxSiteNameWords || TextShape.EndsLikeSentence(part) && !part.EndsWith('!'))
        {
            return false;
        }
        if (TextShape.MentionsDomain(part))
        {
            return true;
        }
        var first = part.TrimStart('(', '[', '"', '\'', '“');
        return first.Length > 0 && (char.IsUpper(first[0]) || !IsLatin(first[0]) || first.Split(' ')[0].Any(char.IsUpper))
            && !IsMostlyLowercaseWords(part);
    }

    /// <summary>
    /// Three or more Latin words, most of them lower-case: a subtitle ("All-time bestselling computer in UK"), where a
    /// site's name is capitalised word by word ("Firefox Nightly News") or one brand.
    /// </summary>
    private static bool IsMostlyLowercaseWords(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => char.IsLetter(word[0]) && IsLatin(word[0])).ToList();
        return words.Count >= 3 && words.Count(word => char.IsLower(word[0])) * 2 > words.Count;
    }

    private static bool IsLatin(char c) => c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF';

    private readonly record struct TitlePart(string Text, string SeparatorBefore);

    private static List<TitlePart> SplitOnSeparators(string title)
    {
        var parts = new List<TitlePart>();
        var start = 0;
        var separatorBefore = "";
        for (var i = 0; i < title.Length; i++)
        {
            foreach (var separator in TitleSeparators)
            {
                if (string.CompareOrdinal(title, i, separator, 0, separator.Length) == 0)
                {
                    parts.Add(new TitlePart(title[start..i].Trim(), separatorBefore));
                    separatorBefore = separator;
                    start = i + separator.Length;
                    i = start - 1;
                    break;
                }
            }
        }
        parts.Add(new TitlePart(title[start..].Trim(), separatorBefore));
        parts.RemoveAll(part => part.Text.Length == 0);
        return parts;
    }

    private static string Join(List<TitlePart> parts, int start, int count)
    {
        var text = new System.Text.StringBuilder(parts[start].Text);
        for (var i = start + 1; i < start + count; i++)
        {
            text.Append(parts[i].SeparatorBefore).Append(parts[i].Text);
        }
        return text.ToString().Trim();
    }

    private static bool SameText(string a, string b) =>
        string.Equals(TextShape.CollapseWhitespace(a), TextShape.CollapseWhitespace(b), StringComparison.OrdinalIgnoreCase);

    private static readonly ISelector TitleElement = CssSelectors.Parse("title");
    private static readonly ISelector H1 = CssSelectors.Parse("h1");
}
