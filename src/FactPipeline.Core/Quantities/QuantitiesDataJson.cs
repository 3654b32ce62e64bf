using System.Text.Json.Serialization;

namespace FactPipeline.Core.Quantities;

/// <summary>
/// The quantity stage's data file (<c>unit-classes.quantities.json</c>), read through <see cref="Model.EmbeddedJson"/>
/// by generated code instead of reflection, so it loads trimmed and compiled ahead of time. The options are those the
/// file has always been read with: property names in any case.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(UnitClasses.FileShape), TypeInfoPropertyName = "UnitClassesFile")]
internal sealed partial class QuantitiesDataJson : JsonSerializerContext;
