using System.Globalization;
using System.Text.RegularExpressions;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// The publisher's own calendar date of a timestamp declared in UTC. Content systems often write publish times as
/// UTC ("2019-10-18T22:04:00Z"), while the page shows and means the local day (00:04 on the 19th in Vienna). The local
/// offset comes from the page itself when it writes the same moment with one elsewhere, else from its language where
/// that language is spoken in essentially one time zone.
/// </summary>
internal static partial class PublisherClock
{
    /// <summary>An ISO timestamp with a time of day and an explicit offset (Z, +01:00, +0100), else null.</summary>
    public static DateTimeOffset? ParseInstant(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var m = IsoInstant().Match(value);
        if (!m.Success)
        {
            return null;
        }
        var offset = TimeSpan.Zero;
        if (m.Groups["z"].Value is not ("Z" or "z"))
        {
            var sign = m.Groups["z"].Value[0] == '-' ? -1 : 1;
            offset = sign * new TimeSpan(Int(m, "oh"), Int(m, "om"), 0);
        }
        try
        {
            var seconds = m.Groups["s"].Success ? Int(m, "s") : 0;
            return new DateTimeOffset(Int(m, "y"), Int(m, "mo"), Int(m, "d"), Int(m, "h"), Int(m, "mi"), Math.Min(seconds, 59), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // an impossible day or hour, or an offset beyond ±14 h
        }
    }

    /// <summary>
    /// The local day of a UTC instant for a page in this language (ISO 639-1), or null where the language spans
    /// many zones (English, Spanish, Portuguese, Arabic ...) and the UTC day is left as it is.
    /// </summary>
    public static DateOnly? LocalDay(DateTimeOffset instant, string? language)
    {
        var utc = instant.UtcDateTime;
        TimeSpan? offset = language switch
        {
            // Central European Time, summer time as the EU switches it.
            "de" or "fr" or "it" or "nl" or "pl" or "cs" or "sk" or "hu" or "sv" or "da" or "no" or "nb" or "nn" or "hr" or "sl"
                or "sr" or "bs" or "lb" => TimeSpan.FromHours(EuropeanSummerTime(utc) ? 2 : 1),
            // Eastern European Time.
            "el" or "fi" or "ro" or "bg" or "uk" or "lt" or "lv" or "et" => TimeSpan.FromHours(EuropeanSummerTime(utc) ? 3 : 2),
            "ru" => TimeSpan.FromHours(3),
            "zh" => TimeSpan.FromHours(8),
            "ja" or "ko" => TimeSpan.FromHours(9),
            _ => null,
        };
        return offset is { } local ? DateOnly.FromDateTime(utc + local) : null;
    }

    /// <summary>EU summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.</summary>
    private static bool EuropeanSummerTime(DateTime utc)
    {
        var start = LastSunday(utc.Year, 3).AddHours(1);
        var end = LastSunday(utc.Year, 10).AddHours(1);
        return utc >= start && utc < end;
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    // ASCII digits only: \d also takes other scripts' digits, which int.Parse refuses.
    [GeneratedRegex(@"^\s*(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})[T ](?<h>[0-9]{2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{1,2})(?:[.,][0-9]+)?)?\s*(?<z>Z|z|[+-](?<oh>[0-9]{2}):?(?<om>[0-9]{2}))\s*$")]
    private static partial Regex IsoInstant();
}
