using System.Diagnostics;
using FactPipeline.Core.Claims;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Bench;

/// <summary>
/// The cross-check alone over the articles and claims of a database kept by `pipeline N --keep DIR`, round after round
/// (a copy of it is opened): where its time goes shows without the minutes of reading and extracting around it, and a
/// digest of the findings tells whether a change moved them.
/// </summary>
internal static class CrossCheckDbBench
{
    public static async Task<int> Run(string? db, int rounds)
    {
        if (db is null || !File.Exists(db))
        {
            Console.Error.WriteLine("usage: crosscheck-db DIR/bench.db [ROUNDS]   (a database kept by 'pipeline N --keep DIR')");
            return 2;
        }
        var copy = Path.Combine(Path.GetTempPath(), $"ccdb-{Environment.ProcessId}.db");
        File.Copy(db, copy, overwrite: true);
        var services = BenchServices.OverDatabase(copy);
        var store = services.GetRequiredService<IFactStore>();
        await store.InitializeAsync();
        string runId;
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "select id from runs limit 1";
            runId = (string)command.ExecuteScalar()!;
        }
        var articles = await store.LoadRunArticlesAsync(runId);
        var claims = await store.LoadClaimsAsync(articles.Select(a => a.Id).ToArray());
        var profiler = services.GetRequiredService<IStoryProfiler>();
        var stories = articles.Select(profiler.Profile).ToArray();
        var checker = services.GetRequiredService<ICrossChecker>();
        Console.WriteLine($"articles {articles.Count}, claims {claims.Count}");
        for (var r = 0; r < rounds; r++)
        {
            GC.Collect();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var pauses = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            var findings = checker.Check(claims, stories);
            watch.Stop();
            // Every finding's id, verdict, reason and claims, in order: the same digest means the same findings.
            var text = string.Join("\n", findings.Select(f => $"{f.Id}|{f.Severity}|{f.Reason}|{f.MatchedBy}|{f.DifferencePercent}|{string.Join(",", f.ClaimIds)}"));
            var digest = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16];
            Console.WriteLine($"round {r + 1}: {watch.Elapsed.TotalSeconds:F2} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F2} s, "
                + $"alloc {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:F0} MB, GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:F2} s, findings {findings.Count} {digest}");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(copy);
        return 0;
    }
}
