using FactPipeline.Evaluation.Gold;
using FactPipeline.Evaluation.Running;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>
/// How well the cross-check tells one story from another: its same-story article pairs against the gold corpus's
/// stories. Two articles are one story only when one gold story lists both. A distractor set is not a story: it
/// gathers articles of different stories that look alike (a Philippine and a Malaysian rate decision), so a pair
/// inside one is as wrong as any pair across stories.
/// </summary>
public static class StoryScorer
{
    /// <returns>
    /// Precision (pairs it joined that one gold story lists) and recall (gold same-story pairs it joined), with the
    /// gold pairs it missed and the pairs it joined wrongly (file names).
    /// </returns>
    public static (Ratio Precision, Ratio Recall, IReadOnlyList<(string A, string B)> Missed, IReadOnlyList<(string A, string B)> Wrong) Score(GoldCorpus gold, CorpusRun run)
    {
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in gold.Parts.SelectMany(p => p.Stories))
        {
            foreach (var file in story.Articles)
            {
                if (run.ArticleBySource.TryGetValue(file, out var article))
                {
                    storyOf[article.Id] = story.Id;
                }
            }
        }
        var predicted = run.SameStoryPairs.Select(Key).ToHashSet();
        var goldPairs = storyOf.Keys.SelectMany(a => storyOf.Keys.Where(b => string.CompareOrdinal(a, b) < 0 && storyOf[a] == storyOf[b]).Select(b => Key((a, b)))).ToHashSet();
        var right = predicted.Count(goldPairs.Contains);
        (string, string)[] Sources(IEnumerable<(string A, string B)> pairs) =>
            pairs.Select(p => (run.ArticleById[p.A].Source, run.ArticleById[p.B].Source)).Order().ToArray();
        var missed = Sources(goldPairs.Where(p => !predicted.Contains(p)));
        var wrong = Sources(predicted.Where(p => !goldPairs.Contains(p)));
        return (new Ratio(right, predicted.Count), new Ratio(right, goldPairs.Count), missed, wrong);
    }

    private static (string A, string B) Key((string A, string B) pair) =>
        string.CompareOrdinal(pair.A, pair.B) < 0 ? pair : (pair.B, pair.A);
}
