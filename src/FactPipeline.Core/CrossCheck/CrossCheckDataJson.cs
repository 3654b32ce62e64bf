using System.Text.Json.Serialization;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// The cross-check's data file (<c>figure-roles.cues.json</c>), read through <see cref="Model.EmbeddedJson"/> by
/// generated code instead of reflection, so it loads trimmed and compiled ahead of time. The options are those the
/// file has always been read with: property names in any case.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(FigureRoles.Cues), TypeInfoPropertyName = "FigureRolesCues")]
internal sealed partial class CrossCheckDataJson : JsonSerializerContext;
