using System.Text.Json.Serialization;

namespace FactPipeline.Core.Summaries.Digest;

/// <summary>
/// The digest's data file (<c>names.glossary.json</c>), read through <see cref="Model.EmbeddedJson"/> by generated
/// code instead of reflection, so it loads trimmed and compiled ahead of time. The options are those the file has
/// always been read with: property names in any case.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Glossary.GlossaryFile))]
internal sealed partial class DigestDataJson : JsonSerializerContext;
