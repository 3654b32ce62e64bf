using System.Text.Json;

namespace FactPipeline.Core.Tests.Claims.Llm;

/// <summary>Builds ExtractClaims answers in the schema's shape.</summary>
internal static class LlmAnswers
{
    public static object Numeric(string quote, string kind, decimal? amount, string? unit, string? subject = "South Korea's government",
        string? metric = "2026 AI budget", string? timeScope = "2026") => new Dictionary<string, object?>
        {
            ["quote"] = quote, ["kind"] = kind, ["value"] = new Dictionary<string, object?> { ["amount"] = amount, ["unit"] = unit },
            ["subject"] = subject, ["metric"] = metric, ["time_scope"] = timeScope, ["predicate"] = null, ["object"] = null,
        };

    public static object Statement(string quote, string? subject, string? predicate, string? @object, string? timeScope = null) => new Dictionary<string, object?>
    {
        ["quote"] = quote, ["kind"] = "statement", ["value"] = new Dictionary<string, object?> { ["amount"] = null, ["unit"] = null },
        ["subject"] = subject, ["metric"] = null, ["time_scope"] = timeScope, ["predicate"] = predicate, ["object"] = @object,
    };

    public static string Of(params object[] claims) => JsonSerializer.Serialize(new { claims });
}
