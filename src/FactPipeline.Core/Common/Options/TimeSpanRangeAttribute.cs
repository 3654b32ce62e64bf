using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace FactPipeline.Core.Common.Options;

/// <summary>
/// A duration setting between two bounds, inclusive, written as invariant <c>c</c>-format spans ("00:10:00").
/// <see cref="RangeAttribute"/> with <c>typeof(TimeSpan)</c> does the same through a type converter found by
/// reflection, which a trimmed Native AOT build may not keep; the message is the one it gives.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeSpanRangeAttribute(string minimum, string maximum) : ValidationAttribute("The field {0} must be between {1} and {2}.")
{
    public TimeSpan Minimum { get; } = TimeSpan.Parse(minimum, CultureInfo.InvariantCulture);

    public TimeSpan Maximum { get; } = TimeSpan.Parse(maximum, CultureInfo.InvariantCulture);

    /// <summary>Null (an optional setting left out) is valid, as with <see cref="RangeAttribute"/>.</summary>
    public override bool IsValid(object? value) => value is null || (value is TimeSpan span && span >= Minimum && span <= Maximum);

    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, minimum, maximum);
}
