using System.Diagnostics;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Worker;

/// <summary>
/// PostgreSQL stopped in the middle of a run and started again: the worker logs it, retries, and the run completes with
/// every article once. A cluster of the test's own (the shared one serves the other tests meanwhile), made with
/// <c>scripts/postgres-throwaway.sh</c>, which needs Debian's postgresql (CI installs it).
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed class DeadPostgresTests : IAsyncLifetime
{
    private const int ArticleCount = 120;
    private const string Initdb = "/usr/lib/postgresql/15/bin/initdb";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private SyntheticNewsSite _site = null!;

    private string ClusterDirectory => _temp.File("cluster");

    public async ValueTask InitializeAsync() => _site = await SyntheticNewsSite.StartAsync(ArticleCount, seed: 5);

    public async ValueTask DisposeAsync()
    {
        await ScriptAsync("stop");
        await _site.DisposeAsync();
        _temp.Dispose();
    }

    private async Task<string> ScriptAsync(string action)
    {
        var result = await CliRunner.RunExecutableAsync("bash", RepoPaths.Root,
            [Path.Combine(RepoPaths.Root, "scripts", "postgres-throwaway.sh"), action, ClusterDirectory]);
        result.ExitCode.ShouldBe(0, result.Errors);
        return result.Output.Trim();
    }

    [Fact]
    public async Task PostgresStoppedMidRun_WorkerRetriesAndTheRunCompletesWithEveryArticleOnce()
    {
        if (!File.Exists(Initdb))
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Fail($"CI is set but {Initdb} is missing: .ci/run installs postgresql");
            }
            Assert.Skip($"no {Initdb}: apt-get install postgresql (.ci/run does)");
        }
        // A database of the test user's own on the test's own cluster (the user owns no schema in "postgres").
        await using var database = await PostgresServer.CreateDatabaseAsync(await ScriptAsync("start"), Ct);
        var server = database.ConnectionString;
        var settings = new Dictionary<string, string>
        {
            ["FACTPIPELINE_Storage__Provider"] = "Postgres",
            ["FACTPIPELINE_Storage__ConnectionString"] = server,
            ["FACTPIPELINE_Fetching__AllowPrivateNetwork"] = "true",
            ["FACTPIPELINE_Fetching__PolitenessDelay"] = "00:00:00",
            ["FACTPIPELINE_Fetching__DefaultItemLimit"] = "100000",
            ["FACTPIPELINE_Jobs__PollInterval"] = "00:00:00.500",
            ["FACTPIPELINE_Jobs__InvisibilityTimeout"] = "00:00:10",
            ["FACTPIPELINE_Jobs__WorkerCount"] = "2",
            ["FACTPIPELINE_Report__OutputDirectory"] = _temp.File("out"),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = server,
        }).Build();
        // The test's view of the database; its pooled connections die with the server, so it takes a new one after.
        ServiceProvider Stores() => new ServiceCollection().AddFactPipeline(configuration).BuildServiceProvider();
        var watching = Stores();
        await using var worker = await WorkerProcess.Start(_temp.Path, settings, "--verbose").ReadyAsync(TimeSpan.FromMinutes(1), Ct);

        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var enqueue = CliRunner.RunExecutableAsync("dotnet", _temp.Path, [CliProgram.DllPath, "enqueue", _site.SitemapUrl, "--wait"], settings, giveUp.Token);
        // The program is killed however the test ends before it does: it must not outlive the test.
        try
        {
            var history = watching.GetRequiredService<IRunHistoryStore>();
            var watch = Stopwatch.StartNew();
            while ((await history.ListAsync(1, Ct)) is not [var run] || (await history.LoadItemsAsync(run.Id, Ct)).Count < ArticleCount / 4)
            {
                watch.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(2), worker.Output);
                await Task.Delay(100, Ct);
            }
            await watching.DisposeAsync();
            await ScriptAsync("pause");
            await Task.Delay(TimeSpan.FromSeconds(8), Ct);
            await ScriptAsync("resume");
            // Bounded, so a run that never completes fails with what the worker said instead of hanging the suite.
            try
            {
                await enqueue.WaitAsync(TimeSpan.FromMinutes(4), Ct);
            }
            catch (TimeoutException)
            {
                await using var after = Stores();
                var stuck = await after.GetRequiredService<IRunHistoryStore>().ListAsync(1, Ct);
                Assert.Fail($"the run did not complete: {stuck.FirstOrDefault()}\n{worker.Output[^Math.Min(worker.Output.Length, 20000)..]}");
            }
        }
        finally
        {
            await giveUp.CancelAsync();
        }
        var result = await enqueue;
        await using var stores = Stores();

        result.ExitCode.ShouldBe(0, result.Output + result.Errors + worker.Output);
        var runId = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
        var log = await stores.GetRequiredService<IRunHistoryStore>().LoadItemsAsync(runId, Ct);
        log.Select(item => item.Item).Distinct().Count().ShouldBe(ArticleCount);
        log.Count.ShouldBe(ArticleCount);
        (await stores.GetRequiredService<IFactStore>().CountAsync(Ct)).Articles.ShouldBe(ArticleCount);
        (await stores.GetRequiredService<IRunLedger>().CountFinalCompletionsAsync(runId, Ct)).ShouldBe(1);
        worker.HasExited.ShouldBeFalse("the worker rides out the outage");
        worker.Output.ShouldContain("Npgsql", Case.Sensitive, "the worker logs the lost connection");
    }
}
