using System.Globalization;
using FactPipeline.Core.Model;

namespace FactPipeline.Web;

/// <summary>A claim's scope in a few words for the finding page ("2026 · per year · over 5 years"); "—" when it says none.</summary>
public static class ScopeText
{
    public static string Of(ClaimScope scope, int? year)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parts = new List<string>();
        if (year is { } y)
        {
            parts.Add(scope.Month is { } m ? $"{y}-{m:00}" : y.ToString(CultureInfo.InvariantCulture));
        }
        if (scope.Basis != ScopeBasis.Unspecified)
        {
            parts.Add(scope.Basis.ToString().ToLowerInvariant());
        }
        if (scope.Rate != ScopeRate.None)
        {
            parts.Add($"per {scope.Rate.ToString().ToLowerInvariant()}");
        }
        if (scope.SpanYears is { } span)
        {
            parts.Add($"over {span} years");
        }
        if (scope.Status != ScopeStatus.Unspecified)
        {
            parts.Add(scope.Status.ToString().ToLowerInvariant());
        }
        if (scope.IsPart)
        {
            parts.Add("part of a whole");
        }
        return parts.Count == 0 ? "—" : string.Join(" · ", parts);
    }
}
