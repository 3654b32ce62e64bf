using System.Globalization;
using System.Text.RegularExpressions;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries.Checks;

/// <summary>
/// Digits in a generated text that the recognizer did not read as a figure: years it filters out ("2031
/// researchers"), notations it does not know ("4x"). Each must occur in the source text, or be part of a date.
/// </summary>
internal static partial class UncoveredDigits
{
    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    public static IEnumerable<Quantity> Find(string generated, IReadOnlyList<Quantity> recognized, string source)
    {
        var sourceDigits = Digits().Matches(source).Select(m => Plain(m.Value)).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in Digits().Matches(generated))
        {
            if (recognized.Any(q => m.Index < q.End && q.Start < m.Index + m.Length)
                || sourceDigits.Contains(Plain(m.Value))
                || IsDatePart(generated, m))
            {
                continue;
            }
            yield return new Quantity
            {
                Start = m.Index,
                Length = m.Length,
                Text = m.Value,
                Kind = QuantityKind.Number,
                Amount = decimal.TryParse(Plain(m.Value), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : 0m,
                Step = 1,
            };
        }
    }

    /// <summary>"2025년", "12월", "5일"; a number next to an English month name ("5 December 2025", "December 5").</summary>
    private static bool IsDatePart(string text, Match m)
    {
        var end = m.Index + m.Length;
        if (end < text.Length && text[end] is '년' or '월' or '일')
        {
            return true;
        }
        var before = PreviousWord().Match(text[..m.Index]);
        var after = NextWord().Match(text[end..]);
        return before.Success && Months.Contains(before.Groups[1].Value)
            || after.Success && Months.Contains(after.Groups[1].Value);
    }

    private static string Plain(string digits) => digits.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Digits();

    [GeneratedRegex(@"([A-Za-z]+)\.?,?\s+$")]
    private static partial Regex PreviousWord();

    [GeneratedRegex(@"^\s+([A-Za-z]+)")]
    private static partial Regex NextWord();
}
