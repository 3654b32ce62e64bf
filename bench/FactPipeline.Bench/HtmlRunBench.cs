using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using FactPipeline.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Bench;

/// <summary>
/// `html [DIR] [--warm-up K]`: the real-HTML goal of issue 10. The AEB pages, decompressed into a temporary folder, go through
/// <see cref="PipelineRunner.RunAsync"/> in process (reports included, host start and service provider excluded),
/// then a second time over the same unchanged files (the rerun, which links the stored articles), then into a new
/// database in the same process (warm: compiled code and loaded models, as a long-running host has them; K such runs,
/// the JIT tiering up the hot code during the first ones).
/// DIR: a folder the first run's report files are copied to (to compare two versions' outputs).
/// <para>
/// <c>html --cli PATH [RUNS]</c>: the same pages through the real command, <c>PATH run PAGES --db NEW --out DIR</c>, as
/// a new process each time (cold: a user's run), e.g. the ReadyToRun build the README publishes. The figure is the
/// command's own "run took" line: the run without the process start and host building before it.
/// </para>
/// </summary>
internal static class HtmlRunBench
{
    public static async Task<int> Run(string[] args)
    {
        var aeb = ExtractionBench.FindShared("aeb");
        if (aeb is null)
        {
            Console.WriteLine("skipped: shared/benchmarks/extraction/aeb not found");
            return 0;
        }
        var folder = Path.Combine(Path.GetTempPath(), "factpipeline-html-bench", Guid.NewGuid().ToString("N"));
        var pages = new Pages(folder, Path.Combine(folder, "pages"), 0);
        Directory.CreateDirectory(pages.Folder);
        try
        {
            pages = pages with { Expected = Decompress(Path.Combine(aeb, "html"), pages.Folder) };
            if (CliRuns.Arguments(args) is ({ } cli, var runs))
            {
                Console.WriteLine($"AEB pages: {pages.Expected}, {Environment.ProcessorCount} cores; {cli} run, a new process and database each time");
                return await CliRuns.RunAsync(cli, pages.Folder, pages.Work, runs);
            }
            return await RunInProcess(args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, CultureInfo.InvariantCulture, out _)), pages, WarmUpRuns.Parse(args));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <param name="Work">The bench's temporary folder (databases, report folders).</param>
    /// <param name="Folder">The decompressed AEB pages, inside it.</param>
    private sealed record Pages(string Work, string Folder, int Expected);

    private static async Task<int> RunInProcess(string? keep, Pages pages, int warmUpRuns)
    {
        var (folder, pagesFolder, expected) = pages;
        await using var services = BenchServices.OverDatabase(Path.Combine(folder, "bench.db"));
        var runner = services.GetRequiredService<PipelineRunner>();
        Console.WriteLine($"AEB pages: {expected}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var first = await Measure(runner, pagesFolder, Path.Combine(folder, "out-1"));
        Print("first run", first);
        if (keep is not null)
        {
            Directory.CreateDirectory(keep);
            foreach (var file in first.Files)
            {
                File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
            }
        }
        var rerun = await Measure(runner, pagesFolder, Path.Combine(folder, "out-2"));
        Print("rerun (unchanged files)", rerun);
        // The same pages into a new database, in this process: code compiled and data models loaded, as in a
        // long-running host (the worker, the web app) from its second run on. The first run pays for both.
        // The JIT's tier-up of the hot code goes on during the first warm runs: --warm-up K runs K of them, the last one
        // the steady state.
        for (var k = 1; k <= Math.Max(1, warmUpRuns); k++)
        {
            await using var warmServices = BenchServices.OverDatabase(Path.Combine(folder, $"warm-{k}.db"));
            var warm = await Measure(warmServices.GetRequiredService<PipelineRunner>(), pagesFolder, Path.Combine(folder, $"out-warm-{k}"));
            Print($"warm first run {k} (new database, same process)", warm);
        }
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");
        if (first.Processed < expected || rerun.Processed < expected)
        {
            Console.Error.WriteLine($"only {first.Processed} (first) and {rerun.Processed} (rerun) of {expected} pages processed");
            return 1;
        }
        return 0;
    }

    private static int Decompress(string source, string target)
    {
        var files = Directory.GetFiles(source, "*.html.gz");
        foreach (var path in files)
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var output = File.Create(Path.Combine(target, Path.GetFileNameWithoutExtension(path)));
            gzip.CopyTo(output);
        }
        return files.Length;
    }

    private static async Task<Measured> Measure(PipelineRunner runner, string pages, string output)
    {
        var run = await TimedRun.MeasureAsync(runner, new RunRequest([pages], output));
        var report = run.Result.Report;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"articles {report.Articles.Count}, reused {run.Result.ReusedArticles}, claims {report.Claims.Count}, findings {report.Findings.Count}, problems {report.Problems.Count}");
        return new Measured(run.Processed, run.Elapsed, run.Cpu, run.Allocated, summary + "; " + run.GcAndJit, run.Steps, run.Result.Files);
    }

    private static void Print(string name, Measured run)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {run.Processed} pages in {run.Elapsed.TotalSeconds:F2} s = {run.Processed / run.Elapsed.TotalSeconds:F0} pages/s; "
            + $"CPU {run.Cpu.TotalSeconds:F2} s ({run.Cpu / run.Elapsed:F2} cores), allocated {run.Allocated / 1048576.0:F0} MB"));
        Console.WriteLine($"  {run.Summary}");
        Console.WriteLine($"  steps: {run.Steps}");
    }

    private sealed record Measured(int Processed, TimeSpan Elapsed, TimeSpan Cpu, long Allocated, string Summary, string Steps, IReadOnlyList<string> Files);
}
