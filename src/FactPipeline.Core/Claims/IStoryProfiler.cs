using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>Lists the names an article mentions, for telling whether two articles cover the same story.</summary>
public interface IStoryProfiler
{
    StoryProfile Profile(Article article);
}
