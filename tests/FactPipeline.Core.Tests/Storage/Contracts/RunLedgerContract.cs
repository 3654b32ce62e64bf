using FactPipeline.Core.Runs;

namespace FactPipeline.Core.Tests.Storage.Contracts;

/// <summary>
/// The run ledger (fan-out bookkeeping, the processing log) and the host slots (politeness across workers): the same
/// behaviour on every provider, including under many concurrent connections, as many workers would open.
/// </summary>
public abstract class RunLedgerContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 19, 0, 0, TimeSpan.Zero);

    private static RunItem Done(string item, string origin = "feed", string worker = "w1", RunItemOutcome outcome = RunItemOutcome.Read) =>
        new(item, origin, outcome, outcome == RunItemOutcome.Failed ? "HTTP 404" : null, outcome == RunItemOutcome.Failed ? null : "article-" + item, worker, At);

    private async Task<IRunLedger> Ledger() => (await OpenAsync()).Ledger;

    private async Task<IRunLedger> RunWithItemsAsync(string runId, params string[] items)
    {
        var ledger = await Ledger();
        await ledger.InitializeAsync(Ct);
        await ledger.BeginAsync(runId, RunTrigger.Enqueued, At, Ct);
        await ledger.RegisterSourcesAsync(runId, ["feed"], Ct);
        await ledger.ExpandSourceAsync(runId, "feed", items, Ct);
        return ledger;
    }

    /// <summary>A run the fact store started (it gives the id): the history lists the runs the fact store knows.</summary>
    private static async Task<string> StartInFactStoreAsync(ContractStores stores)
    {
        await stores.Facts.InitializeAsync(Ct);
        await stores.Ledger.InitializeAsync(Ct);
        return (await stores.Facts.StartRunAsync(["feed"], At, Ct)).Id;
    }

    [Fact]
    public async Task CompleteItem_ManyWorkersFinishingAtOnce_ReadyForExactlyOne()
    {
        var items = Enumerable.Range(0, 60).Select(i => $"https://news.example/{i}").ToArray();
        var ledger = await RunWithItemsAsync("run1", items);

        // Separate connections as separate workers would have, all finishing at once.
        var answers = await Task.WhenAll(items.Select(item => Task.Run(() => ledger.CompleteItemAsync("run1", Done(item), Ct), Ct)));

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
        var ledger = await Ledger();
        await ledger.InitializeAsync(Ct);
        await ledger.BeginAsync("run1", RunTrigger.Enqueued, At, Ct);
        await ledger.RegisterSourcesAsync("run1", ["feed", "sitemap"], Ct);
        await ledger.ExpandSourceAsync("run1", "feed", ["a"], Ct);
        await ledger.CompleteItemAsync("run1", Done("a"), Ct);

        (await ledger.CheckReadyAsync("run1", At, Ct)).ShouldBeFalse();
        await ledger.ExpandSourceAsync("run1", "sitemap", [], Ct);
        (await ledger.CheckReadyAsync("run1", At, Ct)).ShouldBeTrue();
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
        var ledger = await Ledger();
        await ledger.InitializeAsync(Ct);
        await ledger.BeginAsync("run1", RunTrigger.Enqueued, At, Ct);
        await ledger.RegisterSourcesAsync("run1", ["feed", "sitemap"], Ct);

        var fromFeed = await ledger.ExpandSourceAsync("run1", "feed", ["a", "b"], Ct);
        var fromSitemap = await ledger.ExpandSourceAsync("run1", "sitemap", ["b", "c"], Ct);

        fromFeed.ShouldBe(["a", "b"]);
        fromSitemap.ShouldBe(["c"]);
    }

    [Fact]
    public async Task RecordItems_SameItemTwice_KeepsTheFirstRecord()
    {
        var stores = await OpenAsync();
        var ledger = await RunWithItemsAsync("run1", "a");

        await ledger.RecordItemsAsync("run1", [Done("a", worker: "first")], Ct);
        await ledger.RecordItemsAsync("run1", [Done("a", worker: "second", outcome: RunItemOutcome.Failed)], Ct);

        (await ledger.IsItemDoneAsync("run1", "a", Ct)).ShouldBeTrue();
        var pendingAgain = await ledger.ExpandSourceAsync("run1", "feed", ["a"], Ct);
        pendingAgain.ShouldBeEmpty();
        var logged = (await stores.History.LoadItemsAsync("run1", Ct)).ShouldHaveSingleItem();
        (logged.Outcome, logged.Worker, logged.ArticleId).ShouldBe((RunItemOutcome.Read, "first", "article-a"));
    }

    [Fact]
    public async Task RecordItems_ItemNeverRegisteredRecordedTwice_LogsItOnceAsFirstRecorded()
    {
        // A run that is not fanned out registers no pending items: its items are inserted as they finish, and a job
        // retried after its worker died records the same item again.
        var stores = await OpenAsync();
        await stores.Ledger.InitializeAsync(Ct);

        await stores.Ledger.RecordItemsAsync("run1", [Done("a", worker: "w1:10")], Ct);
        await stores.Ledger.RecordItemsAsync("run1", [Done("a", worker: "w2:20", outcome: RunItemOutcome.Failed) with { FinishedAt = At.AddMinutes(5) }], Ct);

        var logged = (await stores.History.LoadItemsAsync("run1", Ct)).ShouldHaveSingleItem();
        (logged.Item, logged.Outcome, logged.Worker, logged.FinishedAt, logged.ArticleId).ShouldBe(("a", RunItemOutcome.Read, "w1:10", At, "article-a"));
    }

    [Fact]
    public async Task RecordItems_PendingItem_IsCompletedUnderTheOriginItWasRegisteredWith()
    {
        var stores = await OpenAsync();
        await RunWithItemsAsync("run1", "https://news.example/a");

        // The worker reports the article as its own origin; the log keeps the feed that listed it.
        await stores.Ledger.RecordItemsAsync("run1", [Done("https://news.example/a", origin: "https://news.example/a", outcome: RunItemOutcome.Unchanged)], Ct);

        var logged = (await stores.History.LoadItemsAsync("run1", Ct)).ShouldHaveSingleItem();
        (logged.Origin, logged.Outcome, logged.Worker).ShouldBe(("feed", RunItemOutcome.Unchanged, "w1"));
    }

    [Fact]
    public async Task SetStatus_TotalsAndErrorOnlyWhenGiven_KeepsTheEarlierOnes()
    {
        var stores = await OpenAsync();
        var run = await StartInFactStoreAsync(stores);
        var totals = new RunTotals(4, 12, 4, 3, 1500, 0.0042m);
        await stores.Ledger.BeginAsync(run, RunTrigger.Enqueued, At, Ct);

        await stores.Ledger.SetStatusAsync(run, RunStatus.Finishing, At.AddMinutes(1), totals, cancellationToken: Ct);
        await stores.Ledger.SetStatusAsync(run, RunStatus.Failed, At.AddMinutes(2), error: "cross-check ran out of memory", cancellationToken: Ct);

        var summary = (await stores.History.FindAsync(run, Ct)).ShouldNotBeNull().Summary;
        (summary.Trigger, summary.Status, summary.Totals, summary.Error).ShouldBe((RunTrigger.Enqueued, RunStatus.Failed, totals, "cross-check ran out of memory"));
        summary.FinishedAt.ShouldBe(At.AddMinutes(2), "a failed run ends when its status was set: the fact store never completed it");
    }

    [Fact]
    public async Task SetStatus_RunNobodyMarked_IsManual()
    {
        var stores = await OpenAsync();
        var run = await StartInFactStoreAsync(stores);

        await stores.Ledger.SetStatusAsync(run, RunStatus.Running, At, cancellationToken: Ct);

        var summary = (await stores.History.FindAsync(run, Ct)).ShouldNotBeNull().Summary;
        (summary.Trigger, summary.Status).ShouldBe((RunTrigger.Manual, RunStatus.Running));
    }

    [Fact]
    public async Task TryClaimFinal_HeldWithinItsLease_RefusedUntilTheLeaseRunsOut()
    {
        var ledger = await RunWithItemsAsync("run1", "a");
        var lease = TimeSpan.FromMinutes(10);

        (await ledger.TryClaimFinalAsync("run1", "w1", At, lease, Ct)).ShouldBeTrue();
        (await ledger.TryClaimFinalAsync("run1", "w2", At.AddMinutes(9), lease, Ct)).ShouldBeFalse();
        (await ledger.TryClaimFinalAsync("run1", "w2", At.AddMinutes(11), lease, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task TryClaimFinal_AfterItCompleted_IsRefusedForGood()
    {
        var ledger = await RunWithItemsAsync("run1", "a");
        await ledger.TryClaimFinalAsync("run1", "w1", At, TimeSpan.FromMinutes(1), Ct);
        await ledger.CompleteFinalAsync("run1", "w1", At, Ct);

        (await ledger.TryClaimFinalAsync("run1", "w2", At.AddDays(1), TimeSpan.FromMinutes(1), Ct)).ShouldBeFalse();
        (await ledger.CountFinalCompletionsAsync("run1", Ct)).ShouldBe(1);
        (await ledger.ListUnfinishedAsync(RunTrigger.Enqueued, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ReleaseFinal_AfterAFailure_LetsTheRetryClaimAtOnce()
    {
        var ledger = await RunWithItemsAsync("run1", "a");
        await ledger.TryClaimFinalAsync("run1", "w1", At, TimeSpan.FromHours(1), Ct);

        await ledger.ReleaseFinalAsync("run1", Ct);

        (await ledger.TryClaimFinalAsync("run1", "w2", At, TimeSpan.FromHours(1), Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task CompleteFinal_CalledTwice_CountsTwoSoADoubleRunShows()
    {
        var ledger = await RunWithItemsAsync("run1", "a");

        await ledger.CompleteFinalAsync("run1", "w1", At, Ct);
        await ledger.CompleteFinalAsync("run1", "w2", At, Ct);

        (await ledger.CountFinalCompletionsAsync("run1", Ct)).ShouldBe(2);
    }

    [Fact]
    public async Task ListReadyUnfinished_ReadyButNeverStarted_IsListedOnceOldEnough()
    {
        var ledger = await RunWithItemsAsync("run1", "a");
        await ledger.CompleteItemAsync("run1", Done("a"), Ct);

        (await ledger.ListReadyUnfinishedAsync(At, Ct)).ShouldBeEmpty();
        (await ledger.ListReadyUnfinishedAsync(At.AddMinutes(1), Ct)).ShouldBe(["run1"]);
        await ledger.TryClaimFinalAsync("run1", "w1", At, TimeSpan.FromMinutes(5), Ct);
        (await ledger.ListReadyUnfinishedAsync(At.AddMinutes(1), Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ListStalled_NoItemFinishedSinceIdle_ListsThePendingSourcesAndItems()
    {
        var ledger = await Ledger();
        await ledger.InitializeAsync(Ct);
        await ledger.BeginAsync("run1", RunTrigger.Enqueued, At, Ct);
        await ledger.RegisterSourcesAsync("run1", ["feed", "sitemap"], Ct);
        await ledger.ExpandSourceAsync("run1", "feed", ["a", "b", "c"], Ct);
        await ledger.CompleteItemAsync("run1", Done("a") with { FinishedAt = At.AddMinutes(10) }, Ct);

        (await ledger.ListStalledAsync(At.AddMinutes(10), Ct)).ShouldBeEmpty("an item finished at the idle mark: the run moves");
        var stalled = await ledger.ListStalledAsync(At.AddMinutes(11), Ct);

        stalled.OrderBy(w => w.Origin, StringComparer.Ordinal).ThenBy(w => w.Item, StringComparer.Ordinal).ShouldBe(
            [new StalledWork("run1", "feed", "b"), new StalledWork("run1", "feed", "c"), new StalledWork("run1", "sitemap", null)]);
    }

    [Fact]
    public async Task ListStalled_RunStartedAfterIdle_ListsNothingUntilItIsIdleItself()
    {
        var ledger = await RunWithItemsAsync("run1", "a");

        (await ledger.ListStalledAsync(At, Ct)).ShouldBeEmpty();
        (await ledger.ListStalledAsync(At.AddMinutes(1), Ct)).ShouldBe([new StalledWork("run1", "feed", "a")]);
    }

    [Fact]
    public async Task ListStalled_ReadyFailedOrCompletedRuns_ListNothing()
    {
        var ledger = await RunWithItemsAsync("ready", "a");
        await ledger.CompleteItemAsync("ready", Done("a"), Ct);
        await ledger.BeginAsync("failed", RunTrigger.Enqueued, At, Ct);
        await ledger.RegisterSourcesAsync("failed", ["feed"], Ct);
        await ledger.ExpandSourceAsync("failed", "feed", ["b"], Ct);
        await ledger.SetStatusAsync("failed", RunStatus.Failed, At, error: "gave up", cancellationToken: Ct);

        (await ledger.ListStalledAsync(At.AddDays(1), Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ListUnfinished_ByTrigger_OnlyThatTriggersRunsUnderWay()
    {
        var ledger = await Ledger();
        await ledger.InitializeAsync(Ct);
        await ledger.BeginAsync("nightly1", RunTrigger.Nightly, At, Ct);
        await ledger.BeginAsync("manual1", RunTrigger.Manual, At, Ct);
        await ledger.BeginAsync("nightly0", RunTrigger.Nightly, At.AddDays(-1), Ct);
        await ledger.SetStatusAsync("nightly0", RunStatus.Completed, At, cancellationToken: Ct);

        (await ledger.ListUnfinishedAsync(RunTrigger.Nightly, Ct)).ShouldBe(["nightly1"]);
    }

    [Fact]
    public async Task HostSlots_Reserve_ManyWorkersAtOnce_StartsAreOneGapApart()
    {
        var gap = TimeSpan.FromSeconds(2);
        var slots = (await OpenAsync()).HostSlots;

        // Twenty workers (their own connections) asking at the same instant.
        var starts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => slots.ReserveAsync("https://news.example", At, gap, Ct), Ct)));

        starts.Order().ShouldBe(Enumerable.Range(0, 20).Select(i => At + gap * i));
    }

    [Fact]
    public async Task HostSlots_Reserve_AfterTheLastGapPassed_StartsAt()
    {
        var store = (await OpenAsync()).HostSlots;
        await store.ReserveAsync("https://news.example", At, TimeSpan.FromSeconds(1), Ct);

        (await store.ReserveAsync("https://news.example", At.AddMinutes(1), TimeSpan.FromSeconds(1), Ct)).ShouldBe(At.AddMinutes(1));
    }

    [Fact]
    public async Task HostSlots_Reserve_OtherHost_DoesNotWait()
    {
        var store = (await OpenAsync()).HostSlots;
        await store.ReserveAsync("https://a.example", At, TimeSpan.FromSeconds(5), Ct);

        (await store.ReserveAsync("https://b.example", At, TimeSpan.FromSeconds(5), Ct)).ShouldBe(At);
    }
}

public sealed class SqliteRunLedgerContractTests() : RunLedgerContract(new SqliteBackend());

public sealed class PostgresRunLedgerContractTests(PostgresContractFixture fixture)
    : RunLedgerContract(new PostgresBackend(fixture)), IClassFixture<PostgresContractFixture>;
