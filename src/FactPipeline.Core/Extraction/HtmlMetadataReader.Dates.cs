using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>Publish and modified dates: declared ones first, then what the page shows near its title.</summary>
internal static partial class HtmlMetadataReader
{
    /// <summary>
    /// JSON-LD datePublished (also inside @graph and arrays), then publish-date meta tags, then
    /// &lt;time datetime&gt;; then the URL, a dateline near the title, a meta that says only "date", and ever weaker
    /// traces in the page. Modified dates only as a last resort (<see cref="LastResort"/>).
    /// </summary>
    private static DateOnly? ReadPublishDate(Page page, string? url) =>
        ReadPublishDate(page, url, avoidElsewhere: true) ?? ReadPublishDate(page, url, avoidElsewhere: false) ?? LastResort(page);

    /// <summary>
    /// The publish date, with or without the dates in comments, related lists and sidebars (<see cref="IsElsewhere"/>):
    /// read without them first, and with them only when the page has no other. A dateline under the title outranks
    /// what the page declares in its head: readers (and the people who date pages by hand) go by what is shown, and
    /// declared dates are often the system's own (first draft, re-import, refresh).
    /// </summary>
    private static DateOnly? ReadPublishDate(Page page, string? url, bool avoidElsewhere)
    {
        var document = page.Document;
        var fromUrl = FromUrl(url);
        var declared = JsonLdValue(page, "datePublished") ?? MetaPublishedValue(page) ?? TimeElementValue(document, avoidElsewhere);
        var declaredDay = DeclaredDay(page, declared, fromUrl);
        if (FromTextNearTitle(document, avoidElsewhere, datelineOnly: true) is { } shown)
        {
            // The address is made once and is unambiguous; "06/01/2020" read day-first is the declared June 1 read
            // month-first; a day from a UTC timestamp is one moment in two time zones (the page rendered in another),
            // and the declared timestamp says which.
            return fromUrl is { } inUrl && inUrl != shown ? inUrl
                : declaredDay is { } day && (IsSwapped(shown, day) || (IsUtc(declared) && Math.Abs(day.DayNumber - shown.DayNumber) == 1)) ? day
                : shown;
        }
        return declaredDay ?? fromUrl ?? FromTextNearTitle(document, avoidElsewhere) ?? PublishDateParser.ParseMetadata(GenericMetaValue(page))
            ?? PublishDateParser.ParseMetadata(EmbeddedJsonLdValue(page, "datePublished"))
            ?? FromDateAttributes(document, avoidElsewhere) ?? FromDateLabelledElements(document, avoidElsewhere)
            ?? FromTitle(document) ?? FromAnyText(document, skipModified: true, avoidElsewhere);
    }

    /// <summary>The day of a declared publish timestamp, as the publisher meant it, checked against the URL's.</summary>
    private static DateOnly? DeclaredDay(Page page, string? declared, DateOnly? fromUrl)
    {
        if (PublishDateParser.ParseMetadata(declared) is not { } written)
        {
            return null;
        }
        var date = PublisherDay(page, declared!) ?? written;
        if (fromUrl is not { } inUrl)
        {
            return date;
        }
        // The address is made once, when the story is first saved: a declared date days after it is a re-dating
        // (republished, refreshed), not the first publication.
        if (date.DayNumber - inUrl.DayNumber > 1)
        {
            return inUrl;
        }
        // A timestamp converted to UTC often lands a day off the publisher's own date, which the URL still shows;
        // one written with a local offset is the publisher's own day already.
        var local = PublisherClock.ParseInstant(declared) is { } instant && instant.Offset != TimeSpan.Zero;
        return !local && Math.Abs(inUrl.DayNumber - date.DayNumber) == 1 ? inUrl : date;
    }

    /// <summary>
    /// The part of a dateline before its update word: "Written: 2023-11-07 / Updated: 2023-11-08" keeps the first
    /// date, "Updated 12 March 2020" keeps nothing.
    /// </summary>
    private static string BeforeUpdateWord(string text) => ModifiedWords().Match(text) is { Success: true } update ? text[..update.Index] : text;

    /// <summary>A timestamp written in UTC (Z, +00:00): its day may not be the publisher's.</summary>
    private static bool IsUtc(string? value) => PublisherClock.ParseInstant(value) is { Offset.Ticks: 0 };

    /// <summary>The same day and month numbers the other way round (both at most 12): an ambiguous numeric date misread.</summary>
    private static bool IsSwapped(DateOnly a, DateOnly b) => a != b && a.Year == b.Year && a.Day == b.Month && a.Month == b.Day;

