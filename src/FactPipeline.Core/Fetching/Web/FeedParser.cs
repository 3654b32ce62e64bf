using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace FactPipeline.Core.Fetching.Web;

public enum FeedFormat
{
    NotAFeed,
    Rss,
    Atom,
    Sitemap,
    SitemapIndex,
}

/// <summary>An article (or, in a sitemap index, a child sitemap) URL with its date when the feed gave one.</summary>
public sealed record FeedEntry(Uri Url, DateTimeOffset? Date);

public sealed record FeedDocument(FeedFormat Format, IReadOnlyList<FeedEntry> Entries)
{
    public static readonly FeedDocument None = new(FeedFormat.NotAFeed, []);

    /// <summary>Newest first (undated entries after dated ones, in feed order), dated before <paramref name="since"/> dropped.</summary>
    public IReadOnlyList<FeedEntry> Select(DateTimeOffset? since, int limit) =>
        Entries
            .Select((entry, index) => (entry, index))
            .Where(x => since is null || x.entry.Date is null || x.entry.Date >= since)
            .OrderBy(x => x.entry.Date is null ? 1 : 0)
            .ThenByDescending(x => x.entry.Date)
            .ThenBy(x => x.index)
            .Select(x => x.entry)
            .DistinctBy(e => e.Url)
            .Take(limit)
            .ToArray();
}

/// <summary>Reads RSS 2.0, Atom and sitemap (index) XML into article URLs. DTDs are refused (no XXE).</summary>
public static partial class FeedParser
{
    public static FeedDocument Parse(byte[] content, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        XDocument document;
        try
        {
            using var stream = new MemoryStream(content);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return FeedDocument.None;
        }
        var root = document.Root!;
        return root.Name.LocalName switch
        {
            "rss" or "RDF" => new FeedDocument(FeedFormat.Rss, Items(root, "item", baseUrl, RssLink, "pubDate", "date")),
            "feed" => new FeedDocument(FeedFormat.Atom, Items(root, "entry", baseUrl, AtomLink, "published", "updated")),
            "urlset" => new FeedDocument(FeedFormat.Sitemap, Items(root, "url", baseUrl, Loc, "lastmod", "publication_date")),
            "sitemapindex" => new FeedDocument(FeedFormat.SitemapIndex, Items(root, "sitemap", baseUrl, Loc, "lastmod")),
            _ => FeedDocument.None,
        };
    }

    private static FeedEntry[] Items(XElement root, string itemName, Uri baseUrl, Func<XElement, string?> link, params string[] dateNames) =>
        root.Descendants()
            .Where(e => e.Name.LocalName == itemName)
            .Select(item => (Link: link(item), Date: FirstDate(item, dateNames)))
            .Where(x => !string.IsNullOrWhiteSpace(x.Link))
            .Select(x => Uri.TryCreate(baseUrl, x.Link!.Trim(), out var url) ? new FeedEntry(url, x.Date) : null)
            .Where(e => e is not null && (e.Url.Scheme == Uri.UriSchemeHttp || e.Url.Scheme == Uri.UriSchemeHttps))
            .ToArray()!;

    private static string? RssLink(XElement item) =>
        Child(item, "link")?.Value is { Length: > 0 } link ? link
        : Child(item, "guid") is { } guid && (string?)guid.Attribute("isPermaLink") != "false" ? guid.Value : null;

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToArray();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        return (string?)alternate?.Attribute("href");
    }

    private static string? Loc(XElement item) => Child(item, "loc")?.Value;

    private static XElement? Child(XElement item, string name) => item.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static DateTimeOffset? FirstDate(XElement item, string[] names)
    {
        foreach (var name in names)
        {
            // Sitemap news extension nests its date one level down.
            var element = item.Descendants().FirstOrDefault(e => e.Name.LocalName == name);
            if (element is not null && ParseDate(element.Value) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>ISO 8601 (Atom, sitemaps) or RFC 822 (RSS), including "+0700" and named zones.</summary>
    internal static DateTimeOffset? ParseDate(string text)
    {
        var value = text.Trim();
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }
        var rfc822 = Rfc822().Match(value);
        if (!rfc822.Success)
        {
            return null;
        }
        var zone = rfc822.Groups["zone"].Value.ToUpperInvariant() switch
        {
            "GMT" or "UT" or "UTC" or "Z" or "" => "+00:00",
            "EST" => "-05:00",
            "EDT" => "-04:00",
            "PST" => "-08:00",
            "PDT" => "-07:00",
            "KST" => "+09:00",
            "WIB" => "+07:00",
            var z when z.Length == 5 => $"{z[..3]}:{z[3..]}",
            _ => "+00:00",
        };
        var normalized = $"{rfc822.Groups["day"].Value} {rfc822.Groups["month"].Value} {rfc822.Groups["year"].Value} {rfc822.Groups["time"].Value} {zone}";
        return DateTimeOffset.TryParseExact(
            normalized, ["d MMM yyyy H:mm:ss zzz", "d MMM yyyy H:mm zzz"], CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed)
            ? parsed
            : null;
    }

    [GeneratedRegex(@"^(?:\w{3},\s*)?(?<day>\d{1,2})\s+(?<month>\w{3})\w*\s+(?<year>\d{4})\s+(?<time>\d{1,2}:\d{2}(?::\d{2})?)\s*(?<zone>[+-]\d{4}|[A-Za-z]{1,3})?$")]
    private static partial Regex Rfc822();
}
