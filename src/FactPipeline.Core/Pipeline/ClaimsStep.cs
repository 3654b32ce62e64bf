using FactPipeline.Core.Claims.Llm;
using FactPipeline.Core.Claims;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Model;
using FactPipeline.Core.Summaries;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Step 3, claims: the rule claims of an article (any thread), and when an LLM is configured the grounded claims
/// and statements it adds (on the writing loop, one article at a time, within the LLM's own limits).
/// </summary>
public sealed class ClaimsStep(
    IClaimExtractor claimExtractor,
    IStoryProfiler storyProfiler,
    IClaimAugmenter augmenter,
    ILlmClient llm,
    IPromptProvider prompts,
    IOptions<LlmOptions> llmOptions)
{
    /// <summary>
    /// The version stored with an article's claims: the rules' version, plus model and prompt version when an
    /// LLM is configured, so turning the LLM on (or changing its prompt) augments articles stored offline.
    /// </summary>
    public string Version => llm.IsEnabled
        ? $"{RulesVersion.Current}+llm:{llmOptions.Value.Model}:{prompts.Find("ExtractClaims")?.Version ?? "none"}"
        : RulesVersion.Current;

    /// <summary>The rule claims and story profile of an article in a language the recognizer reads; a pure function of the article.</summary>
    public ClaimsAndStory ReadRules(Article article) => claimExtractor.ExtractWithStory(article, storyProfiler);

    /// <summary>
    /// Rule claims always (<paramref name="ruleClaims"/> when already read); the LLM adds grounded claims and
    /// statements when configured and available. An article in a language the recognizer does not read gets
    /// none: it is stored but set aside, its figures unread.
    /// </summary>
    internal async Task<(IReadOnlyList<Claim> Claims, IReadOnlyList<Statement> Statements)> CompleteAsync(
        Article article, IReadOnlyList<Claim>? ruleClaims, LlmClaimStats stats, CancellationToken cancellationToken)
    {
        if (!SupportedLanguages.Contains(article.Language))
        {
            return ([], []);
        }
        var claims = ruleClaims ?? claimExtractor.Extract(article);
        if (!llm.IsEnabled)
        {
            return (claims, []);
        }
        var result = await augmenter.AugmentAsync(article, claims, cancellationToken);
        stats.Add(result);
        return (result.Claims, result.Statements);
    }
}
