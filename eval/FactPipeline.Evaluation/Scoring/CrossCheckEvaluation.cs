using FactPipeline.Core.Model;
using FactPipeline.Evaluation.Gold;
using FactPipeline.Evaluation.Running;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>
/// Runs every article under eval/crosscheck/articles/ as one corpus (extraction, claims, cross-check, in memory),
/// resolves each gold mention to the claim at its figure, and scores conflict+minor findings at the pair level.
/// </summary>
public sealed class CrossCheckEvaluation(InMemoryPipeline pipeline)
{
    public CrossCheckScore Evaluate(GoldCorpus gold) => Score(gold, pipeline.Run(ArticleFiles.Documents(gold.ArticlesDirectory)));

    /// <summary>Scores a finished run; the run's article sources must be file names relative to the articles folder.</summary>
    public static CrossCheckScore Score(GoldCorpus gold, CorpusRun run)
    {
        var resolver = new MentionResolver(run);
        var resolved = gold.Mentions.ToDictionary(m => m, resolver.Resolve);
        var pairs = new PairScorer(run, resolved, new GoldEntryIndex(gold));
        var groups = new GroupScorer(run, pairs.ClaimOf);

        var goldPairs = gold.Discrepancies.SelectMany(GoldPairs.Of).DistinctBy(p => p.Key).ToArray();
        var outcomes = goldPairs.Select(p => (Gold: p, Predicted: pairs.Find(p))).ToArray();
        var found = outcomes.Where(o => o.Predicted is not null).ToArray();
        var (precision, wrong) = pairs.ScorePredicted(goldPairs.Select(p => p.Key).ToHashSet());
        var consistent = gold.Consistent.Select(groups.Score).ToArray();

        return new CrossCheckScore
        {
            Corpus = Summarize(run),
            MentionsResolved = new Ratio(resolved.Values.Count(r => r.IsResolved), resolved.Count),
            PrecisionPairs = precision,
            RecallPairs = new Ratio(found.Length, goldPairs.Length),
            SeverityAgreement = new Ratio(
                found.Count(o => string.Equals(o.Gold.Discrepancy.Severity, o.Predicted!.Finding.Severity.ToString(), StringComparison.OrdinalIgnoreCase)),
                found.Length),
            ConsistentRecall = new Ratio(consistent.Sum(r => r.Hits), consistent.Sum(r => r.Total)),
            RecallByKind = RecallBy(outcomes, o => o.Gold.Discrepancy.Kind),
            RecallByLanguagePair = RecallBy(outcomes, o => LanguagePair(o.Gold, run)),
            Traps = gold.Traps.Select(groups.Score).ToArray(),
            FalsePositives = wrong,
            FalseNegatives = outcomes.Where(o => o.Predicted is null).Select(o => pairs.Miss(o.Gold)).ToArray(),
            Unresolved = resolved.Values.Where(r => !r.IsResolved).ToArray(),
        };
    }

    public static CorpusSummary Summarize(CorpusRun run) => new(
        run.Articles.Count,
        run.Articles.GroupBy(a => a.Language, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        run.Claims.Count,
        Enum.GetValues<Severity>().ToDictionary(s => s, s => run.Findings.Count(f => f.Severity == s)),
        run.Problems);

    private static RecallRow[] RecallBy((GoldPair Gold, PredictedPair? Predicted)[] outcomes, Func<(GoldPair Gold, PredictedPair? Predicted), string> key) =>
        outcomes.GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RecallRow(g.Key, new Ratio(g.Count(o => o.Predicted is not null), g.Count())))
            .ToArray();

    /// <summary>"en–id": the languages the file names declare (outlet.lang.txt), else the detected ones, in order.</summary>
    private static string LanguagePair(GoldPair pair, CorpusRun run) =>
        string.Join("–", new[] { LanguageOf(pair.First.File, run), LanguageOf(pair.Second.File, run) }.Order(StringComparer.Ordinal));

    private static string LanguageOf(string file, CorpusRun run)
    {
        var parts = Path.GetFileName(file).Split('.');
        if (parts.Length >= 3 && parts[^2].Length is 2 or 3)
        {
            return parts[^2].ToLowerInvariant();
        }
        return run.ArticleBySource.TryGetValue(file, out var article) ? article.Language : "?";
    }
}
