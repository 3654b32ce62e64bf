using FactPipeline.Core.Claims;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Model;
using FactPipeline.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Evaluation.Running;

/// <summary>
/// Extraction, claims and the offline cross-check over a set of documents as one corpus, in memory (no SQLite, no
/// reports): the stages the CLI runs, resolved from the same service registration.
/// </summary>
public sealed class InMemoryPipeline(IArticleExtractor extractor, IClaimExtractor claimExtractor, IStoryProfiler storyProfiler, ICrossChecker crossChecker)
{
    /// <summary>The pipeline as the CLI configures it with no settings: offline, default options.</summary>
    public static InMemoryPipeline Offline()
    {
        // Singletons only, kept for the life of the process like the bench's own provider.
        var services = new ServiceCollection().AddFactPipeline(new ConfigurationBuilder().Build()).BuildServiceProvider();
        return new InMemoryPipeline(
            services.GetRequiredService<IArticleExtractor>(),
            services.GetRequiredService<IClaimExtractor>(),
            services.GetRequiredService<IStoryProfiler>(),
            services.GetRequiredService<ICrossChecker>());
    }

    public CorpusRun Run(IEnumerable<SourceDocument> documents)
    {
        var articles = new List<Article>();
        var problems = new List<InputProblem>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var result = extractor.Extract(document);
            if (result.Problem is { } problem)
            {
                problems.Add(problem);
            }
            else if (seen.TryGetValue(result.Article!.Id, out var first))
            {
                // The store keeps one article per text; so does this run.
                problems.Add(new InputProblem(document.Source, $"same text as {first}"));
            }
            else
            {
                seen[result.Article.Id] = document.Source;
                articles.Add(document.Language is { } language ? result.Article with { Language = language } : result.Article);
            }
        }
        // As the runner does: claims and story profiles from one reading of each article (story profiles let claims
        // whose sentences name no subject match within one story).
        var read = articles.Select(a => claimExtractor.ExtractWithStory(a, storyProfiler)).ToArray();
        var claims = read.SelectMany(r => r.Claims).ToArray();
        var stories = read.Select(r => r.Story).ToArray();
        var findings = crossChecker.Check(claims, stories);
        var sameStory = crossChecker is CrossChecker checker ? checker.SameStoryPairs(claims, stories) : [];
        Func<Claim, Claim, string>? explain = crossChecker is CrossChecker c ? (a, b) => c.ExplainPair(claims, stories, a, b) : null;
        Func<string, string, string>? explainStory = crossChecker is CrossChecker s ? (a, b) => s.ExplainStoryPair(claims, stories, a, b) : null;
        return new CorpusRun(articles, claims, findings, problems) { SameStoryPairs = sameStory, ExplainPair = explain, ExplainStoryPair = explainStory, StoryByArticle = stories.ToDictionary(s => s.ArticleId, StringComparer.Ordinal) };
    }
}
