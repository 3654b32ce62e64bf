using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactPipeline.Core.Model.Lexicon;

/// <summary>
/// The lexicon's data files (measures, places, organisations, entities), read by generated code instead of reflection
/// so the lexicon loads trimmed and compiled ahead of time. The options are those the files have always been read
/// with: property names in any case, comments skipped.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ConceptLexicon.MeasuresFile))]
[JsonSerializable(typeof(ConceptLexicon.EntitiesFile))]
internal sealed partial class LexiconJson : JsonSerializerContext;
