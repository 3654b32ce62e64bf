using System.Text.RegularExpressions;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Extracts an article from plain text as a scraper left it. Every line is a unit (hard-wrapped prose
/// lines are joined back), whether or not the text separates paragraphs with blank lines. The header
/// region — the first lines before the body — yields the title and the publish date.
/// </summary>
internal static partial class PlainTextArticleParser
{
    /// <summary>Title and dateline are looked for only this far into the text.</summary>
    public const int HeaderUnits = 15;

    private const int MaxTitleChars = 150;
    private const int MinTitleWords = 3;
    private const int MaxDatelinePrefixChars = 60;
    private const int WrappedLineMinChars = 60;

    public static ExtractedContent Parse(string text)
    {
        var units = SplitUnits(text);
        // Metadata comes from the lines before link-list removal: a short title or dateline can sit in a
        // run of short lines that the cleaner would drop.
        var candidates = units.Where(unit => !Boilerplate.IsBoilerplateLine(unit)).ToList();
        var header = candidates.Take(HeaderUnits).ToList();
        var (publishedAt, dateline) = FindPublishDate(header);
        var title = FindTitle(header, dateline, Scripts.Guess(text));
        // A heading found after the lead is a subheading standing in as title: it stays in the body.
        var firstProse = header.FindIndex(TextShape.IsProse);
        var titleIsHeader = title is not null && (firstProse < 0 || header.IndexOf(title) < firstProse);

        var paragraphs = ParagraphCleaner.Clean(units, plainText: true);
        paragraphs = RemoveHeaderChrome(paragraphs, titleIsHeader ? title : null, dateline);
        title ??= FallbackTitle(paragraphs);
        return new ExtractedContent(title, paragraphs, publishedAt);
    }

    /// <summary>Lines become units; a long line that stops mid-sentence and is followed by a lower-case line is a soft wrap.</summary>
    internal static List<string> SplitUnits(string text)
    {
        var units = new List<string>();
        var continuable = false;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = TextShape.CollapseWhitespace(rawLine.Replace('\uFEFF', ' '));
            if (line.Length == 0)
            {
                continuable = false;
                continue;
            }
            if (continuable && char.IsLower(line[0]))
            {
                units[^1] = units[^1] + " " + line;
            }
            else
            {
                units.Add(line);
            }
            continuable = line.Length >= WrappedLineMinChars && !TextShape.EndsLikeSentence(line);
        }
        return units;
    }

    /// <summary>
    /// The first date in a header line that is not a sentence ("2026.01.05", "Kamis, 8 Januari 2026 - 23:11 WIB"),
    /// or in a dateline prefix of the lead ("JAKARTA, Senin (5/1/2026) - ..."). Dates inside sentences are
    /// events ("digelar pada tanggal 5 Desember 2025"), so without a header date the answer is null.
    /// </summary>
    internal static (DateOnly? Date, string? Dateline) FindPublishDate(IReadOnlyList<string> header)
    {
        var seenLead = false;
        foreach (var unit in header)
        {
            var first = PublishDateParser.FindAll(unit).FirstOrDefault();
            if (!TextShape.IsProse(unit))
            {
                if (first is not null)
                {
                    return (first.Date, unit);
                }
                continue;
            }
            // Only the lead paragraph can open with a dateline; later paragraphs are body text.
            if (!seenLead && first is not null && IsDateline(unit, first))
            {
                return (first.Date, null);
            }
            seenLead = true;
        }
        return (null, null);
    }

    /// <summary>
    /// "JAKARTA, Senin (5/1/2026) - Pemerintah ...": only capitalized words (city, weekday, outlet) before the
    /// date, and a dash right after it. "Pada 8 September 2025, Presiden ..." is a sentence, not a dateline.
    /// </summary>
    private static bool IsDateline(string unit, DateMatch date)
    {
        var prefix = unit[..date.Index];
        var after = unit[(date.Index + date.Length)..];
        return prefix.Length <= MaxDatelinePrefixChars
            && DatelineDash().IsMatch(after)
            && prefix.Split([' ', ',', '(', '-', '–', '—'], StringSplitOptions.RemoveEmptyEntries)
                .All(word => !char.IsLower(word[0]) || word.Contains('.', StringComparison.Ordinal));
    }

    /// <summary>
    /// The first heading-like line: a few words, under 150 characters, no final period, not a date or site
    /// name, and in the article's script (a Vietnamese site banner above an Indonesian article is not its title).
    /// <paramref name="script"/> is <see cref="Scripts.Guess"/> of the whole text: "ko", "zh", "ja", "vi" or null.
    /// </summary>
    internal static string? FindTitle(IReadOnlyList<string> header, string? dateline, string? script) =>
        header.FirstOrDefault(unit =>
            unit != dateline
            && unit.Length <= MaxTitleChars
            && HasEnoughWords(unit)
            && !TextShape.EndsLikeSentence(unit)
            && !StartsWithQuote(unit)
            && !TextShape.MentionsDomain(unit)
            && MatchesScript(unit, script)
            && PublishDateParser.FindAll(unit).Count == 0);

    /// <summary>Three words, or for Chinese/Korean without spaces, six CJK characters.</summary>
    private static bool HasEnoughWords(string unit) =>
        TextShape.WordCount(unit) >= MinTitleWords || unit.Count(TextShape.IsCjk) >= 2 * MinTitleWords;

    private static bool MatchesScript(string unit, string? script)
    {
        var words = unit.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (script != "vi" && words.Count(Scripts.HasVietnameseLetter) >= 2)
        {
            return false;
        }
        return script is not ("ko" or "zh" or "ja") || unit.Any(TextShape.IsCjk);
    }

    /// <summary>Without a heading, the lead sentence stands in as the title (cut at a word boundary).</summary>
    private static string? FallbackTitle(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return null;
        }
        var lead = paragraphs[0];
        var sentenceEnd = SentenceEnd().Match(lead);
        var sentence = sentenceEnd.Success ? lead[..(sentenceEnd.Index + 1)] : lead;
        if (sentence.Length <= MaxTitleChars)
        {
            return sentence.Trim();
        }
        var cut = sentence.LastIndexOf(' ', MaxTitleChars);
        return (cut > 0 ? sentence[..cut] : sentence[..MaxTitleChars]).Trim() + "…";
    }

    /// <summary>
    /// Before the first real paragraph, short non-sentence lines are header furniture (section name,
    /// site name); the title and dateline are metadata, not body text, wherever they repeat in the header.
    /// </summary>
    private static List<string> RemoveHeaderChrome(List<string> paragraphs, string? title, string? dateline)
    {
        var result = new List<string>();
        var inHeader = true;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var unit = paragraphs[i];
            var nearTop = i < HeaderUnits;
            if (nearTop && (unit == title || unit == dateline || IsDateOnly(unit)))
            {
                continue;
            }
            if (inHeader && TextShape.IsProse(unit))
            {
                inHeader = false;
            }
            if (inHeader && TextShape.IsShortNonSentence(unit))
            {
                continue;
            }
            result.Add(unit);
        }
        return result;
    }

    /// <summary>"2026.01.05", "Kamis, 8 Januari 2026 - 23:11 WIB": nothing but a date, weekday and time.</summary>
    private static bool IsDateOnly(string unit)
    {
        var dates = PublishDateParser.FindAll(unit);
        if (dates.Count == 0)
        {
            return false;
        }
        var rest = unit;
        foreach (var date in dates.Reverse())
        {
            rest = rest.Remove(date.Index, date.Length);
        }
        return DateFurniture().Replace(rest, "").Trim().Length == 0;
    }

    private static bool StartsWithQuote(string unit) => unit[0] is '"' or '“' or '\'' or '‘' or '«';

    [GeneratedRegex(@"^\)?[^.!?]{0,20}?\s[-–—]\s")]
    private static partial Regex DatelineDash();

    [GeneratedRegex(@"[.!?。](?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(
        @"senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|" +
        @"ngày|thứ\s+\w+|chủ\s+nhật|wib|wita|wit|kst|utc|gmt|\d{1,2}[:.]\d{2}|[\s,()\-–—|/:]",
        RegexOptions.IgnoreCase)]
    private static partial Regex DateFurniture();
}
