using FactPipeline.Core.Review;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Tests.TestSupport;
using static FactPipeline.Core.Tests.TestSupport.RunHistorySeed;

namespace FactPipeline.Core.Tests.Storage.Contracts;

/// <summary>
/// The run history as <c>runs list/show</c> and the desk's <c>/runs</c> read it (<see cref="IRunHistoryStore"/>): runs
/// newest first with their totals, per-source stats, diffs and the processing log, the same on every provider. Most
/// tests read the two runs of <see cref="RunHistorySeed"/>, written through the stores' interfaces.
/// </summary>
public abstract class RunHistoryContract(IStoreBackend backend) : StoreContract(backend)
{
    private async Task<(ContractStores Stores, Seeded Seeded)> SeededAsync()
    {
        var stores = await OpenAsync();
        return (stores, await SeedAsync(stores.Facts, stores.Ledger, stores.Review, Ct));
    }

    private static async Task<string> StartAsync(ContractStores stores, string input, DateTimeOffset at)
    {
        await stores.Facts.InitializeAsync(Ct);
        return (await stores.Facts.StartRunAsync([input], at, Ct)).Id;
    }

    [Fact]
    public async Task List_NewestFirstWithTotalsItemCountsAndDiffCounts_UpToTheLimit()
    {
        var (stores, seeded) = await SeededAsync();
        var third = await StartAsync(stores, C, Tuesday.AddDays(1));

        var runs = await stores.History.ListAsync(2, Ct);
        var all = await stores.History.ListAsync(10, Ct);

        runs.Select(r => r.Id).ShouldBe([third, seeded.Second]);
        all.Select(r => r.Id).ShouldBe([third, seeded.Second, seeded.First]);
        var monday = all[2];
        (monday.Trigger, monday.Status, monday.StartedAt, monday.FinishedAt).ShouldBe((RunTrigger.Nightly, RunStatus.Completed, Monday, Monday.AddMinutes(10)));
        (monday.Totals, monday.Items, monday.Failed).ShouldBe((MondayTotals, 5, 1));
        monday.Diff.ShouldBe(new RunDiffCounts(New: 4, Resolved: 0, Changed: 0, Reopened: 0, Corrections: 0));
        var tuesday = runs[1];
        (tuesday.Trigger, tuesday.Status, tuesday.Totals, tuesday.Items, tuesday.Failed)
            .ShouldBe((RunTrigger.Manual, RunStatus.Completed, new RunTotals(2, 9, 3, 0, 0, 0m), 4, 0));
        tuesday.Diff.ShouldBe(new RunDiffCounts(New: 1, Resolved: 2, Changed: 1, Reopened: 1, Corrections: 0));
        // The third run was only started in the fact store: no status row, no totals, nothing in its diff.
        (runs[0].Status, runs[0].Items, runs[0].Diff).ShouldBe((RunStatus.Running, 0, RunDiffCounts.Zero));
    }

    [Fact]
    public async Task List_RunsMadeBeforeTheHistoryTables_ReadCompletedWhenFinishedElseRunning()
    {
        // Runs the fact store started before the history existed (SQLite: an older file; PostgreSQL: rows from before
        // migration 0003) have no status row; the ledger never saw them. Starting runs in the fact store alone makes them.
        var stores = await OpenAsync();
        var finished = await StartAsync(stores, A, Monday);
        await stores.Facts.CompleteRunAsync(finished, [], Monday.AddMinutes(3), Ct);
        var unfinished = await StartAsync(stores, B, Tuesday);

        var runs = await stores.History.ListAsync(10, Ct);

        runs.Select(r => (r.Id, r.Trigger, r.Status, r.FinishedAt)).ShouldBe(
            [(unfinished, RunTrigger.Manual, RunStatus.Running, (DateTimeOffset?)null), (finished, RunTrigger.Manual, RunStatus.Completed, Monday.AddMinutes(3))]);
    }

    [Fact]
    public async Task Find_PerSourceStats_FoundFetchedUnchangedFailedWithReasons()
    {
        var (stores, seeded) = await SeededAsync();

        var monday = (await stores.History.FindAsync(seeded.First, Ct)).ShouldNotBeNull();
        var tuesday = (await stores.History.FindAsync(seeded.Second, Ct)).ShouldNotBeNull();

        monday.Inputs.ShouldBe([Feed, D]);
        monday.Sources.Select(s => (s.Origin, s.Found, s.Fetched, s.Unchanged, s.Failed))
            .ShouldBe([(D, 1, 1, 0, 0), (Feed, 4, 3, 0, 1)], "origins in code-point order: https://d... before https://f...");
        monday.Sources[0].Failures.ShouldBeEmpty();
        monday.Sources[1].Failures.ShouldBe([new Core.Model.InputProblem(Gone, "HTTP 404")]);
        tuesday.Sources.Select(s => (s.Origin, s.Found, s.Fetched, s.Unchanged, s.Failed)).ShouldBe([(D, 1, 0, 1, 0), (Feed, 3, 2, 1, 0)]);
        tuesday.Sources.ShouldAllBe(s => s.Failures.Count == 0);
    }

