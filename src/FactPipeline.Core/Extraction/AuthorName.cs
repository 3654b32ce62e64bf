using System.Text;
using System.Text.RegularExpressions;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Turns what a page offers as its author (a meta value, a byline element's line, a line of text) into a name: the
/// byline words around it ("By", "Oleh", "기자"), a date, an e-mail or a " | Site" tail go; what is not a person's name
/// (a URL, an e-mail, a date, a site's name, a sentence) is refused. Byline words are data: byline.markers.json.
/// </summary>
internal static partial class AuthorName
{
    /// <summary>Readability's limit: a byline longer than this is a bio or a paragraph, not a name.</summary>
    public const int MaxChars = 100;

    /// <summary>Names of a few people ("A, B and C") stay under this; more words is a sentence.</summary>
    private const int MaxWords = 12;

    private static readonly Lazy<BylineMarkers> Markers = new(BylineMarkers.Load);

    /// <summary>Class/id words of an element that holds the author's name.</summary>
    public static ClassWordList ClassWords => Markers.Value.ClassWords;

    /// <summary>Class/id words that make an author element something else (a photo, a bio, a job title).</summary>
    public static ClassWordList NotClassWords => Markers.Value.NotClassWords;

    /// <summary>
    /// The name in <paramref name="raw"/>, or null when there is none: byline words, a trailing date, e-mail, handle
    /// or " | Site" part stripped; refused when it is a URL, an e-mail, a date, mostly digits, too long, or one of
    /// <paramref name="siteNames"/>.
    /// </summary>
    public static string? Clean(string? raw, IReadOnlyCollection<string> siteNames)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        // Some sites escape twice: "Jos&amp;#xE9;" arrives as "Jos&#xE9;".
        var text = TextShape.CollapseWhitespace(raw.Contains('&') ? System.Net.WebUtility.HtmlDecode(raw) : raw);
        if (text.Length > MaxChars * 2 || IsUrl(text) || Markers.Value.NotNamePrefix.IsMatch(text))
        {
            return null;
        }
        text = LeadingBracket().Replace(text, "");
        // Prefixes first, so that "By | Site" style separators after them do not cut the name off; again after the
        // cuts, for a byline word that came after a bracket or a date.
        text = StripPrefixes(text, Markers.Value.Prefix);
        text = KoreanOutlet().Replace(text, "");
        text = CutAtDate(text);
        text = CutAt(text, EmailOrHandle().Match(text));
        text = CutAt(text, TailSeparator().Match(text));
        text = StripPrefixes(text, Markers.Value.Prefix);
        text = StripSuffix(text);
        text = text.Trim().TrimEnd(',', ';', ':', '-', '–', '—', '|', '·', '•', '/').Trim();
        // A closing full stop goes, one after an initial stays ("Nelson D.").
        if (text.EndsWith('.') && text.LastIndexOf(' ') is var space && text.Length - space - 1 > 2)
        {
            text = text[..^1];
        }
        return IsName(text, siteNames) ? text : null;
    }

    /// <summary>True when <paramref name="text"/> opens with a byline word ("By ", "Oleh: ", "文/").</summary>
    public static bool OpensWithBylineWord(string text) => Markers.Value.ScanPrefix.IsMatch(text);

    /// <summary>
    /// The name a line of running text opens with a byline word for ("By Jane Doe", "Oleh: Rina", "홍길동 기자",
    /// "文/张三"), or null: unlike <see cref="Clean"/>, the line must say it is a byline.
    /// </summary>
    public static string? FromBylineText(string line, IReadOnlyCollection<string> siteNames)
    {
        var whole = TextShape.CollapseWhitespace(line);
        // Chinese papers put the byline itself in brackets: "（记者 张三）", "本报讯（记者 张三）…".
        if (OpeningBracketGroup().Match(whole) is { Success: true } group && group.Groups["inner"].Value is var inner
            && FromBylineText(inner, siteNames) is { } bracketed)
        {
            return bracketed;
        }
        var text = LeadingBracket().Replace(whole, "");
        if (text.Length == 0 || text.Length > MaxChars)
        {
            return null;
        }
        // In running text a byline word also opens sentences ("By contrast, …", "Theo báo cáo …"): what follows it
        // must read as names.
        var markers = Markers.Value;
        var prefix = markers.ScanPrefix.Match(text);
        if (!prefix.Success)
        {
            prefix = markers.WeakPrefix.Match(text);
        }
        if (prefix.Success)
        {
            return Clean(text[prefix.Length..], siteNames) is { } name && LooksLikeNames(name) ? name : null;
        }
        if (markers.Suffix.Match(text) is { Success: true } suffixed && Clean(suffixed.Groups["name"].Value, siteNames) is { } named && LooksLikeNames(named))
        {
            return named;
        }
        return null;
    }

    /// <summary>
    /// The names of a byline written as a list (JSON-LD author arrays, repeated creator metas), distinct (any case),
    /// joined with ", " as Readability and the schema.org consumers do; null when none is a name.
    /// </summary>
    public static string? Join(IEnumerable<string?> names, IReadOnlyCollection<string> siteNames) =>
        Join(names.Select(name => (name, false)), siteNames);

    /// <summary>
    /// As <see cref="Join(IEnumerable{string?}, IReadOnlyCollection{string})"/>, where a name declared a Person
    /// (schema.org) is taken even when it is also the site's: a personal blog is named after its writer.
    /// </summary>
    public static string? Join(IEnumerable<(string? Name, bool Person)> names, IReadOnlyCollection<string> siteNames)
    {
        var kept = new List<string>();
        foreach (var (name, person) in names)
        {
            if (Clean(name, person ? [] : siteNames) is { } clean && !kept.Contains(clean, StringComparer.OrdinalIgnoreCase))
            {
                kept.Add(clean);
            }
        }
        return kept.Count == 0 ? null : string.Join(", ", kept);
    }

    private static string CutAtDate(string text)
    {
        var cut = text.Length;
        if (PublishDateParser.FindAll(text) is [var first, ..])
        {
            cut = first.Index;
        }
        // Month-day dates without a year and clock times ("March 18 at 3:57 PM", "8h") that FindAll leaves out.
        if (ClockOrMonthDay().Match(text) is { Success: true } clock && clock.Index < cut)
        {
            cut = clock.Index;
        }
        return text[..cut];
    }

    private static string CutAt(string text, Match match) => match.Success ? text[..match.Index] : text;

    private static string StripPrefixes(string text, Regex prefix)
    {
        // "Written by" then "By", or "Oleh:" then "Reporter:": a few rounds at most.
        for (var round = 0; round < 3 && prefix.Match(text) is { Success: true } m; round++)
        {
            text = text[m.Length..];
        }
        return text;
    }

    private static string StripSuffix(string text) =>
        Markers.Value.Suffix.Match(text) is { Success: true } m && m.Groups["name"].Value.Trim() is { Length: > 0 } name ? name : text;

    private static bool IsName(string text, IReadOnlyCollection<string> siteNames)
    {
        if (text.Length == 0 || text.Length > MaxChars || TextShape.WordCount(text) > MaxWords || IsUrl(text) || DomainOnly().IsMatch(text))
        {
            return false;
        }
        var letters = text.Count(char.IsLetter);
        if (letters == 0 || text.Count(char.IsDigit) >= letters)
        {
            return false;
        }
        // The sentence test is for Latin text; "…" or "." closing an initial ("Nelson D.") is not a sentence end.
        if (text.EndsWith('?') || text.EndsWith('!'))
        {
            return false;
        }
        if (Markers.Value.NotNames.Contains(text))
        {
            return false;
        }
        var key = SiteKey(text);
        return !siteNames.Any(site => SiteKey(site) == key);
    }

    /// <summary>A site name compared without case, spaces or a domain ending: "Kabar Pasar" is "kabarpasar.com".</summary>
    private static string SiteKey(string name)
    {
        var lower = DomainEnding().Replace(name.Trim().ToLowerInvariant(), "");
        var key = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
        }
        return key.ToString();
    }

    /// <summary>
    /// One or a few names, as a byline lists them (", ", "、", "·", "and", "dan", "và", "&amp;"): each two to four Han
    /// or Hangul letters, or one to five words each starting with a capital (an initial, a particle such as "de" or
    /// "bin" aside).
    /// </summary>
    private static bool LooksLikeNames(string text)
    {
        // Chinese and Korean bylines also list names with spaces alone ("张三 李四").
        var names = NameListSeparator().Split(text)
            .SelectMany(part => part.Any(TextShape.IsCjk) ? part.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [part])
            .Where(part => part.Length > 0).ToList();
        return names.Count is > 0 and <= 6 && names.All(name =>
        {
            if (CjkName().IsMatch(name))
            {
                return true;
            }
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length is >= 1 and <= 5 && words.All(word => char.IsUpper(word[0]) || NameParticles.Contains(word))
                && words.Any(word => word.Any(char.IsLower) || word.Length > 1 && word.All(char.IsUpper));
        });
    }

    [GeneratedRegex(@"\s*(?:,|、|·|&|\band\b|\bdan\b|\bvà\b|\bet\b|\by\b)\s*")]
    private static partial Regex NameListSeparator();

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "van", "von", "der", "bin", "binti", "da", "di", "la", "le", "del", "dos" };

    private static bool IsUrl(string text) => UrlStart().IsMatch(text) || EmailOnly().IsMatch(text);

    [GeneratedRegex(@"^(?:https?://|www\.)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlStart();

    [GeneratedRegex(@"^\S+@\S+\.\S+$")]
    private static partial Regex EmailOnly();

    [GeneratedRegex(@"^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainOnly();

    [GeneratedRegex(@"\.(?:com|co|net|org|id|vn|kr|cn|go|or|ac)(?:\.[a-z]{2})?$")]
    private static partial Regex DomainEnding();

    // An e-mail address, or a handle after a space ("@stevenmusil"): what follows is contact details.
    [GeneratedRegex(@"(?:^|[\s(<\[（])[\w.+-]*@\w[\w.-]*")]
    private static partial Regex EmailOrHandle();

    // " | Site", " - Site", " • 8h": the name comes first. A hyphen inside a name ("Roberts-Grey") has no spaces.
    // A slash after a Chinese name leads to the place ("記者巫其倫／台北報導"); byline words before one ("文/") are
    // gone by now, and a Latin name's slash is left alone (a URL in "Name (http://…)").
    [GeneratedRegex(@"\s+[|•·—–-]\s*|\s*[|•·／]\s*|(?<=\p{IsCJKUnifiedIdeographs})/")]
    private static partial Regex TailSeparator();

    // A bracketed group at the start or after a few letters ("本报讯"), its content in group "inner".
    [GeneratedRegex(@"^\s*\S{0,6}?[\[(（【〔](?<inner>[^\])）】〕]{2,40})[\])）】〕]")]
    private static partial Regex OpeningBracketGroup();

    // Korean "outlet=name 기자" ("예시일보=홍길동 기자"), outside brackets.
    [GeneratedRegex(@"^[^\s=]{1,12}\s*=\s*(?=\p{IsHangulSyllables})")]
    private static partial Regex KoreanOutlet();

    // "[서울=뉴시스]", "(Jakarta)", "【新华社】" before a byline.
    [GeneratedRegex(@"^\s*[\[(（【〔][^\])）】〕]{1,40}[\])）】〕]\s*")]
    private static partial Regex LeadingBracket();

    // Also a weekday opening a date ("Monday, 3 March", "Senin (3/3)", "Thứ hai, 3/3").
    [GeneratedRegex(@"\b\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s*[,(]|\bThứ\s+\p{L}+\s*,|\b\d{1,2}:\d{2}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b\d+\s*(?:h|m|hr|hrs|min|mins|hours?|minutes?|days?) ago\b")]
    private static partial Regex ClockOrMonthDay();

    [GeneratedRegex(@"^(?:[\p{IsHangulSyllables}]{2,4}|[\p{IsCJKUnifiedIdeographs}]{2,4})$")]
    private static partial Regex CjkName();
}
