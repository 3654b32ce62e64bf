using System.Text.Json.Serialization;
using FactPipeline.Core.Claims.Scopes;
using FactPipeline.Core.Claims.Subjects;

namespace FactPipeline.Core.Claims;

/// <summary>
/// The claim stage's data files (units, counters, change, cut and scope words, name cues...), read through
/// <see cref="Model.EmbeddedJson"/> by generated code instead of reflection, so the recognisers load trimmed and
/// compiled ahead of time. The options are those the files have always been read with: property names in any case.
/// </summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(BareCounts.FileShape), TypeInfoPropertyName = "BareCountsFile")]
[JsonSerializable(typeof(CutWords.FileShape), TypeInfoPropertyName = "CutWordsFile")]
[JsonSerializable(typeof(OccurrenceCounts.FileShape), TypeInfoPropertyName = "OccurrencesFile")]
[JsonSerializable(typeof(CounterWords.FileShape), TypeInfoPropertyName = "CountersFile")]
[JsonSerializable(typeof(ChangeWords.FileShape), TypeInfoPropertyName = "ChangeWordsFile")]
[JsonSerializable(typeof(MeasurementUnits.UnitFile), TypeInfoPropertyName = "UnitsFile")]
[JsonSerializable(typeof(PartitiveOpeners.FileShape), TypeInfoPropertyName = "PartitiveCuesFile")]
[JsonSerializable(typeof(ScopeReader.CueFile), TypeInfoPropertyName = "ScopeCuesFile")]
[JsonSerializable(typeof(NameCues.CueFile), TypeInfoPropertyName = "NameCuesFile")]
internal sealed partial class ClaimsDataJson : JsonSerializerContext;
