using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Storage;

/// <summary>
/// A list of findings as one UTF-8 JSON value (check_results.findings_json), every field kept so the findings load
/// back equal to those saved, in the same order. The difference is invariant text, as in the findings table: a
/// decimal keeps its scale (12.50 stays 12.50), so the reports written from the loaded findings are the same bytes.
/// </summary>
internal static class CheckedFindingsJson
{
    internal sealed record Row(
        string Id, string Severity, string Reason, string Topic, string? Concept, IReadOnlyList<string> ClaimIds,
        string Difference, string En, string Ko, string? MatchedBy);

    public static byte[] Serialize(IReadOnlyList<Finding> findings) =>
        JsonSerializer.SerializeToUtf8Bytes(findings.Select(f => new Row(
            f.Id, f.Severity.ToString(), f.Reason.ToString(), f.Topic, f.Concept, f.ClaimIds,
            f.DifferencePercent.ToString(CultureInfo.InvariantCulture), f.Explanation.En, f.Explanation.Ko, f.MatchedBy)).ToArray(),
            StorageJson.Default.RowArray);

    public static IReadOnlyList<Finding> Deserialize(byte[] utf8) =>
        (JsonSerializer.Deserialize(utf8, StorageJson.Default.RowArray) ?? []).Select(r => new Finding
        {
            Id = r.Id,
            Severity = Enum.Parse<Severity>(r.Severity),
            Reason = Enum.Parse<VerdictReason>(r.Reason),
            Topic = r.Topic,
            Concept = r.Concept,
            ClaimIds = r.ClaimIds,
            DifferencePercent = decimal.Parse(r.Difference, NumberStyles.Number, CultureInfo.InvariantCulture),
            Explanation = new LocalizedText(r.En, r.Ko),
            MatchedBy = r.MatchedBy,
        }).ToArray();
}
