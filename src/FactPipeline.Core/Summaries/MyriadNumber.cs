using System.Globalization;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// Korean number writing in groups of four digits (만 10⁴, 억 10⁸, 조 10¹², 경 10¹⁶, 해 10²⁰):
/// 10,100,000,000,000 → "10조 1,000억"; 260,000 → "26만"; 2,000 → "2,000". Each group keeps its
/// thousands separator, groups are separated by a space and empty groups are left out.
/// </summary>
internal static class MyriadNumber
{
    private static readonly string[] Units = ["", "만", "억", "조", "경", "해"];
    private const decimal GroupSize = 10_000m;

    /// <summary>
    /// Writes <paramref name="value"/> in myriad groups. Values below 10,000 keep up to
    /// <paramref name="maxDecimals"/> fraction digits; larger values are rounded to whole units.
    /// </summary>
    public static string Format(decimal value, int maxDecimals = 3)
    {
        if (value < 0)
        {
            return "-" + Format(-value, maxDecimals);
        }
        if (Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero) < GroupSize)
        {
            return NumberText.Grouped(value, maxDecimals);
        }

        var rest = Math.Round(value, 0, MidpointRounding.AwayFromZero);
        var groups = new List<string>();
        var index = 0;
        while (rest > 0)
        {
            var isTop = index == Units.Length - 1;
            var group = isTop ? rest : rest % GroupSize;
            rest = isTop ? 0 : decimal.Truncate(rest / GroupSize);
            if (group != 0)
            {
                groups.Add(group.ToString("#,##0", CultureInfo.InvariantCulture) + Units[index]);
            }
            index++;
        }
        groups.Reverse();
        return string.Join(' ', groups);
    }
}