    [Fact]
    public async Task Find_RunWithItemsStillPending_CountsThemFoundNotFetched()
    {
        // A fanned-out run under way: its feed expanded into three items no worker has finished, so every item's outcome
        // is NULL. SQLite summed outcome = 'read' over them, got NULL and threw reading it, until 7d2b767 counted with FILTER.
        var stores = await OpenAsync();
        var run = await StartAsync(stores, Feed, Monday);
        await stores.Ledger.BeginAsync(run, RunTrigger.Enqueued, Monday, Ct);
        await stores.Ledger.RegisterSourcesAsync(run, [Feed], Ct);
        await stores.Ledger.ExpandSourceAsync(run, Feed, [A, B, C], Ct);

        var found = (await stores.History.FindAsync(run, Ct)).ShouldNotBeNull();

        var source = found.Sources.ShouldHaveSingleItem();
        (source.Origin, source.Found, source.Fetched, source.Unchanged, source.Failed).ShouldBe((Feed, 3, 0, 0, 0));
        source.Failures.ShouldBeEmpty();
        found.Summary.Status.ShouldBe(RunStatus.Running);
        (await stores.History.LoadItemsAsync(run, Ct)).ShouldBeEmpty("pending items have no outcome yet: the log is of what finished");
    }

    [Fact]
    public async Task Find_Diff_FromTheEventsTheRunsTrackingWrote()
    {
        var (stores, seeded) = await SeededAsync();

        var monday = (await stores.History.FindAsync(seeded.First, Ct)).ShouldNotBeNull().Diff;
        var tuesday = (await stores.History.FindAsync(seeded.Second, Ct)).ShouldNotBeNull().Diff;

        monday.New.Select(e => e.FindingId).ShouldBe([Budget, Debt, Rates, Staff], "conflicts first, then minor, by id");
        monday.New[0].Changes.ShouldBe([new FigureChange(A, null, "10 triliun won"), new FigureChange(B, null, "10,1 triliun won")]);
        (monday.Resolved.Count + monday.Changed.Count + monday.Reopened.Count + monday.Corrections.Count).ShouldBe(0);

        tuesday.New.Select(e => (e.FindingId, e.Severity, e.Topic)).ShouldBe([(Exports, "conflict", "exports (topic)")]);
        var changed = tuesday.Changed.ShouldHaveSingleItem();
        (changed.FindingId, changed.Status).ShouldBe((Budget, ReviewStatus.Open));
        changed.Changes.ShouldBe([new FigureChange(B, "10,1 triliun won", "12 triliun won")]);
        changed.Outlets.ShouldBe(["alpha.example", "beta.example"]);
        var reopened = tuesday.Reopened.ShouldHaveSingleItem();
        (reopened.FindingId, reopened.Severity, reopened.Status).ShouldBe((Staff, "minor", ReviewStatus.Open));
        reopened.Changes.ShouldBe([new FigureChange(C, "320 orang", "330 orang")]);
        tuesday.Resolved.Select(e => (e.FindingId, e.Status)).ShouldBe([(Debt, ReviewStatus.ResolvedBySource), (Rates, ReviewStatus.Open)]);
        tuesday.Resolved[0].Changes.ShouldBe([new FigureChange(C, "45%", null)]);
        tuesday.Corrections.ShouldBeEmpty();
    }

    [Fact]
    public async Task Find_UnknownRun_IsNull()
    {
        var stores = await OpenAsync();
        await StartAsync(stores, Feed, Monday);

        (await stores.History.FindAsync("no-such-run", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task LoadItems_InTheOrderTheyFinished()
    {
        var stores = await OpenAsync();
        var run = await StartAsync(stores, Feed, Monday);

        await stores.Ledger.RecordItemsAsync(run, [Item(B, Feed, RunItemOutcome.Read, Monday.AddSeconds(2)), Item(A, Feed, RunItemOutcome.Read, Monday.AddSeconds(1))], Ct);
        await stores.Ledger.RecordItemsAsync(run, [Item(C, Feed, RunItemOutcome.Failed, Monday.AddSeconds(3), "HTTP 500")], Ct);

        (await stores.History.LoadItemsAsync(run, Ct)).Select(i => (i.Item, i.Reason)).ShouldBe([(A, null), (B, null), (C, "HTTP 500")]);
    }

    [Fact]
    public async Task FindPreviousCompleted_SkipsFailedAndUnfinishedRunsAndLaterOnes()
    {
        var (stores, seeded) = await SeededAsync();
        var failed = await StartAsync(stores, A, Tuesday.AddHours(1));
        await stores.Ledger.SetStatusAsync(failed, RunStatus.Failed, Tuesday.AddHours(2), error: "disk full", cancellationToken: Ct);
        await StartAsync(stores, B, Tuesday.AddHours(3));
        var latest = await StartAsync(stores, C, Tuesday.AddHours(4));

        (await stores.History.FindPreviousCompletedAsync(latest, Ct)).ShouldNotBeNull().Id.ShouldBe(seeded.Second);
        (await stores.History.FindPreviousCompletedAsync(seeded.Second, Ct)).ShouldNotBeNull().Id.ShouldBe(seeded.First);
        (await stores.History.FindPreviousCompletedAsync(seeded.First, Ct)).ShouldBeNull();
    }
}

public sealed class SqliteRunHistoryContractTests() : RunHistoryContract(new SqliteBackend());

public sealed class PostgresRunHistoryContractTests(PostgresContractFixture fixture)
    : RunHistoryContract(new PostgresBackend(fixture)), IClassFixture<PostgresContractFixture>;
