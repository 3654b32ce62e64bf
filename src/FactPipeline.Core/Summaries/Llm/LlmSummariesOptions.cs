using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.Summaries.Llm;

/// <summary>Generated summaries and title translations (section <c>Llm:Summaries</c>); used only when an LLM is configured.</summary>
public sealed class LlmSummariesOptions : IValidatableObject
{
    public const string SectionName = "Llm:Summaries";

    /// <summary>Off: the digests use the template versions even with a model configured (no summary calls).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Prompt directory under prompts/.</summary>
    [Required(AllowEmptyStrings = false)]
    public string PromptName { get; set; } = "SummarizeArticle";

    /// <summary>Reader languages, one call per article and language. A configured list replaces this default (AddLlmSummaries sees to it: the binder alone would append to it).</summary>
    public string[] Languages { get; set; } = ["en", "ko"];

    /// <summary>Article text one call may carry; a longer article is cut at a paragraph boundary (news puts the facts first).</summary>
    [Range(256, 1_000_000)]
    public int MaxArticleTokens { get; set; } = 6_000;

    /// <summary>A longer summary is not a 3–5 sentence summary: the answer is treated as invalid.</summary>
    [Range(100, 100_000)]
    public int MaxSummaryCharacters { get; set; } = 2_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Languages.Length == 0 || Languages.Any(l => l is not ("en" or "ko")) || Languages.Distinct(StringComparer.Ordinal).Count() != Languages.Length)
        {
            yield return new ValidationResult(
                $"{SectionName}:Languages must list \"en\" and/or \"ko\", each once (got: {string.Join(", ", Languages)}).",
                [nameof(Languages)]);
        }
    }
}
