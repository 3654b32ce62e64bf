using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Storage;
using Microsoft.Extensions.Logging;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Carries the desk's tracked findings over to this run's findings (<see cref="FindingTracker"/>): new ones are opened,
/// changed ones recorded (and reopened when decided), lost ones resolved by source, and open ones citing a page the run
/// found gone (HTTP 404/410, <see cref="InputProblem.Gone"/>) resolved by source. It reads only the tracked findings
/// that share an anchor with the run, and a repeat of the step changes nothing, so a resumed run adds no duplicates.
/// </summary>
public sealed partial class TrackStep(FindingTracker tracker, IReviewStore store, IFactStore facts, ILogger<TrackStep> logger)
{
    public async Task TrackAsync(
        string runId, DateTimeOffset now, IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, IReadOnlyList<Finding> findings,
        CancellationToken cancellationToken)
    {
        var articleById = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var claimById = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            claimById.TryAdd(claim.Id, claim);
        }
        var articleOfSource = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            articleOfSource.TryAdd(article.Source, article.Id);
        }
        // Pages the server said are gone (404/410, from the run's stored problems, so a resumed run knows them too).
        var gone = (await facts.LoadProblemsAsync(runId, cancellationToken))
            .Where(p => p.Gone)
            .ToDictionary(p => p.Source, p => p.Reason, StringComparer.Ordinal);
        // Every tracked finding a run can pair with, lose or resolve has a figure in one of the run's sources or gone
        // pages: their keys find them all, without hashing every finding's anchors.
        var known = await store.LoadByAnchorsAsync([.. articleOfSource.Keys.Concat(gone.Keys).Select(FindingAnchors.OfSource)], cancellationToken);
        var knownSources = known.SelectMany(k => k.Figures).Select(f => f.Source).ToHashSet(StringComparer.Ordinal);
        // Flags, and agreements that may be what a known flag became; the tens of thousands of other agreements of a
        // large run are no one's business here.
        var observed = findings
            .Where(f => f.Severity is Severity.Conflict or Severity.Minor or Severity.Correction
                || (f.Severity == Severity.Consistent && knownSources.Count > 0 && f.ClaimIds.Any(id => claimById.TryGetValue(id, out var c)
                    && articleById.TryGetValue(c.ArticleId, out var a) && knownSources.Contains(a.Source))))
            .Select(f => Observe(f, claimById, articleById))
            .Where(o => o is not null)
            .Select(o => o!)
            .ToArray();
        var claimsOf = new Lazy<ILookup<string, Claim>>(() => claims.ToLookup(c => c.ArticleId, StringComparer.Ordinal));
        var plan = tracker.Plan(new RunObservation(runId, now, articleOfSource, observed)
        {
            FigureNow = figure => FigureNow(figure, articleOfSource, articleById, claimsOf.Value),
            GoneSources = gone,
        }, known);
        await store.ApplyAsync(plan, cancellationToken);
        LogTracked(runId, observed.Length, known.Count, plan.Upserts.Count, plan.Events.Count);
    }

    /// <summary>
    /// The claim the run read where the figure stood: in the article the run read from its source, in a sentence of the
    /// same shape (<see cref="FindingAnchors.ShapeOf"/>). Asked only for the few findings a run lost.
    /// </summary>
    private static TrackedFigure? FigureNow(
        TrackedFigure figure, Dictionary<string, string> articleOfSource, Dictionary<string, Article> articles, ILookup<string, Claim> claimsOf)
    {
        if (!articleOfSource.TryGetValue(figure.Source, out var articleId) || !articles.TryGetValue(articleId, out var article))
        {
            return null;
        }
        // The same sentence but for its figures; of several, the nearest. An offset alone is no evidence once the text
        // changed: another sentence's figure may now stand there.
        var claim = claimsOf[articleId]
            .Where(c => FindingAnchors.ShapeOf(c.Quote) == figure.QuoteShape)
            .MinBy(c => Math.Abs(c.Value.Start - figure.ValueStart));
        return claim is null ? null : FigureOf(claim, article);
    }

    private static TrackedFigure FigureOf(Claim claim, Article article) => new(
        article.Source, article.Id, claim.Id, claim.Value.Start, claim.Value.Text, claim.Value.Amount, claim.Value.Unit,
        claim.Language, FindingAnchors.ShapeOf(claim.Quote), claim.Quote, claim.QuoteStart);

    /// <summary>The finding with its claims as figures; null when a claim is not among the run's (never, but not trusted).</summary>
    private static ObservedFinding? Observe(Finding finding, Dictionary<string, Claim> claims, Dictionary<string, Article> articles)
    {
        var figures = new List<TrackedFigure>(finding.ClaimIds.Count);
        var subjects = new List<string>();
        foreach (var id in finding.ClaimIds)
        {
            if (!claims.TryGetValue(id, out var claim))
            {
                return null;
            }
            if (articles.TryGetValue(claim.ArticleId, out var article))
            {
                figures.Add(FigureOf(claim, article));
            }
            else if (finding.Severity == Severity.Correction && claims.TryGetValue(finding.ClaimIds[^1], out var now)
                && articles.TryGetValue(now.ArticleId, out var current))
            {
                // A correction's old claim is from an earlier text of the same source, not one of the run's articles.
                figures.Add(FigureOf(claim, current with { Id = claim.ArticleId }));
            }
            else
            {
                return null;
            }
            if (claim.SubjectName is { Length: > 0 } name && !subjects.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                subjects.Add(name);
            }
        }
        return new ObservedFinding(finding, figures, subjects);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId}: {Findings} findings tracked against {Known} known; {Upserts} stored, {Events} events")]
    private partial void LogTracked(string runId, int findings, int known, int upserts, int events);
}
