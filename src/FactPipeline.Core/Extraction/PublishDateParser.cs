using System.Text.RegularExpressions;

namespace FactPipeline.Core.Extraction;

/// <summary>A calendar date found in text, with where it was found.</summary>
internal sealed record DateMatch(DateOnly Date, int Index, int Length);

/// <summary>
/// Finds calendar dates in article text and metadata: ISO and dotted (2026.01.05), numeric day-first
/// (16/11/2025, Senin (5/1/2026)), month names in Indonesian and English (8 Januari 2026, March 13, 2026),
/// Vietnamese (16 tháng 11 năm 2025), Korean (2025년 12월 2일) and Chinese (2025年12月2日).
/// Only complete dates count: a bare year or "Oktober 2025" is never a publish date.
/// </summary>
internal static partial class PublishDateParser
{
    private const int MinYear = 1990;
    private const int MaxYear = 2100;

    private static readonly Dictionary<string, int> MonthNumbers = BuildMonthNumbers();

    /// <summary>Parses a metadata value (ISO timestamp or any format <see cref="FindAll"/> knows).</summary>
    public static DateOnly? ParseMetadata(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        // The calendar date as the publisher wrote it; converting "2026-01-05T01:00+09:00" to UTC would shift the day.
        var iso = IsoPrefix().Match(value.Trim());
        if (iso.Success && TryDate(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, out var date))
        {
            return date;
        }
        return FindAll(value).Select(m => (DateOnly?)m.Date).FirstOrDefault();
    }

    /// <summary>All complete dates in the text, in order of position; overlapping matches keep the earliest.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        // Every pattern has a four-digit year: most of a page's text blocks have none, and the seven scans (big
        // generated matchers over month names in many languages) are skipped for them.
        if (!HasFourDigits(text))
        {
            return [];
        }
        var found = new List<DateMatch>();
        foreach (Match m in YearFirst().Matches(text))
        {
            Add(found, m, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        }
        foreach (Match m in CjkDate().Matches(text))
        {
            Add(found, m, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        }
        foreach (Match m in NumericDayFirst().Matches(text))
        {
            var first = int.Parse(m.Groups["a"].Value);
            var second = int.Parse(m.Groups["b"].Value);
            // Day-first as in id/vi/en-GB; month-first only when day-first is impossible (03/13/2026).
            var (day, month) = second > 12 && first <= 12 ? (second, first) : (first, second);
            Add(found, m, m.Groups["y"].Value, month.ToString(), day.ToString());
        }
        foreach (Match m in DayMonthNameYear().Matches(text))
        {
            Add(found, m, m.Groups["y"].Value, MonthNumbers[m.Groups["mon"].Value.ToLowerInvariant()].ToString(), m.Groups["d"].Value);
        }
        foreach (Match m in MonthNameDayYear().Matches(text))
        {
            Add(found, m, m.Groups["y"].Value, MonthNumbers[m.Groups["mon"].Value.ToLowerInvariant()].ToString(), m.Groups["d"].Value);
        }
        foreach (Match m in VietnameseDate().Matches(text))
        {
            Add(found, m, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        }
        found.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var result = new List<DateMatch>();
        foreach (var match in found)
        {
            if (result.Count == 0 || match.Index >= result[^1].Index + result[^1].Length)
            {
                result.Add(match);
            }
        }
        return result;
    }

    /// <summary>Four decimal digits in a row, as <c>\d{4}</c> reads them (any script's digits).</summary>
    private static bool HasFourDigits(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }
        return false;
    }

    private static void Add(List<DateMatch> found, Match m, string year, string month, string day)
    {
        if (TryDate(year, month, day, out var date))
        {
            found.Add(new DateMatch(date, m.Index, m.Length));
        }
    }

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, out var y) || !int.TryParse(month, out var mo) || !int.TryParse(day, out var d))
        {
            return false;
        }
        if (y is < MinYear or > MaxYear || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }
        date = new DateOnly(y, mo, d);
        return true;
    }

    private static Dictionary<string, int> BuildMonthNumbers()
    {
        string[][] names =
        [
            ["januari", "january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "jänner"],
            ["februari", "february", "feb", "pebruari", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro"],
            ["maret", "march", "mar", "märz", "maerz", "mars", "marzo", "março"],
            ["april", "apr", "avril", "abril", "aprile"],
            ["mei", "may", "mai", "mayo", "maggio", "maio"],
            ["juni", "june", "jun", "juin", "junio", "giugno", "junho"],
            ["juli", "july", "jul", "juillet", "julio", "luglio", "julho"],
            ["agustus", "august", "aug", "agu", "agt", "agus", "août", "aout", "agosto"],
            ["september", "sept", "sep", "septembre", "septiembre", "settembre", "setembro"],
            ["oktober", "october", "okt", "oct", "octobre", "octubre", "ottobre", "outubro"],
            ["november", "nopember", "nov", "novembre", "noviembre", "novembro"],
            ["desember", "december", "des", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                map[name] = i + 1;
            }
        }
        return map;
    }

    // Longest first within each alternation so "märz" is not read as "mar".
    private const string MonthName =
        "januari|january|januar|janvier|janeiro|jänner|jan|enero|gennaio|februari|february|februar|février|fevrier|febrero|febbraio|fevereiro|pebruari|feb|" +
        "maret|march|märz|maerz|mars|marzo|março|mar|april|aprile|avril|abril|apr|mei|may|mai|mayo|maggio|maio|" +
        "juni|june|juin|junio|junho|jun|giugno|juli|july|juillet|julio|julho|jul|luglio|" +
        "agustus|august|août|aout|agosto|agus|agu|agt|aug|september|septembre|septiembre|settembre|setembro|sept|sep|" +
        "oktober|october|octobre|octubre|ottobre|outubro|okt|oct|november|novembre|noviembre|novembro|nopember|nov|" +
        "desember|december|dezember|décembre|decembre|diciembre|dicembre|dezembro|des|dec";

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})")]
    private static partial Regex IsoPrefix();

    // 2026-01-05, 2026.01.05, 2026/01/05
    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})(?<sep>[-./])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\d)")]
    private static partial Regex YearFirst();

    // 16/11/2025, 5-1-2026, 16.11.2025; letters may be glued in front ("Việt Nam16/11/2025").
    [GeneratedRegex(@"(?<![\d./-])(?<a>\d{1,2})(?<sep>[-./])(?<b>\d{1,2})\k<sep>(?<y>\d{4})(?!\d)")]
    private static partial Regex NumericDayFirst();

    // 2025년 12월 2일, 2025年12月2日
    [GeneratedRegex(@"(?<y>\d{4})\s*[년年]\s*(?<m>\d{1,2})\s*[월月]\s*(?<d>\d{1,2})\s*[일日]")]
    private static partial Regex CjkDate();

    // 8 Januari 2026, 13 March 2026, 1st of May, 2026
    // Also "27. Juni 2019", "27 de junio de 2019", "1er mars 2020".
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:of\s+|de\s+)?(?<mon>" + MonthName + @")\.?,?\s+(?:de\s+)?(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthNameYear();

    // March 13, 2026
    [GeneratedRegex(@"\b(?<mon>" + MonthName + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameDayYear();

    // 16 tháng 11 năm 2025, ngày 16 tháng 11, 2025
    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2}),?\s+(?:năm\s+)?(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseDate();
}
