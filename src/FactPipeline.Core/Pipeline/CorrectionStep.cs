using FactPipeline.Core.Model;
using FactPipeline.Core.Review.Corrections;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// After the cross-check: the silent corrections of the run's sources. Each source's stored versions, oldest first
/// (<see cref="IArticleVersionStore"/>), are compared pair by pair (<see cref="CorrectionDetector"/>), so a correction
/// stays a finding of every later run that reads the same text, as a conflict does; a page that changes again adds its
/// own. The run's findings come back without any correction they held (reused findings may) and with the ones found
/// now; its claims with the earlier versions' claims those cite, which reports and tracking need.
/// </summary>
public sealed class CorrectionStep(IArticleVersionStore versions, IFactStore store, FindingExplainer explainer)
{
    /// <summary>
    /// Versions compared per source, newest first: a page rewritten daily for years costs a bounded read per run, and
    /// its oldest corrections stay tracked at the desk (not found again is not resolved).
    /// </summary>
    internal const int VersionsPerSource = 12;

    public async Task<CorrectionResult> AddAsync(
        IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
    {
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            current.TryAdd(article.Source, article.Id);
        }
        var histories = (await versions.LoadVersionsAsync(current.Keys, cancellationToken))
            .GroupBy(v => v.Source, StringComparer.Ordinal)
            .Select(g => g.TakeLast(VersionsPerSource).ToArray())
            // Only a source the run read as its latest version: an older text read again is not what the page says now.
            .Where(h => h.Length > 1 && h[^1].ArticleId == current[h[^1].Source])
            .ToArray();
        var kept = findings.Where(f => f.Severity != Severity.Correction).ToList();
        if (histories.Length == 0)
        {
            return new CorrectionResult(kept.Count == findings.Count ? findings : kept, claims);
        }
        var claimsOf = claims.ToLookup(c => c.ArticleId, StringComparer.Ordinal);
        var older = histories.SelectMany(h => h).Select(v => v.ArticleId).Where(id => !claimsOf.Contains(id)).Distinct(StringComparer.Ordinal).ToArray();
        var olderClaims = (await store.LoadClaimsAsync(older, cancellationToken)).ToLookup(c => c.ArticleId, StringComparer.Ordinal);
        IReadOnlyList<Claim> ClaimsOf(string articleId) => claimsOf.Contains(articleId) ? [.. claimsOf[articleId]] : [.. olderClaims[articleId]];

        var corrections = new List<Finding>();
        var cited = new List<Claim>();
        var known = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var history in histories)
        {
            for (var k = 1; k < history.Length; k++)
            {
                var found = CorrectionDetector.Detect(
                    new VersionText(history[k - 1], ClaimsOf(history[k - 1].ArticleId)),
                    new VersionText(history[k], ClaimsOf(history[k].ArticleId)));
                foreach (var correction in found)
                {
                    corrections.Add(CorrectionFinding.Of(correction, explainer.TopicNames));
                    cited.AddRange(new[] { correction.Was, correction.Now }.Where(c => known.Add(c.Id)));
                }
            }
        }
        // A page that went A → B → A states each correction again: one finding per pair of claims.
        kept.AddRange(corrections.DistinctBy(f => f.Id, StringComparer.Ordinal));
        return new CorrectionResult(kept, cited.Count == 0 ? claims : [.. claims, .. cited]);
    }
}

/// <param name="Findings">The run's findings with its corrections.</param>
/// <param name="Claims">The run's claims and the earlier versions' claims its corrections cite.</param>
public sealed record CorrectionResult(IReadOnlyList<Finding> Findings, IReadOnlyList<Claim> Claims);
