using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.Claims.Llm;

/// <summary>LLM claim extraction settings (section <c>Llm:Claims</c>).</summary>
public sealed class LlmClaimsOptions : IValidatableObject
{
    public const string SectionName = "Llm:Claims";

    /// <summary>Prompt directory under prompts/.</summary>
    [Required(AllowEmptyStrings = false)]
    public string PromptName { get; set; } = "ExtractClaims";

    /// <summary>The model's context window in tokens (prompt + article chunk + answer).</summary>
    [Range(1_024, 10_000_000)]
    public int ContextWindowTokens { get; set; } = 16_000;

    /// <summary>Tokens the prompt itself takes (instructions and schema), without the article.</summary>
    [Range(0, 1_000_000)]
    public int PromptOverheadTokens { get; set; } = 1_500;

    /// <summary>Tokens kept free for the answer.</summary>
    [Range(0, 1_000_000)]
    public int ResponseTokens { get; set; } = 4_000;

    /// <summary>Sentences a chunk repeats from the end of the previous one, so a claim spanning the cut is seen whole.</summary>
    [Range(0, 50)]
    public int OverlapSentences { get; set; } = 2;

    /// <summary>Shorter quotes (after normalization) prove nothing and are rejected as ungrounded.</summary>
    [Range(1, 1_000)]
    public int MinQuoteCharacters { get; set; } = 6;

    /// <summary>Tokens of article text one call may carry.</summary>
    public int ChunkBudgetTokens => ContextWindowTokens - PromptOverheadTokens - ResponseTokens;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ChunkBudgetTokens < MinimumChunkTokens)
        {
            yield return new ValidationResult(
                $"{SectionName}: ContextWindowTokens ({ContextWindowTokens}) minus PromptOverheadTokens ({PromptOverheadTokens}) and ResponseTokens ({ResponseTokens}) leaves {ChunkBudgetTokens} tokens for the article; at least {MinimumChunkTokens} are needed.",
                [nameof(ContextWindowTokens), nameof(PromptOverheadTokens), nameof(ResponseTokens)]);
        }
    }

    public const int MinimumChunkTokens = 256;
}
