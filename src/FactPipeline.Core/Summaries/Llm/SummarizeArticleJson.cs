using System.Text.Json.Serialization;

namespace FactPipeline.Core.Summaries.Llm;

/// <summary>
/// The SummarizeArticle answer's shape, read by generated code instead of reflection so the parser works trimmed and
/// compiled ahead of time. The options are the strict ones <see cref="SummarizeArticleAnswer"/> has always parsed
/// with: snake_case names matched exactly, no unknown members, no missing or null required values.
/// </summary>
[JsonSourceGenerationOptions(
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    PropertyNameCaseInsensitive = false,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(GeneratedSummary))]
internal sealed partial class SummarizeArticleJson : JsonSerializerContext;
