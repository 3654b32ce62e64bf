using System.Text.Json;
using System.Text.Json.Serialization;
using FactPipeline.Core.Claims.Llm;
using FactPipeline.Core.Summaries.Llm;

namespace FactPipeline.Core.Tests.Claims.Llm;

/// <summary>
/// The generated readers of the LLM answers (ExtractClaims, SummarizeArticle) accept and refuse exactly what the
/// reflection serialiser did with the options the parsers used before, with the same error messages.
/// </summary>
public sealed class ExtractClaimsJsonTests
{
    private static readonly JsonSerializerOptions ExtractClaimsBefore = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    private static readonly JsonSerializerOptions SummarizeArticleBefore = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        PropertyNameCaseInsensitive = false,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private const string Claim = """{"quote": "Rp 10 triliun", "kind": "money", "value": {"amount": 10000000000000, "unit": "IDR"}, "subject": "budget", "metric": null, "time_scope": "2026", "predicate": null, "object": null}""";

    public static readonly string[] ExtractClaimsAnswers =
    [
        "{\"claims\": [" + Claim + "]}",
        "{\"claims\": []}",
        "{\"claims\": null}",
        "{\"claims\": [null]}",
        "{}",
        "{\"claims\": [], \"note\": 1}",
        "{\"Claims\": []}",
        "{\"claims\": [],}",
        "{\"claims\": [] /* none */}",
        "{\"claims\": [" + Claim.Replace("\"time_scope\": \"2026\", ", "", StringComparison.Ordinal) + "]}",
        "{\"claims\": [" + Claim.Replace("\"Rp 10 triliun\"", "null", StringComparison.Ordinal) + "]}",
        "{\"claims\": [" + Claim.Replace("10000000000000", "\"10\"", StringComparison.Ordinal) + "]}",
        "{\"claims\": [" + Claim.Replace("{\"amount\"", "{\"extra\": true, \"amount\"", StringComparison.Ordinal) + "]}",
        "{\"claims\": [" + Claim.Replace("\"value\": {\"amount\": 10000000000000, \"unit\": \"IDR\"}", "\"value\": null", StringComparison.Ordinal) + "]}",
    ];

    public static readonly string[] SummarizeArticleAnswers =
    [
        """{"title": "Budget", "summary": "Ten trillion."}""",
        """{"title": "Budget"}""",
        """{"title": null, "summary": "x"}""",
        """{"Title": "Budget", "summary": "x"}""",
        """{"title": "Budget", "summary": "x", "notes": "y"}""",
        """{"title": "Budget", "summary": "x",}""",
        """{"title": 3, "summary": "x"}""",
        "null",
    ];

    [Fact]
    public void Deserialize_ExtractClaimsAnswers_SameOutcomeAsReflection()
    {
        foreach (var answer in ExtractClaimsAnswers)
        {
            Outcome(() => JsonSerializer.Deserialize(answer, ExtractClaimsJson.Default.Root))
                .ShouldBe(Outcome(() => JsonSerializer.Deserialize<ExtractClaimsAnswer.Root>(answer, ExtractClaimsBefore)), answer);
        }
    }

    [Fact]
    public void Deserialize_SummarizeArticleAnswers_SameOutcomeAsReflection()
    {
        foreach (var answer in SummarizeArticleAnswers)
        {
            Outcome(() => JsonSerializer.Deserialize(answer, SummarizeArticleJson.Default.GeneratedSummary))
                .ShouldBe(Outcome(() => JsonSerializer.Deserialize<GeneratedSummary>(answer, SummarizeArticleBefore)), answer);
        }
    }

    /// <summary>What was read, written back by reflection, or the error.</summary>
    private static string Outcome<T>(Func<T?> read)
    {
        try
        {
            return "read " + JsonSerializer.Serialize(read());
        }
        catch (JsonException e)
        {
            return "JsonException " + e.Message;
        }
        catch (InvalidOperationException e)
        {
            return "InvalidOperationException " + e.Message;
        }
    }
}
