using FactPipeline.TestSupport;
using System.Diagnostics;
using System.Globalization;
using FactPipeline.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Bench;

/// <summary>
/// `pipeline N --warm-up K`: K runs of other synthetic articles (other seeds, other figures) before the measured run, in
/// the same process, each with a service provider and database of its own. Nothing they store is seen by the measured
/// run; what they leave is what a long-running host (the nightly worker, the web app) has from its second run on:
/// compiled code, loaded models. Without it the measured run is a new process's first run, as the command's is.
/// </summary>
internal static class WarmUpRuns
{
    private const int Articles = 1_000;

    public static int Parse(string[] args) =>
        args.SkipWhile(a => a != "--warm-up").Skip(1).FirstOrDefault() is { } value && int.TryParse(value, CultureInfo.InvariantCulture, out var runs) && runs > 0 ? runs : 0;

    public static async Task RunAsync(int runs, string folder)
    {
        for (var k = 0; k < runs; k++)
        {
            var work = Path.Combine(folder, $"warm-up-{k}");
            var corpus = Path.Combine(work, "corpus");
            await SyntheticCorpus.WriteAsync(Articles, corpus, seed: 1_000 + k);
            await using var services = BenchServices.OverDatabase(Path.Combine(work, "warm-up.db"));
            var watch = Stopwatch.StartNew();
            var result = await services.GetRequiredService<PipelineRunner>().RunAsync(new RunRequest([corpus], Path.Combine(work, "out")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"warm-up run {k + 1} of {runs}: {result.Report.Articles.Count} other articles in {watch.Elapsed.TotalSeconds:F2} s"));
        }
    }
}
