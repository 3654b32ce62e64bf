using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactPipeline.Core.Claims.Llm;

/// <summary>
/// The ExtractClaims answer's shape, read by generated code instead of reflection so the parser works trimmed and
/// compiled ahead of time. The options are the strict ones <see cref="ExtractClaimsAnswer"/> has always parsed with:
/// snake_case names, no unknown members, no missing or null required values, no trailing commas, no comments.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(ExtractClaimsAnswer.Root))]
internal sealed partial class ExtractClaimsJson : JsonSerializerContext;
