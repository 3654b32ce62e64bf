using FactPipeline.TestSupport;
using System.Diagnostics;
using FactPipeline.Bench;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

// Benchmarks for docs/BENCHMARKS.md. Run in Release:
//   dotnet run -c Release --project bench/FactPipeline.Bench -- all
//   dotnet run -c Release --project bench/FactPipeline.Bench -- pipeline 10000 [--keep DIR] [--rerun] [--warm-up K]   (DIR: a copy of the report files; --rerun: run again over the unchanged folder and database; K: runs of other articles first, in process, as a long-running host has had)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- html [DIR]   (AEB pages through `run` in process, then the rerun; DIR: a copy of the report files)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- pipeline 10000 --cli dist/factpipeline [RUNS]   (the same synthetic articles through the real command, a new process each run; its "run took" line)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- corpus 10000 DIR   (writes the synthetic articles into DIR, to run any build on them by hand)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- html --cli dist/factpipeline [RUNS]   (the same pages through the real command, a new process each time; its "run took" line)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- stages aeb [ROUNDS]   (AEB pages through extract and claims on one thread, round after round: cold, then compiled)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- crosscheck 1000000
//   dotnet run -c Release --project bench/FactPipeline.Bench -- crosscheck-db DIR/bench.db [ROUNDS]   (the cross-check alone over a kept pipeline database, round after round)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- crosscheck gold [--verbose] [--root DIR]   (pair precision/recall vs eval/crosscheck)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- unrelated [--limit N] [--verbose]   (AEB + htmldate pages as one corpus: findings to hand-check)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- aeb        (body text vs references, speed vs SmartReader)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- htmldate   (publish dates vs references)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- mozilla [--verbose] [--dump DIR]   (Mozilla Readability test pages: text, title, byline, date vs SmartReader)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- triage [--dump DIR]   (htmldate's 1,000 pages, no text truth: where our text and SmartReader's differ 2x in length)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- langid     (language identification on eval/langid)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- langid-scorer   (TrigramLanguageScorer vs Lingua on the identifier's samples of AEB and synthetic texts: same answers, cost per call)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- queue [N]   (the review desk's queue over N findings, 100,000 by default: server time per page)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- workers [N] [--postgres CONNECTION] [--workers 1,2]   (N generated articles through enqueue and 1, then 2, worker processes)
//   dotnet run -c Release --project bench/FactPipeline.Bench -- llmcost [inputs...]   (LLM calls and tokens per stage, scripted loopback server)
var command = args.FirstOrDefault() ?? "all";
var size = args.Length > 1 && int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var parsedSize) ? parsedSize : 0;
return command switch
{
    "pipeline" when args.Contains("--cli") => await PipelineCli(size > 0 ? size : 10_000, args),
    "pipeline" => await PipelineBench(size > 0 ? size : 10_000, args.SkipWhile(a => a != "--keep").Skip(1).FirstOrDefault(), args.Contains("--rerun"), WarmUpRuns.Parse(args)),
    "html" => await HtmlRunBench.Run(args),
    "crosscheck" when args.Length > 1 && !int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out _) => CrossCheckGoldBench.Run(args),
    "crosscheck" => CrossCheckBench(size > 0 ? size : 100_000),
    "crosscheck-db" => await CrossCheckDbBench.Run(args.Skip(1).FirstOrDefault(), args.Length > 2 && int.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out var dbRounds) ? dbRounds : 3),
    "unrelated" => UnrelatedPagesBench.Run(args),
    "stages" when args.Length > 1 && args[1] == "aeb" => HtmlStagesBench.Run(args.Length > 2 && int.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out var rounds) ? rounds : 5),
    "stages" => StagesBench(size > 0 ? size : 10_000),
    "aeb" => ExtractionBench.Aeb(withSpeed: !args.Contains("--no-speed"), args.SkipWhile(a => a != "--dump").Skip(1).FirstOrDefault()),
    "htmldate" => ExtractionBench.Htmldate(),
    "mozilla" => MozillaBench.Run(args),
    "triage" => TriageBench.Run(args),
    "langid" => LangIdBench.Run(),
    "langid-scorer" => LangIdScorerBench.Run(),
    "extraction" => ExtractionBench.Aeb(withSpeed: true, null) + ExtractionBench.Htmldate() + MozillaBench.Run([]),
    "llmcost" => await LlmCostBench.Run(args.Skip(1).ToArray()),
    "queue" => await QueueBench.Run(size > 0 ? size : 100_000),
    "workers" => await WorkersBench.Run(size > 0 ? size : 500, args),
    "all" => await All(),
    "corpus" when args.Length > 2 => await WriteCorpus(size > 0 ? size : 10_000, args[2]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: FactPipeline.Bench [all | pipeline N [--keep DIR] [--rerun] [--warm-up K] | pipeline N --cli PATH [RUNS] | corpus N DIR | html [DIR] [--warm-up K] | html --cli PATH [RUNS] | stages N | stages aeb [ROUNDS] | crosscheck N | crosscheck-db DIR/bench.db [ROUNDS] | crosscheck gold [--verbose] [--root DIR] | unrelated [--limit N] [--verbose] | aeb [--no-speed] [--dump DIR] | htmldate | mozilla [--verbose] [--dump DIR] | triage [--dump DIR] | extraction | langid | langid-scorer | queue [N] | workers [N] [--postgres CS] [--workers 1,2] | llmcost [inputs...]]");
    return 2;
}

