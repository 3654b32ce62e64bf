using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Storage;

public sealed class SqliteRunLedgerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 19, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private SqliteRunLedger Ledger() => new(Options.Create(new StorageOptions { DatabasePath = _temp.File("facts.db") }));

    private static RunItem Done(string item, string origin = "feed", string worker = "w1", RunItemOutcome outcome = RunItemOutcome.Read) =>
        new(item, origin, outcome, outcome == RunItemOutcome.Failed ? "HTTP 404" : null, outcome == RunItemOutcome.Failed ? null : "article-" + item, worker, Now);

    private async Task<SqliteRunLedger> RunWithItemsAsync(string runId, params string[] items)
    {
        var ledger = Ledger();
        await ledger.BeginAsync(runId, RunTrigger.Enqueued, Now, Ct);
        await ledger.RegisterSourcesAsync(runId, ["feed"], Ct);
        await ledger.ExpandSourceAsync(runId, "feed", items, Ct);
        return ledger;
    }

    [Fact]
    public async Task CompleteItem_ManyWorkersFinishingAtOnce_ReadyForExactlyOne()
    {
        var items = Enumerable.Range(0, 60).Select(i => $"https://news.example/{i}").ToArray();
        await RunWithItemsAsync("run1", items);

        // Separate ledgers (connections) as separate workers would have, all finishing at once.
        var answers = await Task.WhenAll(items.Select(item => Task.Run(() => Ledger().CompleteItemAsync("run1", Done(item), Ct), Ct)));

        answers.Count(ready => ready).ShouldBe(1);
    }

    [Fact]
    public async Task CompleteItem_NotTheLast_IsNotReady()
    {
        var ledger = await RunWithItemsAsync("run1", "a", "b");

        (await ledger.CompleteItemAsync("run1", Done("a"), Ct)).ShouldBeFalse();
        (await ledger.CompleteItemAsync("run1", Done("b"), Ct)).ShouldBeTrue();
        (await ledger.CompleteItemAsync("run1", Done("b"), Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task CheckReady_SourceNotExpandedYet_IsNotReady()
    {
        var ledger = Ledger();
        await ledger.BeginAsync("run1", RunTrigger.Enqueued, Now, Ct);
        await ledger.RegisterSourcesAsync("run1", ["feed", "sitemap"], Ct);
        await ledger.ExpandSourceAsync("run1", "feed", ["a"], Ct);
        await ledger.CompleteItemAsync("run1", Done("a"), Ct);

        (await ledger.CheckReadyAsync("run1", Now, Ct)).ShouldBeFalse();
        await ledger.ExpandSourceAsync("run1", "sitemap", [], Ct);
        (await ledger.CheckReadyAsync("run1", Now, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task ExpandSource_Retried_ReturnsThePendingItemsAgainAndRegistersNothingTwice()
    {
        var ledger = await RunWithItemsAsync("run1", "a", "b", "c");
        await ledger.CompleteItemAsync("run1", Done("a"), Ct);

        var retried = await ledger.ExpandSourceAsync("run1", "feed", ["a", "b", "c", "d"], Ct);

        // The first expansion stands (d was not listed then); what it left pending comes back to be queued.
        retried.ShouldBe(["b", "c"]);
    }

    [Fact]
    public async Task ExpandSource_ItemListedByTwoSources_IsOneItem()
    {
        var ledger = Ledger();
        await ledger.BeginAsync("run1", RunTrigger.Enqueued, Now, Ct);
        await ledger.RegisterSourcesAsync("run1", ["feed", "sitemap"], Ct);

        var fromFeed = await ledger.ExpandSourceAsync("run1", "feed", ["a", "b"], Ct);
        var fromSitemap = await ledger.ExpandSourceAsync("run1", "sitemap", ["b", "c"], Ct);

        fromFeed.ShouldBe(["a", "b"]);
        fromSitemap.ShouldBe(["c"]);
    }

    [Fact]
    public async Task RecordItems_SameItemTwice_KeepsTheFirstRecord()
    {
        var ledger = await RunWithItemsAsync("run1", "a");

        await ledger.RecordItemsAsync("run1", [Done("a", worker: "first")], Ct);
        await ledger.RecordItemsAsync("run1", [Done("a", worker: "second", outcome: RunItemOutcome.Failed)], Ct);

        (await ledger.IsItemDoneAsync("run1", "a", Ct)).ShouldBeTrue();
        var pendingAgain = await ledger.ExpandSourceAsync("run1", "feed", ["a"], Ct);
        pendingAgain.ShouldBeEmpty();
    }

    [Fact]
    public async Task TryClaimFinal_HeldWithinItsLease_RefusedUntilTheLeaseRunsOut()
    {
        var ledger = await RunWithItemsAsync("run1", "a");
        var lease = TimeSpan.FromMinutes(10);

        (await ledger.TryClaimFinalAsync("run1", "w1", Now, lease, Ct)).ShouldBeTrue();
        (await ledger.TryClaimFinalAsync("run1", "w2", Now.AddMinutes(9), lease, Ct)).ShouldBeFalse();
        (await ledger.TryClaimFinalAsync("run1", "w2", Now.AddMinutes(11), lease, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task TryClaimFinal_AfterItCompleted_IsRefusedForGood()
    {
        var ledger = await RunWithItemsAsync("run1", "a");
        await ledger.TryClaimFinalAsync("run1", "w1", Now, TimeSpan.FromMinutes(1), Ct);
        await ledger.CompleteFinalAsync("run1", "w1", Now, Ct);

        (await ledger.TryClaimFinalAsync("run1", "w2", Now.AddDays(1), TimeSpan.FromMinutes(1), Ct)).ShouldBeFalse();
        (await ledger.CountFinalCompletionsAsync("run1", Ct)).ShouldBe(1);
        (await ledger.ListUnfinishedAsync(RunTrigger.Enqueued, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ReleaseFinal_AfterAFailure_LetsTheRetryClaimAtOnce()
    {
        var ledger = await RunWithItemsAsync("run1", "a");
        await ledger.TryClaimFinalAsync("run1", "w1", Now, TimeSpan.FromHours(1), Ct);

        await ledger.ReleaseFinalAsync("run1", Ct);

        (await ledger.TryClaimFinalAsync("run1", "w2", Now, TimeSpan.FromHours(1), Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task CompleteFinal_CalledTwice_CountsTwoSoADoubleRunShows()
    {
        var ledger = await RunWithItemsAsync("run1", "a");

        await ledger.CompleteFinalAsync("run1", "w1", Now, Ct);
        await ledger.CompleteFinalAsync("run1", "w2", Now, Ct);

        (await ledger.CountFinalCompletionsAsync("run1", Ct)).ShouldBe(2);
    }

    [Fact]
    public async Task ListReadyUnfinished_ReadyButNeverStarted_IsListedOnceOldEnough()
    {
        var ledger = await RunWithItemsAsync("run1", "a");
        await ledger.CompleteItemAsync("run1", Done("a"), Ct);

        (await ledger.ListReadyUnfinishedAsync(Now, Ct)).ShouldBeEmpty();
        (await ledger.ListReadyUnfinishedAsync(Now.AddMinutes(1), Ct)).ShouldBe(["run1"]);
        await ledger.TryClaimFinalAsync("run1", "w1", Now, TimeSpan.FromMinutes(5), Ct);
        (await ledger.ListReadyUnfinishedAsync(Now.AddMinutes(1), Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ListUnfinished_ByTrigger_OnlyThatTriggersRunsUnderWay()
    {
        var ledger = Ledger();
        await ledger.BeginAsync("nightly1", RunTrigger.Nightly, Now, Ct);
        await ledger.BeginAsync("manual1", RunTrigger.Manual, Now, Ct);
        await ledger.BeginAsync("nightly0", RunTrigger.Nightly, Now.AddDays(-1), Ct);
        await ledger.SetStatusAsync("nightly0", RunStatus.Completed, Now, cancellationToken: Ct);

        (await ledger.ListUnfinishedAsync(RunTrigger.Nightly, Ct)).ShouldBe(["nightly1"]);
    }
}
