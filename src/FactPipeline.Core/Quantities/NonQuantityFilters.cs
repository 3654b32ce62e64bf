using System.Text.RegularExpressions;

namespace FactPipeline.Core.Quantities;

/// <summary>Dates, times and years: text that looks numeric but is not a quantity.</summary>
internal static partial class NonQuantityFilters
{
    private const string Months =
        "januari|january|jan|februari|pebruari|february|feb|maret|march|mar|april|apr|mei|may|juni|june|jun|juli|july|jul|agustus|august|aug|agu|agt|"
        + "september|sept|sep|oktober|october|okt|oct|november|nov|nopember|desember|december|des|dec";

    /// <summary>"16/11/2025", "2026.01.05", "5/1/2026", "2018/5/17", "23:11", "5 Desember 2025", "December 5", "pukul 10.30".</summary>
    [GeneratedRegex(
        @"(?<![\d.,/])(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})(?![\d/])"
        + @"|(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
        + @"|(?<![\d.,])\d{1,2}(?:[.:]\d{2})?\s*(?:WIB|WITA|WIT|a\.m\.|p\.m\.|am\b|pm\b)(?![\p{L}])"
        + @"|\b(?:pukul|jam|tanggal|tgl\.?)\s+\d{1,2}(?:[.:]\d{2})?(?!\d)"
        + @"|(?<![\d.,])\d{1,2}\s*(?:(?:" + Months + @")\.?)(?![\p{L}])(?:\s+\d{4})?"
        + @"|\b(?:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?(?!\d)"
        + @"|\b(?:ngày|tháng|thứ)\s+\d{1,2}(?:\s*[/\-]\s*\d{1,2})?(?:\s*[/\-]\s*\d{4})?(?!\d)"
        + @"|\d{1,4}\s*(?:년|월)(?:\s*\d{1,2}\s*(?:월|일))?(?:\s*\d{1,2}\s*일)?"
        + @"|(?<![\d.,])(?:[1-9]|[12]\d|3[01])일(?!간|째|동안|분|치|부|이|대)"
        + @"|\d{1,4}\s*(?:年|月)(?:\s*\d{1,2}\s*(?:月|日|号))?(?:\s*\d{1,2}\s*(?:日|号))?"
        + @"|\d{1,2}\s*(?:시(?!간|장|대|민|설|점|행)|時|点)\s*\d{0,2}\s*(?:분|分)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOrTimeRegex();

    /// <summary>Spans of <paramref name="text"/> that are dates or times, ordered by start.</summary>
    public static List<(int Start, int End)>? FindBlockedSpans(string text)
    {
        List<(int, int)>? spans = null;
        if (!HasDigit(text))
        {
            return spans; // every date or time the pattern matches has a digit (\d): most sentences of prose have none
        }
        foreach (var match in DateOrTimeRegex().EnumerateMatches(text))
        {
            var value = text.AsSpan(match.Index, match.Length);
            if (!IsDate(value))
            {
                continue;
            }

            spans ??= [];
            spans.Add((match.Index, match.Index + match.Length));
        }

        return spans;
    }

    /// <summary>Whether <paramref name="text"/> has a character that <c>\d</c> matches (a decimal digit of any script).</summary>
    private static bool HasDigit(string text)
    {
        var span = text.AsSpan();
        if (span.ContainsAnyInRange('0', '9'))
        {
            return true;
        }
        foreach (var c in span)
        {
            if (c >= 0x80 && char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Korean "3년" (three years) and "10여년" are durations, not dates; only year-like values are blocked.</summary>
    private static bool IsDate(ReadOnlySpan<char> value)
    {
        var trimmed = value.TrimEnd();
        if (trimmed.Length > 0 && trimmed[^1] is '년' or '年')
        {
            var digits = 0;
            foreach (var c in trimmed)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
            }

            return digits == 4;
        }

        return true;
    }

    /// <summary>A bare four-digit number from 1900 to 2100 is a year.</summary>
    public static bool IsYear(in ParsedNumber number) =>
        number.IsPlainInteger && number.Length == 4 && number.Value is >= 1900 and <= 2100;
}
