using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>
/// A run as jobs, called the way a job engine would (in any order, some twice), without one: the results must be those
/// of a run in one process.
/// </summary>
public sealed class FannedOutRunTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly PipelineHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private FannedOutRun Run => _harness.Get<FannedOutRun>();

    private IRunLedger Ledger => _harness.Get<IRunLedger>();

    /// <summary>Every job of a run: expansions, then the items in reverse order (as a second worker might take them), each twice.</summary>
    private async Task<(string RunId, int ReadyCount)> RunAllJobsAsync(params string[] inputs)
    {
        var started = await Run.StartAsync(inputs, RunTrigger.Enqueued, Ct);
        var ready = 0;
        var items = new List<(string Item, string Origin)>();
        foreach (var origin in started.Origins)
        {
            var expanded = await Run.ExpandAsync(started.RunId, origin, Ct);
            ready += expanded.Ready ? 1 : 0;
            items.AddRange(expanded.Pending.Select(item => (item, origin)));
        }
        foreach (var (item, origin) in Enumerable.Reverse(items).Concat(items))
        {
            ready += await Run.ProcessAsync(started.RunId, item, origin, Ct) ? 1 : 0;
        }
        return (started.RunId, ready);
    }

    [Fact]
    public async Task Jobs_OverTheSamples_GiveTheFindingsOfAOneProcessRun()
    {
        using var single = new PipelineHarness();
        var expected = await single.RunAsync(RepoPaths.Samples);

        var (runId, ready) = await RunAllJobsAsync(RepoPaths.Samples);
        var finished = await Run.FinishAsync(runId, TimeSpan.FromMinutes(5), Ct);

        ready.ShouldBe(1);
        finished.ShouldNotBeNull();
        finished.Report.Findings.Select(f => (f.Id, f.Severity, f.DifferencePercent))
            .ShouldBe(expected.Report.Findings.Select(f => (f.Id, f.Severity, f.DifferencePercent)));
        finished.Report.Claims.Count.ShouldBe(expected.Report.Claims.Count);
    }

    [Fact]
    public async Task Process_EachItemTwice_StoresEachArticleOnceAndLogsItOnce()
    {
        var (runId, _) = await RunAllJobsAsync(RepoPaths.Samples);

        var counts = await _harness.Store.CountAsync(Ct);
        var files = Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories)
            .Count(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal));
        counts.Articles.ShouldBe(files);
        (await _harness.Store.LoadRunArticlesAsync(runId, Ct)).Count.ShouldBe(files);
    }

    [Fact]
    public async Task Finish_CalledAgainAfterItCompleted_DoesNotRunAgain()
    {
        var (runId, _) = await RunAllJobsAsync(RepoPaths.Samples);

        var first = await Run.FinishAsync(runId, TimeSpan.FromMinutes(5), Ct);
        var second = await Run.FinishAsync(runId, TimeSpan.FromMinutes(5), Ct);

        first.ShouldNotBeNull();
        second.ShouldBeNull();
        (await Ledger.CountFinalCompletionsAsync(runId, Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Finish_WhileAnotherWorkerHoldsIt_ThrowsBusySoTheJobIsRetried()
    {
        var (runId, _) = await RunAllJobsAsync(RepoPaths.Samples);
        (await Ledger.TryClaimFinalAsync(runId, "another:1", _harness.Time.GetUtcNow(), TimeSpan.FromMinutes(30), Ct)).ShouldBeTrue();

        await Should.ThrowAsync<FinalStepBusyException>(() => Run.FinishAsync(runId, TimeSpan.FromMinutes(30), Ct));
        (await Ledger.CountFinalCompletionsAsync(runId, Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task Expand_FolderThatDoesNotExist_RecordsTheProblemAndTheRunIsReady()
    {
        var missing = _harness.Temp.File("no-such-folder/article.txt");
        var started = await Run.StartAsync([missing], RunTrigger.Enqueued, Ct);

        var expanded = await Run.ExpandAsync(started.RunId, missing, Ct);
        var ready = false;
        foreach (var item in expanded.Pending)
        {
            ready |= await Run.ProcessAsync(started.RunId, item, missing, Ct);
        }

        ready.ShouldBeTrue();
        var finished = await Run.FinishAsync(started.RunId, TimeSpan.FromMinutes(5), Ct);
        finished!.Report.Problems.ShouldHaveSingleItem().Source.ShouldBe(missing);
    }

    [Fact]
    public async Task Expand_PageAnswering404_StoredAsGoneForTheFinalStepAndLoggedFailed()
    {
        using var harness = new PipelineHarness(settings: new Dictionary<string, string?>
        {
            ["Fetching:AllowPrivateNetwork"] = "true",
            ["Fetching:PolitenessDelay"] = "00:00:00",
        });
        await using var server = await TestNewsServer.StartAsync(harness.Temp.Path);
        var page = server.Url("/no-such-page.html");
        var run = harness.Get<FannedOutRun>();
        var started = await run.StartAsync([page], RunTrigger.Enqueued, Ct);

        var expanded = await run.ExpandAsync(started.RunId, page, Ct);

        expanded.Pending.ShouldBeEmpty();
        expanded.Ready.ShouldBeTrue();
        // Where a one-process run keeps it too: the final step resolves the findings citing a gone page from there.
        var problem = (await harness.Store.LoadProblemsAsync(started.RunId, Ct)).ShouldHaveSingleItem();
        (problem.Source, problem.Reason, problem.Gone).ShouldBe((page, "HTTP 404", true));
        var logged = (await harness.Get<IRunHistoryStore>().LoadItemsAsync(started.RunId, Ct)).ShouldHaveSingleItem();
        (logged.Item, logged.Origin, logged.Outcome, logged.Reason).ShouldBe((page, page, RunItemOutcome.Failed, "HTTP 404"));
    }
}
