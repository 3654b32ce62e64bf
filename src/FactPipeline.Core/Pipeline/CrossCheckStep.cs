using FactPipeline.Core.Claims;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.CrossCheck.Llm;
using FactPipeline.Core.Model;
using FactPipeline.Core.Llm;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Step 5, cross-check: the run's claims compared across its articles. The judge (LLM), when configured, only
/// decides whether uncertain pairs state the same fact; severities stay deterministic.
/// </summary>
public sealed class CrossCheckStep(ICrossChecker crossChecker, IClaimPairJudge pairJudge, IStoryProfiler storyProfiler, ILlmClient llm)
{
    /// <param name="storyOf">The profile made when the article was read in this run, or null to profile it now.</param>
    public async Task<IReadOnlyList<Finding>> CheckAsync(
        IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, Func<Article, StoryProfile?> storyOf, CancellationToken cancellationToken)
    {
        var stories = articles.Select(a => storyOf(a) ?? storyProfiler.Profile(a)).ToArray();
        return llm.IsEnabled
            ? await crossChecker.CheckAsync(claims, pairJudge, articles, stories, cancellationToken)
            : crossChecker.Check(claims, stories);
    }
}
