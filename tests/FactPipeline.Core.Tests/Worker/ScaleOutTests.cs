using System.Text.Json;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.Storage.Contracts;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Worker;

/// <summary>
/// Real processes over a real PostgreSQL (the scaled-out setup): two <c>worker</c>s and an <c>enqueue</c> over a
/// generated site of 500 articles on 127.0.0.1, against a run of the same site in one process on SQLite. Slow (a
/// minute or two each); CI runs them on the cluster <c>.ci/run</c> starts.
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed class ScaleOutTests(PostgresContractFixture postgres) : IAsyncLifetime, IClassFixture<PostgresContractFixture>
{
    private const int ArticleCount = 500;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private SyntheticNewsSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await SyntheticNewsSite.StartAsync(ArticleCount, seed: 7);

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _temp.Dispose();
    }

    private Task<Dictionary<string, string>> PostgresSettingsAsync() => WorkerDeployment.PostgresSettingsAsync(postgres, _temp.File("out"), Ct);

    private static ServiceProvider Stores(Dictionary<string, string> settings) => WorkerDeployment.Stores(settings);

    private Dictionary<string, string> Settings(string database) => WorkerDeployment.Settings(database, _temp.File("out"));

    private async Task<IReadOnlyList<(string Id, string Severity)>> OneProcessFindingsAsync()
    {
        var output = _temp.File("single-out");
        var result = await CliRunner.RunExecutableAsync("dotnet", _temp.Path,
            [CliProgram.DllPath, "run", _site.SitemapUrl, "--out", output], Settings(_temp.File("single.db")), Ct);
        result.ExitCode.ShouldBe(0, result.Errors);
        return await FindingsAsync(Path.Combine(output, "report.json"));
    }

    private static async Task<IReadOnlyList<(string Id, string Severity)>> FindingsAsync(string reportPath)
    {
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath, Ct));
        return report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("severity").GetString()!)).ToArray();
    }

    private async Task<string> EnqueueAndWaitAsync(Dictionary<string, string> settings)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(6));
        var result = await CliRunner.RunExecutableAsync("dotnet", _temp.Path, [CliProgram.DllPath, "enqueue", _site.SitemapUrl, "--wait"], settings, timeout.Token);
        result.ExitCode.ShouldBe(0, result.Errors + result.Output);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[^1].ShouldEndWith(": completed");
        return lines[0].Trim();
    }

    [Fact]
    public async Task TwoWorkers_GeneratedSite_EveryArticleOnceAndTheOneProcessFindings()
    {
        var expected = await OneProcessFindingsAsync();
        var settings = await PostgresSettingsAsync();
        // One after the other, as machines come up: the first prepares Hangfire's schema.
        await using var first = await WorkerProcess.Start(_temp.Path, settings).ReadyAsync(TimeSpan.FromMinutes(1), Ct);
        await using var second = await WorkerProcess.Start(_temp.Path, settings).ReadyAsync(TimeSpan.FromMinutes(1), Ct);

        var runId = await EnqueueAndWaitAsync(settings);

        await using var stores = Stores(settings);
        var log = await stores.GetRequiredService<IRunHistoryStore>().LoadItemsAsync(runId, Ct);
        log.Count.ShouldBe(ArticleCount, first.Output + second.Output);
        log.Select(item => item.Item).Distinct().Count().ShouldBe(ArticleCount);
        log.ShouldAllBe(item => item.Outcome == RunItemOutcome.Read);
        log.Select(item => item.Worker).Distinct().Count().ShouldBe(2, "both workers did some of the articles");
        (await stores.GetRequiredService<IFactStore>().CountAsync(Ct)).Articles.ShouldBe(ArticleCount);
        (await stores.GetRequiredService<IRunLedger>().CountFinalCompletionsAsync(runId, Ct)).ShouldBe(1);
        expected.ShouldNotBeEmpty();
        (await FindingsAsync(_temp.File($"out/runs/{runId}/report.json"))).ShouldBe(expected);
    }

    [Fact]
    public async Task WorkerKilledHalfway_RunCompletesWithTheSameFindingsAndNothingTwice()
    {
        var expected = await OneProcessFindingsAsync();
        using var single = Stores(Settings(_temp.File("single.db")));
        var expectedCounts = await single.GetRequiredService<IFactStore>().CountAsync(Ct);
        var settings = await PostgresSettingsAsync();
        await using var stores = Stores(settings);
        await using var victim = await WorkerProcess.Start(_temp.Path, settings).ReadyAsync(TimeSpan.FromMinutes(1), Ct);
        await using var survivor = await WorkerProcess.Start(_temp.Path, settings).ReadyAsync(TimeSpan.FromMinutes(1), Ct);

        var enqueue = EnqueueAndWaitAsync(settings);
        // Halfway: once a third of the articles are logged, the victim is mid-run with jobs in hand.
        while (await DoneAsync(stores) < ArticleCount / 3)
        {
            enqueue.IsCompleted.ShouldBeFalse("the run finished before the kill");
            await Task.Delay(100, Ct);
        }
        await victim.KillAsync();
        var runId = await enqueue.WaitAsync(TimeSpan.FromMinutes(4), Ct).ContinueWith(
            t => t.IsCompletedSuccessfully ? t.Result : throw new TimeoutException("the run did not complete after the kill:\n" + survivor.Output[^Math.Min(20_000, survivor.Output.Length)..], t.Exception), Ct);

        var log = await stores.GetRequiredService<IRunHistoryStore>().LoadItemsAsync(runId, Ct);
        log.Count.ShouldBe(ArticleCount, survivor.Output);
        log.Select(item => item.Item).Distinct().Count().ShouldBe(ArticleCount);
        var counts = await stores.GetRequiredService<IFactStore>().CountAsync(Ct);
        (counts.Articles, counts.Claims).ShouldBe((expectedCounts.Articles, expectedCounts.Claims));
        (await stores.GetRequiredService<IRunLedger>().CountFinalCompletionsAsync(runId, Ct)).ShouldBe(1);
        (await FindingsAsync(_temp.File($"out/runs/{runId}/report.json"))).ShouldBe(expected);
    }

    /// <summary>Items done in the newest run so far (none before the run starts).</summary>
    private static async Task<int> DoneAsync(ServiceProvider stores)
    {
        var history = stores.GetRequiredService<IRunHistoryStore>();
        return (await history.ListAsync(1, Ct)) is [var run] ? (await history.LoadItemsAsync(run.Id, Ct)).Count : 0;
    }
}
