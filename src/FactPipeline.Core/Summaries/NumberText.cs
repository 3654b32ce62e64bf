using System.Globalization;

namespace FactPipeline.Core.Summaries;

/// <summary>Culture-independent digit grouping with "," and "." as CLDR prescribes for en and ko.</summary>
internal static class NumberText
{
    /// <summary>"1,500", "10.1", "3.25": rounded half away from zero, trailing zeros trimmed.</summary>
    public static string Grouped(decimal value, int maxDecimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecimals);
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        var format = maxDecimals == 0 ? "#,##0" : "#,##0." + new string('#', maxDecimals);
        return rounded.ToString(format, CultureInfo.InvariantCulture);
    }
}
