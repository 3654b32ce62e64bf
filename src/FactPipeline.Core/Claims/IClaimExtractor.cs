using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>Finds the quantity claims an article makes.</summary>
public interface IClaimExtractor
{
    IReadOnlyList<Claim> Extract(Article article);

    /// <summary>
    /// The claims and the story profile <paramref name="stories"/> gives the article. An extractor that reads every
    /// sentence's names anyway may hand them over instead of having the profiler read the article a second time;
    /// the profile must be the one <see cref="IStoryProfiler.Profile"/> returns.
    /// </summary>
    ClaimsAndStory ExtractWithStory(Article article, IStoryProfiler stories) => new(Extract(article), stories.Profile(article));
}
