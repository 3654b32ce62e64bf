using FactPipeline.Core.Model;

namespace FactPipeline.Evaluation.Running;

/// <summary>What the pipeline made of a corpus read as one run: articles (Source = file name), claims, findings.</summary>
public sealed class CorpusRun
{
    /// <summary>Article id pairs the cross-check treated as one story.</summary>
    public IReadOnlyList<(string A, string B)> SameStoryPairs { get; init; } = [];

    /// <summary>Why the cross-check did or did not pair two claims (diagnostics for misses), when it can say.</summary>
    public Func<Claim, Claim, string>? ExplainPair { get; init; }

    /// <summary>What ties two articles (by id) into one story or fails to, as the cross-check sees them, when it can say.</summary>
    public Func<string, string, string>? ExplainStoryPair { get; init; }

    /// <summary>Each article's story profile (names and places), for explaining why two articles are or are not one story.</summary>
    public IReadOnlyDictionary<string, StoryProfile> StoryByArticle { get; init; } = new Dictionary<string, StoryProfile>();

    public CorpusRun(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, IReadOnlyList<Finding> findings, IReadOnlyList<InputProblem> problems)
    {
        Articles = articles;
        Claims = claims;
        Findings = findings;
        Problems = problems;
        ArticleBySource = articles.ToDictionary(a => a.Source, StringComparer.Ordinal);
        ArticleById = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        ClaimById = claims.DistinctBy(c => c.Id, StringComparer.Ordinal).ToDictionary(c => c.Id, StringComparer.Ordinal);
        ClaimsByArticle = claims.ToLookup(c => c.ArticleId, StringComparer.Ordinal);
        FindingsByClaim = findings.SelectMany(f => f.ClaimIds.Select(id => (id, f))).ToLookup(x => x.id, x => x.f, StringComparer.Ordinal);
    }

    public IReadOnlyList<Article> Articles { get; }
    public IReadOnlyList<Claim> Claims { get; }
    public IReadOnlyList<Finding> Findings { get; }
    /// <summary>Files that yielded no article (extraction problems, or the same text as an earlier file).</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    public IReadOnlyDictionary<string, Article> ArticleBySource { get; }
    public IReadOnlyDictionary<string, Article> ArticleById { get; }
    public IReadOnlyDictionary<string, Claim> ClaimById { get; }
    public ILookup<string, Claim> ClaimsByArticle { get; }
    public ILookup<string, Finding> FindingsByClaim { get; }

    /// <summary>The findings that hold both claims.</summary>
    public IEnumerable<Finding> FindingsWithBoth(string claimA, string claimB) =>
        FindingsByClaim[claimA].Where(f => f.ClaimIds.Contains(claimB, StringComparer.Ordinal));

    /// <summary>File name of the article a claim comes from.</summary>
    public string SourceOf(Claim claim) => ArticleById.TryGetValue(claim.ArticleId, out var a) ? a.Source : claim.ArticleId;
}
