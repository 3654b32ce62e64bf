using System.Diagnostics;
using System.Globalization;
using FactPipeline.TestSupport;

namespace FactPipeline.Bench;

/// <summary>
/// <c>bench workers N [--postgres CONNECTION] [--workers 1,2]</c>: a generated site of N articles on 127.0.0.1, read by
/// 1 and then 2 <c>worker</c> processes through <c>enqueue --wait</c>, each count on a fresh store (SQLite, or a fresh
/// PostgreSQL database when a server is given). Reports the time from enqueue to the run's end, and articles per second,
/// for a first run and for a second over the unchanged site (every item a 304).
/// </summary>
internal static class WorkersBench
{
    public static async Task<int> Run(int articles, string[] args)
    {
        var server = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault() ?? Environment.GetEnvironmentVariable(PostgresServer.Variable);
        var counts = (args.SkipWhile(a => a != "--workers").Skip(1).FirstOrDefault() ?? "1,2")
            .Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        await using var site = await SyntheticNewsSite.StartAsync(articles, seed: 11);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; {articles} articles; storage: {(server is null ? "SQLite" : "PostgreSQL")}");
        Console.WriteLine("| workers | first run: enqueue → completed | articles/s | again, all unchanged (304) | items/s |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var count in counts)
        {
            using var temp = new TempDirectory();
            await using var database = server is null ? null : await PostgresServer.CreateDatabaseAsync(server);
            var settings = new Dictionary<string, string>
            {
                ["FACTPIPELINE_Storage__DatabasePath"] = temp.File("facts.db"),
                ["FACTPIPELINE_Fetching__AllowPrivateNetwork"] = "true",
                ["FACTPIPELINE_Fetching__PolitenessDelay"] = "00:00:00",
                ["FACTPIPELINE_Fetching__DefaultItemLimit"] = "100000",
                ["FACTPIPELINE_Jobs__PollInterval"] = "00:00:00.500",
                ["FACTPIPELINE_Report__OutputDirectory"] = temp.File("out"),
            };
            if (database is not null)
            {
                settings["FACTPIPELINE_Storage__Provider"] = "Postgres";
                settings["FACTPIPELINE_Storage__ConnectionString"] = database.ConnectionString;
            }
            var workers = Enumerable.Range(0, count).Select(_ => WorkerProcess.Start(temp.Path, settings)).ToArray();
            try
            {
                foreach (var worker in workers)
                {
                    await worker.ReadyAsync(TimeSpan.FromMinutes(1)); // started and taking jobs, as in a running deployment
                }
                // The first run reads every article; the second, over the same unchanged site, gets a 304 for each.
                var first = await TimeRunAsync(site, temp, settings, workers);
                var again = first is null ? null : await TimeRunAsync(site, temp, settings, workers);
                if (first is null || again is null)
                {
                    return 1;
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {count} | {first.Value.TotalSeconds:F1} s | {articles / first.Value.TotalSeconds:F1} | {again.Value.TotalSeconds:F1} s | {articles / again.Value.TotalSeconds:F1} |"));
            }
            finally
            {
                foreach (var worker in workers)
                {
                    await worker.DisposeAsync();
                }
            }
        }
        return 0;
    }

    /// <summary>One <c>enqueue --wait</c> of the site; null (and everything printed) when it failed.</summary>
    private static async Task<TimeSpan?> TimeRunAsync(SyntheticNewsSite site, TempDirectory temp, Dictionary<string, string> settings, WorkerProcess[] workers)
    {
        var watch = Stopwatch.StartNew();
        var result = await CliRunner.RunExecutableAsync("dotnet", temp.Path, [CliProgram.DllPath, "enqueue", site.SitemapUrl, "--wait"], settings);
        watch.Stop();
        if (result.ExitCode != 0)
        {
            Console.Error.WriteLine(result.Output + result.Errors + string.Join("\n", workers.Select(w => w.Output)));
            return null;
        }
        return watch.Elapsed;
    }
}
