using System.Text.Json;
using System.Text.Json.Serialization;
using FactPipeline.Core.Llm;

namespace FactPipeline.Core.Storage;

/// <summary>
/// A run's LLM usage as <see cref="SqliteLlmStore"/> keeps it in <c>llm_runs.usage_json</c>, serialised by generated
/// code instead of reflection so the store works trimmed and compiled ahead of time. The options are the web defaults
/// the column has always been written and read with (camelCase names, any case read, numbers read from strings too),
/// so rows written before read back the same.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LlmRunUsage))]
internal sealed partial class LlmStoreJson : JsonSerializerContext;
