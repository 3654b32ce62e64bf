using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

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

    public static MeasurementUnits Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("units.json")
            ?? throw new InvalidOperationException("Embedded resource units.json is missing.");
        var file = JsonSerializer.Deserialize<UnitFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("units.json is empty.");
        return new MeasurementUnits(file);
    }

    /// <summary>"unit:tonne" for "tấn", or null when the counted noun is no unit of measurement.</summary>
    public string? ConceptOf(string countedNoun) =>
        _byName.TryGetValue(countedNoun.ToLowerInvariant(), out var id) ? "unit:" + id : null;

    private sealed record UnitFile(Dictionary<string, string[]> Units);
}
