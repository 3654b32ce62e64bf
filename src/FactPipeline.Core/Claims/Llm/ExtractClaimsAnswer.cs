using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactPipeline.Core.Claims.Llm;

/// <summary>One claim as the model reports it (prompts/ExtractClaims/config.json schema). Untrusted until grounded.</summary>
internal sealed record LlmClaim(
    string Quote,
    string Kind,
    LlmValue Value,
    string? Subject,
    string? Metric,
    string? TimeScope,
    string? Predicate,
    string? Object)
{
    public bool IsStatement => Kind == LlmClaimKinds.Statement;
}

internal sealed record LlmValue(decimal? Amount, string? Unit);

internal static class LlmClaimKinds
{
    public const string Money = "money";
    public const string Percent = "percent";
    public const string Count = "count";
    public const string Multiplier = "multiplier";
    public const string Statement = "statement";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Money, Percent, Count, Multiplier, Statement };
}

/// <summary>The parsed answer, or why it cannot be used ("empty answer", "refusal", "truncated output", "invalid JSON: ...").</summary>
internal sealed record ParsedAnswer(IReadOnlyList<LlmClaim>? Claims, string? Problem);

/// <summary>
/// Strict parser of the ExtractClaims answer: exactly one JSON object of the schema's shape, nothing before or after
/// it, no unknown or missing members, known kinds only. Anything else is a problem the caller repairs once.
/// </summary>
internal static partial class ExtractClaimsAnswer
{
    [GeneratedRegex(@"^\W*(I\s*(can(no|')t|am\s+(unable|not\s+able)|'m\s+(sorry|unable|not\s+able)|won't)|sorry\b|unfortunately\b|as\s+an\s+ai)", RegexOptions.IgnoreCase)]
    private static partial Regex RefusalPattern();

    public static ParsedAnswer Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Problem("empty answer");
        }
        var trimmed = text.Trim();
        if (trimmed[0] != '{')
        {
            return Problem(RefusalPattern().IsMatch(trimmed) ? "refusal" : "invalid JSON: the answer is not a JSON object");
        }
        if (CheckComplete(trimmed) is { } incomplete)
        {
            return Problem(incomplete);
        }
        Root? root;
        try
        {
            root = JsonSerializer.Deserialize(trimmed, ExtractClaimsJson.Default.Root);
        }
        catch (JsonException e)
        {
            return Problem("invalid JSON: not the expected shape (" + Shorten(e.Message) + ")");
        }
        if (root?.Claims is null)
        {
            return Problem("invalid JSON: no claims array");
        }
        for (var i = 0; i < root.Claims.Count; i++)
        {
            var claim = root.Claims[i];
            if (claim is null)
            {
                return Problem($"invalid JSON: claims[{i}] is null");
            }
            if (!LlmClaimKinds.All.Contains(claim.Kind))
            {
                return Problem($"invalid JSON: claims[{i}].kind \"{Shorten(claim.Kind)}\" is not one of money, percent, count, multiplier, statement");
            }
        }
        return new ParsedAnswer(root.Claims, null);
    }

    /// <summary>Reads the tokens without requiring the end: running out inside the object means the answer was cut off.</summary>
    private static string? CheckComplete(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            return "invalid JSON: " + Shorten(e.Message);
        }
        return reader.CurrentDepth > 0 || reader.TokenType != JsonTokenType.EndObject ? "truncated output" : null;
    }

    private static ParsedAnswer Problem(string problem) => new(null, problem);

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + "…";

    internal sealed record Root(IReadOnlyList<LlmClaim> Claims);
}
