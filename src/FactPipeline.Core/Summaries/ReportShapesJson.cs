using System.Text.Json;
using System.Text.Json.Serialization;
using FactPipeline.Core.Summaries.Llm;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// The parts of <c>report.json</c> only an LLM fills (statements, summaries, usage), serialised by generated code
/// instead of reflection so the report is written trimmed and compiled ahead of time. The options are those
/// report.json has always been written with: indented, camelCase names, nulls left out, enums as camelCase strings;
/// <see cref="ReportJson"/> builds an instance over a copy of them that adds the relaxed encoder, which the attribute
/// cannot name. <c>ReportJsonTests</c> holds the text to the reflection serialiser's.
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CamelCaseEnumConverter<SummaryStatus>)])]
[JsonSerializable(typeof(IEnumerable<ReportJson.StatementShape>))]
[JsonSerializable(typeof(IEnumerable<ReportJson.SummaryShape>))]
[JsonSerializable(typeof(ReportJson.UsageShape))]
internal sealed partial class ReportShapesJson : JsonSerializerContext;

/// <summary>Enum values as camelCase names (the number when a value has none), as report.json has always written them.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;