    /// <summary>
    /// The publisher's local day of a timestamp declared in UTC: the day of the same moment written with a local
    /// offset elsewhere on the page (a &lt;time&gt; or meta tag), else the day in the zone of the page's language;
    /// a &lt;time&gt; showing that moment as a date in its text overrides both.
    /// Null when the value is not a UTC timestamp or no local zone is known.
    /// </summary>
    private static DateOnly? PublisherDay(Page page, string declared)
    {
        if (PublisherClock.ParseInstant(declared) is not { Offset.Ticks: 0 } instant)
        {
            return null;
        }
        var times = CssSelectors.All(page.Document, TimeWithDatetime);
        foreach (var time in times)
        {
            // The same moment shown to readers ("26/12/2019" under a mislabelled +00:00): what the page shows is its day.
            if (PublisherClock.ParseInstant(time.GetAttribute("datetime")) is { } shown && shown == instant
                && PublishDateParser.FindAll(time.TextContent).FirstOrDefault() is { } text)
            {
                return text.Date;
            }
        }
        var elsewhere = times.Select(time => time.GetAttribute("datetime")).Concat(page.Metas.Select(meta => meta.GetAttribute("content")));
        foreach (var value in elsewhere)
        {
            if (PublisherClock.ParseInstant(value) is { } local && local.Offset != TimeSpan.Zero
                && (local - instant).Duration() <= TimeSpan.FromMinutes(2))
            {
                return DateOnly.FromDateTime(local.DateTime);
            }
        }
        return PublisherClock.LocalDay(instant, ReadDeclaredLanguage(page));
    }

    /// <summary>
    /// Weaker traces, once the page shows no publish date at all: a date folder in the share image's address, and
    /// finally the last-modified date (a wiki or shop page states nothing else, and its last edit is the best date
    /// there is).
    /// </summary>
    private static DateOnly? LastResort(Page page) =>
        FromImageUrl(page) ?? ReadModifiedDate(page) ?? FromAnyText(page.Document, skipModified: false, avoidElsewhere: false);

    /// <summary>A /2016/05/04/ folder in the og:image or twitter:image address: uploads are filed by the day they were made.</summary>
    private static DateOnly? FromImageUrl(Page page) =>
        FromUrl(MetaContent(page, "og:image")) ?? FromUrl(MetaContent(page, "twitter:image"));

    /// <summary>JSON-LD dateModified, article:modified_time and similar: kept apart, never a publish date.</summary>
    private static DateOnly? ReadModifiedDate(Page page)
    {
        if (PublishDateParser.ParseMetadata(JsonLdValue(page, "dateModified")) is { } date)
        {
            return date;
        }
        foreach (var key in new[] { "article:modified_time", "og:updated_time", "article:modified", "last-modified", "dcterms.modified" })
        {
            if (PublishDateParser.ParseMetadata(MetaContent(page, key)) is { } modified)
            {
                return modified;
            }
        }
        return CssSelectors.First(page.Document, DateModifiedItem) is { } element
            ? PublishDateParser.ParseMetadata(element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent)
            : null;
    }

    /// <summary>A date in the URL path: /2019/11/18/, /20191118/, /2019-11-18-...</summary>
    internal static DateOnly? FromUrl(string? url)
    {
        // Web addresses only: a local path like /data/2019/11/18/page.html says when it was saved, not published.
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        var match = UrlDate().Match(uri.AbsolutePath);
        if (match.Success && int.TryParse(match.Groups["y"].Value, out var y) && int.TryParse(match.Groups["m"].Value, out var m)
            && int.TryParse(match.Groups["d"].Value, out var d) && y is >= 1995 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }
        return null;
    }

    /// <summary>The page's own value of the property in its JSON-LD that reads as a date, as written.</summary>
    private static string? JsonLdValue(Page page, string property) => OwnJsonLdValue(page, property) ?? BrokenJsonLdValue(page.Document, property);

    /// <summary>The value itself when it reads as a date: the sources hand on what the publisher wrote, offset and all.</summary>
    private static string? AsDate(string? value) => PublishDateParser.ParseMetadata(value) is null ? null : value;

