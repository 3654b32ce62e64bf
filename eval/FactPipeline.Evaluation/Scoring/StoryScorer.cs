using FactPipeline.Evaluation.Gold;
using FactPipeline.Evaluation.Running;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>
/// How well the cross-check tells one story from another: its same-story article pairs against the gold corpus's
/// stories and distractor sets (two articles are one story when one gold set lists both).
/// </summary>
public static class StoryScorer
{
    /// <returns>Precision (pairs it joined that one gold set lists) and recall (gold same-set pairs it joined).</returns>
    public static (Ratio Precision, Ratio Recall, IReadOnlyList<(string A, string B)> Missed) Score(GoldCorpus gold, CorpusRun run)
    {
        var setOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var set in gold.Parts.SelectMany(p => p.Stories.Concat(p.Distractors)))
        {
            foreach (var file in set.Articles)
            {
                if (run.ArticleBySource.TryGetValue(file, out var article))
                {
                    setOf[article.Id] = set.Id;
                }
            }
        }
        var predicted = run.SameStoryPairs.Select(Key).ToHashSet();
        var goldPairs = setOf.Keys.SelectMany(a => setOf.Keys.Where(b => string.CompareOrdinal(a, b) < 0 && setOf[a] == setOf[b]).Select(b => Key((a, b)))).ToHashSet();
        var right = predicted.Count(goldPairs.Contains);
        var missed = goldPairs.Where(p => !predicted.Contains(p))
            .Select(p => (run.ArticleById[p.A].Source, run.ArticleById[p.B].Source))
            .Order()
            .ToArray();
        return (new Ratio(right, predicted.Count), new Ratio(right, goldPairs.Count), missed);
    }

    private static (string A, string B) Key((string A, string B) pair) =>
        string.CompareOrdinal(pair.A, pair.B) < 0 ? pair : (pair.B, pair.A);
}
