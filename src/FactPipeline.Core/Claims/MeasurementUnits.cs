using System.Collections.Frozen;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>
/// Units of measurement written in any of the five languages, mapped to one id (data file <c>units.json</c>), so
/// "500.000 ton" and "50万吨" are both counts of "unit:tonne".
/// </summary>
public sealed class MeasurementUnits
{
    private readonly FrozenDictionary<string, string> _byName;

    private MeasurementUnits(UnitFile file) =>
        _byName = file.Units
            .SelectMany(kv => kv.Value.Select(name => (Name: name.ToLowerInvariant(), Id: kv.Key)))
            .DistinctBy(x => x.Name)
            .ToFrozenDictionary(x => x.Name, x => x.Id, StringComparer.Ordinal);

    public static MeasurementUnits Load() =>
        new MeasurementUnits(EmbeddedJson.Load("units.json", ClaimsDataJson.Default.UnitsFile));

    /// <summary>"unit:tonne" for "tấn", or null when the counted noun is no unit of measurement.</summary>
    public string? ConceptOf(string countedNoun) =>
        _byName.TryGetValue(countedNoun.ToLowerInvariant(), out var id) ? "unit:" + id : null;

    internal sealed record UnitFile(Dictionary<string, string[]> Units);
}