    private static string? MetaPublishedValue(Page page)
    {
        if (NamedMetaValue(page) is { } named)
        {
            return named;
        }
        foreach (var property in new[] { "article:published_time", "og:published_time", "article:published" })
        {
            if (AsDate(MetaContent(page, property)) is { } date)
            {
                return date;
            }
        }
        foreach (var meta in page.Metas.Where(meta => NamedMeta.Match(meta, null)))
        {
            var name = meta.GetAttribute("name")!.Trim().ToLowerInvariant();
            if (PublishedMetaNames.Contains(name) && AsDate(meta.GetAttribute("content")) is { } date)
            {
                return date;
            }
        }
        foreach (var element in CssSelectors.All(page.Document, DatePublishedItem))
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent;
            if (AsDate(value) is { } date)
            {
                return date;
            }
        }
        return RdfaPublishedValue(page.Document);
    }

    /// <summary>
    /// RDFa in the body: Drupal and others write the node's dates as <c>span property="schema:dateCreated"
    /// content="…"</c> (or <c>dc:date dc:created</c>) next to the dateline, not as meta tags in the head.
    /// </summary>
    private static string? RdfaPublishedValue(IDocument document)
    {
        foreach (var element in CssSelectors.All(document, PropertyWithContent))
        {
            if (element.LocalName != "meta" && element.GetAttribute("property") is { } property
                && PublishedDateNamed(property, element.GetAttribute("content")) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>The value, when it reads as a date and its name says "published" or "created" (never "modified").</summary>
    private static string? PublishedDateNamed(string name, string? value) =>
        PublishedMetaName().IsMatch(name) && !ModifiedWords().IsMatch(name) ? AsDate(value) : null;

    /// <summary>Meta tags whose name says "published" or "created" in any of the common vocabularies (Dublin Core, citation_*, parsely, sailthru).</summary>
    private static string? NamedMetaValue(Page page)
    {
        foreach (var meta in page.Metas.Where(meta => MetaWithContent.Match(meta, null)))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && !GenericDateMetaNames.Contains(name.Trim()) && PublishedDateNamed(name, meta.GetAttribute("content")) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static string? TimeElementValue(IDocument document, bool avoidElsewhere)
    {
        foreach (var time in CssSelectors.All(document, TimeWithDatetime))
        {
            if (IsModifiedMarker(time) || IsModifiedMarker(time.ParentElement))
            {
                continue;
            }
            if (AsDate(time.GetAttribute("datetime")) is { } date && !(avoidElsewhere && IsElsewhere(time)))
            {
                return date;
            }
        }
        return null;
    }

    private static bool IsModifiedMarker(IElement? element) =>
        element is not null
        && ModifiedWords().IsMatch($"{element.GetAttribute("itemprop")} {element.GetAttribute("class")} {element.GetAttribute("id")}");

    private static string? MetaContent(Page page, string key)
    {
        foreach (var meta in page.Metas)
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            // RDFa lets one element carry several properties: property="dc:title og:title".
            if (name is not null && name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Any(one => string.Equals(one, key, StringComparison.OrdinalIgnoreCase)))
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

    private static readonly string[] PublishedMetaNames = ["pubdate", "publishdate", "publish-date", "dc.date.issued", "dcterms.issued", "article.published"];

    /// <summary>
    /// Meta names that say only "date": many content systems fill them with the record's last save, so they rank
    /// below a dateline the page shows.
    /// </summary>
    private static readonly HashSet<string> GenericDateMetaNames = new(["date", "dc.date", "dcterms.date", "dc:date", "dcterms:date"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The first generic date meta (<see cref="GenericDateMetaNames"/>) that reads as a date.</summary>
    private static string? GenericMetaValue(Page page) =>
        page.Metas.Where(meta => MetaWithContent.Match(meta, null))
            .Where(meta => (meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop")) is { } name && GenericDateMetaNames.Contains(name.Trim()))
            .Select(meta => AsDate(meta.GetAttribute("content"))).FirstOrDefault(value => value is not null);

    private const int NearTitleElements = 40;

    private const int MaxDatelineChars = 120;

    private static readonly ISelector DateModifiedItem = CssSelectors.Parse("[itemprop='dateModified']");

    private static readonly ISelector DatePublishedItem = CssSelectors.Parse("[itemprop='datePublished']");

    private static readonly ISelector PropertyWithContent = CssSelectors.Parse("[property][content]");

    private static readonly ISelector DateAttributes =
        CssSelectors.Parse("[datetime], [data-date-time], [data-date], [data-published], [data-timestamp], abbr[title]");

    private static readonly ISelector ClassOrId = CssSelectors.Parse("[class], [id]");

    private static readonly ISelector TimeWithDatetime = CssSelectors.Parse("time[datetime]");

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})(?:[/_-]?)(?<m>[01]\d)(?:[/_-]?)(?<d>[0-3]\d)(?!\d)|/(?<y>(?:19|20)\d{2})/(?<m>\d{1,2})/(?<d>\d{1,2})/")]
    private static partial Regex UrlDate();

    // The rest of a JSON member after its name: `: "value"`.
    [GeneratedRegex(@"\G\s*:\s*""(?<v>[^""]{8,40})""")]
    private static partial Regex JsonStringValue();

    [GeneratedRegex(@"publish|pub[-_]?date|release|creat|issued|citation_date|citation_online_date|^dc\.date$|^dcterms\.date$|^date$|posted|datum", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedMetaName();

    [GeneratedRegex(@"date|time|publish|posted|datum|dateline|byline|meta|entry-info|post-info|article-info|timestamp|zeit", RegexOptions.IgnoreCase)]
    private static partial Regex DateClass();

    [GeneratedRegex(@"modif|update|diperbarui|diperbaharui|cập\s+nhật|수정|aktualisiert|geändert|mis\s+à\s+jour|actualizado|aggiornato|atualizado|bearbeitet", RegexOptions.IgnoreCase)]
    private static partial Regex ModifiedWords();
}
