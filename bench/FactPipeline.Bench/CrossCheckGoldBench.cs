using System.Diagnostics;
using FactPipeline.Evaluation.Gold;
using FactPipeline.Evaluation.Running;
using FactPipeline.Evaluation.Scoring;

namespace FactPipeline.Bench;

/// <summary>
/// `crosscheck gold [--verbose] [--root DIR]`: pair-level precision and recall of conflict+minor findings against
/// the labelled corpus in eval/crosscheck (gold/*.json over articles/), run in memory as one corpus.
/// </summary>
internal static class CrossCheckGoldBench
{
    public static int Run(string[] args)
    {
        var root = Root(Option(args, "--root"));
        if (root is null || !GoldCorpus.Exists(root))
        {
            Console.Error.WriteLine($"no gold files in {(root is null ? "eval/crosscheck" : Path.Combine(root, GoldCorpus.GoldFolder))}");
            return 1;
        }
        GoldCorpus gold;
        try
        {
            gold = GoldCorpus.Load(root);
        }
        catch (GoldCorpusException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
        // A corpus being written may have a few bad mentions; they are listed and scored as they resolve.
        var problems = gold.Validate();
        foreach (var problem in problems)
        {
            Console.Error.WriteLine("gold: " + problem);
        }
        var watch = Stopwatch.StartNew();
        var run = InMemoryPipeline.Offline().Run(ArticleFiles.Documents(gold.ArticlesDirectory));
        var score = CrossCheckEvaluation.Score(gold, run);
        watch.Stop();
        Console.WriteLine($"cross-check gold: {gold.Root} ({string.Join(", ", gold.Parts.Select(p => p.Name))}); "
            + $"{gold.Discrepancies.Count()} discrepancies, {gold.Traps.Count()} traps, {gold.Consistent.Count()} consistent groups; "
            + $"{problems.Count} gold problems; {watch.Elapsed.TotalSeconds:F1} s");
        ScoreReport.Write(Console.Out, score, args.Contains("--verbose"));
        var (storyPrecision, storyRecall, missed, wrong) = StoryScorer.Score(gold, run);
        Console.WriteLine($"same-story article pairs: precision {ScoreReport.Rate(storyPrecision.Rate)} ({ScoreReport.Count(storyPrecision)}), recall {ScoreReport.Rate(storyRecall.Rate)} ({ScoreReport.Count(storyRecall)})");
        if (args.Contains("--verbose"))
        {
            foreach (var (a, b) in missed)
            {
                Console.WriteLine($"  not one story: {a} / {b}: {SharedNames(run, a, b)}; {StoryTies(run, a, b)}");
            }
            foreach (var (a, b) in wrong)
            {
                Console.WriteLine($"  wrongly one story: {a} / {b}: {StoryTies(run, a, b)}");
            }
        }
        return 0;
    }

    /// <summary>What the cross-check's story index sees between two articles (by file name).</summary>
    private static string StoryTies(FactPipeline.Evaluation.Running.CorpusRun run, string sourceA, string sourceB) =>
        run.ExplainStoryPair is { } explain && run.ArticleBySource.TryGetValue(sourceA, out var a) && run.ArticleBySource.TryGetValue(sourceB, out var b)
            ? explain(a.Id, b.Id)
            : "no story index";

    /// <summary>What two articles' story profiles share, and how many names each has: why they are not one story.</summary>
    private static string SharedNames(FactPipeline.Evaluation.Running.CorpusRun run, string sourceA, string sourceB)
    {
        if (!run.ArticleBySource.TryGetValue(sourceA, out var a) || !run.ArticleBySource.TryGetValue(sourceB, out var b)
            || !run.StoryByArticle.TryGetValue(a.Id, out var pa) || !run.StoryByArticle.TryGetValue(b.Id, out var pb))
        {
            return "no profile";
        }
        var shared = pa.Keys.Concat(pa.PlaceKeys).Intersect(pb.Keys.Concat(pb.PlaceKeys), StringComparer.Ordinal).ToArray();
        return $"{pa.Keys.Count}+{pa.PlaceKeys.Count} and {pb.Keys.Count}+{pb.PlaceKeys.Count} names, shared [{string.Join(", ", shared)}]";
    }

    public static string? Option(string[] args, string name) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    /// <summary>DIR/eval/crosscheck when DIR is a checkout, else DIR itself; without --root, the checkout above the binaries.</summary>
    private static string? Root(string? given)
    {
        if (given is not null)
        {
            var inCheckout = Path.Combine(given, "eval", "crosscheck");
            return Directory.Exists(inCheckout) ? inCheckout : given;
        }
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FactPipeline.sln")))
                {
                    return Path.Combine(dir.FullName, "eval", "crosscheck");
                }
            }
        }
        return null;
    }
}
