using System.Text.Json;
using FactPipeline.Core.Tests.TestSupport;
using FactPipeline.Evaluation.Gold;
using FactPipeline.Evaluation.Running;
using FactPipeline.Evaluation.Scoring;

namespace FactPipeline.Core.Tests.CrossCheck;

/// <summary>
/// The labelled cross-check corpus in eval/crosscheck: it must validate, and pair-level precision and recall of
/// conflict+minor findings must not drop below docs/crosscheck-ratchet.json. Figures for docs/BENCHMARKS.md come
/// from `dotnet run -c Release --project bench/FactPipeline.Bench -- crosscheck gold`.
/// </summary>
[Trait("Category", "Benchmark")]
[Trait("Category", "Slow")]
public sealed class CrossCheckGoldBenchmarkTests(ITestOutputHelper output)
{
    private static string Root => Path.Combine(RepoPaths.Root, "eval", "crosscheck");

    [Fact]
    public void GoldCorpus_Validates()
    {
        SkipWhileEmpty();

        var errors = GoldCorpus.Load(Root).Validate();

        errors.ShouldBeEmpty(string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void PrecisionAndRecall_DoNotDropBelowRatchet()
    {
        SkipWhileEmpty();
        var gold = GoldCorpus.Load(Root);

        var score = new CrossCheckEvaluation(InMemoryPipeline.Offline()).Evaluate(gold);

        var report = new StringWriter();
        ScoreReport.Write(report, score, verbose: false);
        output.WriteLine(report.ToString());
        score.Precision.ShouldBeGreaterThanOrEqualTo(Ratchet("precision"));
        score.Recall.ShouldBeGreaterThanOrEqualTo(Ratchet("recall"));
    }

    private static void SkipWhileEmpty()
    {
        if (!GoldCorpus.Exists(Root))
        {
            Assert.Skip("eval/crosscheck/gold has no gold file yet (the corpus is being written)");
        }
    }

    private static double Ratchet(string key)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "crosscheck-ratchet.json")));
        return json.RootElement.GetProperty(key).GetDouble();
    }
}