static async Task<int> All()
{
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
    Console.WriteLine("| benchmark | size | time | rate | peak working set | managed allocated |");
    Console.WriteLine("|---|---|---|---|---|---|");
    // Each size runs in its own process so its peak memory is its own. A part that fails fails the whole.
    var failed = new List<string>();
    foreach (var (name, n) in new[] { ("pipeline", 10_000), ("stages", 10_000), ("crosscheck", 10_000), ("crosscheck", 100_000), ("crosscheck", 1_000_000) })
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        start.ArgumentList.Add(typeof(SyntheticCorpus).Assembly.Location);
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) != "dotnet")
        {
            start.ArgumentList.Clear();
        }
        start.ArgumentList.Add(name);
        start.ArgumentList.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        foreach (var line in output.Split('\n').Where(l => l.StartsWith('|')))
        {
            Console.WriteLine(line);
        }
        if (child.ExitCode != 0)
        {
            failed.Add($"{name} {n} (exit code {child.ExitCode})");
        }
    }
    if (failed.Count > 0)
    {
        Console.Error.WriteLine($"failed: {string.Join(", ", failed)}");
        return 1;
    }
    return 0;
}

// keep: a folder the run's report files are copied to (to compare two versions' outputs).
// rerun: after the first run, run again over the same folder and database: what a rerun over unchanged local files
// costs (the report files kept are then the rerun's, which must be the first run's byte for byte, run id and start time aside).
static async Task<int> PipelineBench(int articles, string? keep, bool rerun, int warmUpRuns)
{
    var folder = Path.Combine(Path.GetTempPath(), "factpipeline-bench", Guid.NewGuid().ToString("N"));
    // The articles in a folder of their own: a rerun over the folder must not read the first run's reports as articles.
    var corpus = Path.Combine(folder, "corpus");
    Directory.CreateDirectory(corpus);
    try
    {
        await SyntheticCorpus.WriteAsync(articles, corpus);
        await WarmUpRuns.RunAsync(warmUpRuns, folder);
        var services = BenchServices.OverDatabase(Path.Combine(folder, "bench.db"));
        var runner = services.GetRequiredService<PipelineRunner>();
        var run = await TimedRun.MeasureAsync(runner, new RunRequest([corpus], Path.Combine(folder, "out")));
        var result = run.Result;
        var report = result.Report;
        // Rates count what the run processed, not what was asked for: skipped or failed articles earn nothing.
        var processed = run.Processed;
        // CPU time says what the run costs when other processes share the cores (wall time then varies with their load).
        Console.WriteLine($"articles {report.Articles.Count}, claims {report.Claims.Count}, findings {report.Findings.Count}, problems {report.Problems.Count}; "
            + $"CPU {run.Cpu.TotalSeconds:F1} s ({run.Cpu / run.Elapsed:F2} cores), GC pauses {run.GcPauses.TotalSeconds:F1} s");
        Console.WriteLine($"steps: {run.Steps}");
        Console.WriteLine(run.GcAndJit);
        Row("pipeline end to end (files → SQLite → reports)", processed, run.Elapsed, $"{processed / run.Elapsed.TotalSeconds:F0} articles/s", run.Allocated);
        if (rerun)
        {
            var first = ReportTexts(result);
            result = await Rerun(runner, corpus, Path.Combine(folder, "out"), articles);
            var differing = ReportTexts(result).Where(file => first.GetValueOrDefault(file.Key) != file.Value).Select(file => file.Key).ToArray();
            if (differing.Length > 0 || first.Count != result.Files.Count)
            {
                Console.Error.WriteLine($"the rerun's reports differ from the first run's: {string.Join(", ", differing)}");
                return 1;
            }
            Console.WriteLine("rerun reports: the first run's, byte for byte (run id and start time aside)");
        }
        if (keep is not null)
        {
            Directory.CreateDirectory(keep);
            foreach (var file in result.Files)
            {
                File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Copy(Path.Combine(folder, "bench.db"), Path.Combine(keep, "bench.db"), overwrite: true);
        }
        if (processed < articles || report.Problems.Count > 0)
        {
            Console.Error.WriteLine($"only {processed} of {articles} articles processed, {report.Problems.Count} problems");
            return 1;
        }
        return 0;
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

// The synthetic articles through the real command (CliRuns): what a user's run of the published build costs, tiered
// compilation and all, against the in-process figure above.
static async Task<int> PipelineCli(int articles, string[] args)
{
    var (cli, runs) = CliRuns.Arguments(args);
    if (cli is null)
    {
        return Usage();
    }
    var folder = Path.Combine(Path.GetTempPath(), "factpipeline-bench", Guid.NewGuid().ToString("N"));
    var corpus = Path.Combine(folder, "corpus");
    Directory.CreateDirectory(corpus);
    try
    {
        await SyntheticCorpus.WriteAsync(articles, corpus);
        Console.WriteLine($"synthetic articles: {articles}, {Environment.ProcessorCount} cores; {cli} run, a new process and database each time");
        return await CliRuns.RunAsync(cli, corpus, folder, runs);
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}

static async Task<int> WriteCorpus(int articles, string folder)
{
    await SyntheticCorpus.WriteAsync(articles, folder);
    Console.WriteLine($"{articles} synthetic articles in {folder}");
    return 0;
}

// The same folder again, same database: nothing changed, so nothing should be redone.
static async Task<RunResult> Rerun(PipelineRunner runner, string corpus, string output, int files)
{
    var run = await TimedRun.MeasureAsync(runner, new RunRequest([corpus], output));
    var processed = run.Processed;
    Console.WriteLine($"rerun: {run.Elapsed.TotalSeconds:F2} s, {run.Elapsed.TotalSeconds * 1000 / files:F2} s per 1,000 files, "
        + $"reused {run.Result.ReusedArticles} of {processed} articles; CPU {run.Cpu.TotalSeconds:F1} s ({run.Cpu / run.Elapsed:F2} cores)");
    Console.WriteLine($"rerun steps: {run.Steps}");
    Row("pipeline rerun over unchanged files", processed, run.Elapsed, $"{processed / run.Elapsed.TotalSeconds:F0} articles/s", run.Allocated);
    return run.Result;
}

// The run's report files by name, its id (random by design) and start time replaced.
static Dictionary<string, string> ReportTexts(RunResult result) =>
    result.Files.ToDictionary(
        file => Path.GetFileName(file),
        file => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(file))
            .Replace(result.Report.RunId, "RUN", StringComparison.Ordinal)
            .Replace(System.Text.Json.JsonSerializer.Serialize(result.Report.StartedAt), "\"STARTED\"", StringComparison.Ordinal),
        StringComparer.Ordinal);

// In-memory only: where the time of one article goes, stage by stage (no disk, no SQLite).
static int StagesBench(int articles)
{
    var services = new ServiceCollection().AddFactPipeline(new ConfigurationBuilder().Build()).BuildServiceProvider();
    var extractor = services.GetRequiredService<FactPipeline.Core.Extraction.IArticleExtractor>();
    var claims = services.GetRequiredService<FactPipeline.Core.Claims.IClaimExtractor>();
    var documents = SyntheticCorpus.Generate(articles)
        .Select(a => new FactPipeline.Core.Model.SourceDocument(a.Name, System.Text.Encoding.UTF8.GetBytes(a.Text), "text/plain"))
        .ToArray();
    var extractWatch = Stopwatch.StartNew();
    var extracted = documents.Select(d => extractor.Extract(d).Article).OfType<FactPipeline.Core.Model.Article>().ToArray();
    extractWatch.Stop();
    var claimWatch = Stopwatch.StartNew();
    var total = extracted.Sum(a => claims.Extract(a).Count);
    claimWatch.Stop();
    Console.WriteLine($"articles {extracted.Length} of {articles}, claims {total}");
    Row("stage: decode + extract (in memory)", extracted.Length, extractWatch.Elapsed, $"{extracted.Length / extractWatch.Elapsed.TotalSeconds:F0} articles/s", 0);
    Row("stage: recognize + claims (in memory)", extracted.Length, claimWatch.Elapsed, $"{extracted.Length / claimWatch.Elapsed.TotalSeconds:F0} articles/s", 0);
    return extracted.Length == articles ? 0 : 1;
}

static int CrossCheckBench(int count)
{
    var claims = SyntheticClaims.Generate(count);
    var checker = new CrossChecker(Options.Create(new CrossCheckOptions()), new ServiceCollection().AddFactPipeline(new ConfigurationBuilder().Build()).BuildServiceProvider().GetRequiredService<FactPipeline.Core.Model.Lexicon.ConceptLexicon>());
    GC.Collect();
    var allocated = GC.GetTotalAllocatedBytes();
    var watch = Stopwatch.StartNew();
    var findings = checker.Check(claims);
    watch.Stop();
    Console.WriteLine($"claims {claims.Count}, findings {findings.Count}");
    Row("cross-check", claims.Count, watch.Elapsed, $"{claims.Count / watch.Elapsed.TotalSeconds:F0} claims/s", GC.GetTotalAllocatedBytes() - allocated);
    return 0;
}

static void Row(string name, int size, TimeSpan elapsed, string rate, long allocated)
{
    var peak = Process.GetCurrentProcess().PeakWorkingSet64;
    Console.WriteLine($"| {name} | {size:N0} | {elapsed.TotalSeconds:F2} s | {rate} | {peak / 1048576.0:F0} MB | {allocated / 1048576.0:F0} MB |");
}
