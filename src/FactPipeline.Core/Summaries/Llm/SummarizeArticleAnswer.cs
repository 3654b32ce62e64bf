using System.Text.Json;

namespace FactPipeline.Core.Summaries.Llm;

/// <summary>The model's title and summary (prompts/SummarizeArticle/config.json schema). Untrusted until checked.</summary>
internal sealed record GeneratedSummary(string Title, string Summary);

/// <summary>
/// Strict parser of the SummarizeArticle answer: one JSON object with exactly "title" and "summary", both non-empty
/// strings, the summary no longer than the configured limit. Anything else is a problem and the text is regenerated.
/// </summary>
internal static class SummarizeArticleAnswer
{
    public static (GeneratedSummary? Summary, string? Problem) Parse(string? text, int maxSummaryCharacters)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "empty answer");
        }
        GeneratedSummary? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(text.Trim(), SummarizeArticleJson.Default.GeneratedSummary);
        }
        catch (JsonException e)
        {
            return (null, $"invalid JSON: {e.Message.Split('.', 2)[0]}");
        }
        if (parsed is null)
        {
            return (null, "invalid JSON: null");
        }
        if (string.IsNullOrWhiteSpace(parsed.Title) || string.IsNullOrWhiteSpace(parsed.Summary))
        {
            return (null, "empty title or summary");
        }
        if (parsed.Summary.Length > maxSummaryCharacters)
        {
            return (null, $"summary of {parsed.Summary.Length} characters (at most {maxSummaryCharacters})");
        }
        return (new GeneratedSummary(parsed.Title.Trim(), parsed.Summary.Trim()), null);
    }
}
