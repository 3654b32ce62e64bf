using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Storage;

/// <summary>Flat row shape of a finding in SQLite (names match the columns for Dapper).</summary>
#pragma warning disable IDE1006, CA1707 // column names
internal sealed class FindingRow
{
    public string id { get; set; } = "";
    public string severity { get; set; } = "";
    public string reason { get; set; } = "";
    public string topic { get; set; } = "";
    public string? concept { get; set; }
    public string claim_ids_json { get; set; } = "[]";
    public string difference_percent { get; set; } = "0";
    public string explanation_en { get; set; } = "";
    public string explanation_ko { get; set; } = "";

    /// <summary>The findings table's columns, qualified (<c>f</c>), in the order of the properties above.</summary>
    public const string SelectList =
        "f.id, f.severity, f.reason, f.topic, f.concept, f.claim_ids_json, f.difference_percent, f.explanation_en, f.explanation_ko";

    /// <summary>Severity and reason are stored by name (<c>Severity.ToString()</c>), so they parse back exactly.</summary>
    public Finding ToFinding() => new()
    {
        Id = id,
        Severity = Enum.Parse<Severity>(severity),
        Reason = Enum.Parse<VerdictReason>(reason),
        Topic = topic,
        Concept = concept,
        ClaimIds = JsonSerializer.Deserialize(claim_ids_json, StorageJson.Default.StringArray) ?? [],
        DifferencePercent = decimal.Parse(difference_percent, NumberStyles.Number, CultureInfo.InvariantCulture),
        Explanation = new LocalizedText(explanation_en, explanation_ko),
    };
}
#pragma warning restore IDE1006, CA1707
