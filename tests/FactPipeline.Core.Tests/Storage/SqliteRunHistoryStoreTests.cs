using FactPipeline.Core.Review;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;
using static FactPipeline.Core.Tests.TestSupport.RunHistorySeed;

namespace FactPipeline.Core.Tests.Storage;

/// <summary>The run history over a temp SQLite file: the processing log, statuses and totals, per-source stats, diffs.</summary>
public sealed class SqliteRunHistoryStoreTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private readonly SqliteFactStore _facts;
    private readonly SqliteRunHistoryStore _history;
    private readonly SqliteRunLedger _ledger;

    public SqliteRunHistoryStoreTests()
    {
        var options = Options.Create(new StorageOptions { DatabasePath = _temp.File("runs.db") });
        _facts = new SqliteFactStore(options);
        _history = new SqliteRunHistoryStore(options);
        _ledger = new SqliteRunLedger(options);
    }

    public void Dispose() => _temp.Dispose();

    private async Task<string> StartAsync(string input, DateTimeOffset at)
    {
        await _facts.InitializeAsync(Ct);
        return (await _facts.StartRunAsync([input], at, Ct)).Id;
    }

    [Fact]
    public async Task RecordItems_SameItemTwice_LogsItOnceAsFirstRecorded()
    {
        var run = await StartAsync(Feed, Monday);

        await _ledger.RecordItemsAsync(run, [Item(A, Feed, RunItemOutcome.Read, Monday, worker: "w1:10")], Ct);
        await _ledger.RecordItemsAsync(run, [Item(A, Feed, RunItemOutcome.Failed, Monday.AddMinutes(5), "timeout", worker: "w2:20")], Ct);

        var logged = (await _history.LoadItemsAsync(run, Ct)).ShouldHaveSingleItem();
        (logged.Item, logged.Outcome, logged.Worker, logged.FinishedAt, logged.ArticleId).ShouldBe((A, RunItemOutcome.Read, "w1:10", Monday, "article-alpha.example"));
    }

    [Fact]
    public async Task RecordItems_PendingItem_IsCompletedUnderTheOriginItWasRegisteredWith()
    {
        var run = await StartAsync(Feed, Monday);
        await _history.InitializeAsync(Ct);
        // The ledger (IRunLedger, written elsewhere) registers an expanded feed's items as pending rows like this one.
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temp.File("runs.db")}"))
        {
            await connection.OpenAsync(Ct);
            await using var register = connection.CreateCommand();
            register.CommandText = "INSERT INTO run_items (run_id, item, origin, state) VALUES (@run, @item, @origin, 'pending')";
            register.Parameters.AddWithValue("@run", run);
            register.Parameters.AddWithValue("@item", A);
            register.Parameters.AddWithValue("@origin", Feed);
            await register.ExecuteNonQueryAsync(Ct);
        }

        await _ledger.RecordItemsAsync(run, [Item(A, A, RunItemOutcome.Unchanged, Monday.AddMinutes(1), worker: "w1:10")], Ct);

        var logged = (await _history.LoadItemsAsync(run, Ct)).ShouldHaveSingleItem();
        (logged.Origin, logged.Outcome, logged.Worker).ShouldBe((Feed, RunItemOutcome.Unchanged, "w1:10"));
    }

    [Fact]
    public async Task LoadItems_InTheOrderTheyFinished()
    {
        var run = await StartAsync(Feed, Monday);

        await _ledger.RecordItemsAsync(run, [Item(B, Feed, RunItemOutcome.Read, Monday.AddSeconds(2)), Item(A, Feed, RunItemOutcome.Read, Monday.AddSeconds(1))], Ct);
        await _ledger.RecordItemsAsync(run, [Item(C, Feed, RunItemOutcome.Failed, Monday.AddSeconds(3), "HTTP 500")], Ct);

        (await _history.LoadItemsAsync(run, Ct)).Select(i => (i.Item, i.Reason)).ShouldBe([(A, null), (B, null), (C, "HTTP 500")]);
    }

    [Fact]
    public async Task SetStatus_TotalsAndErrorOnlyWhenGiven_KeepsTheEarlierOnes()
    {
        var run = await StartAsync(Feed, Monday);
        await _ledger.BeginAsync(run, RunTrigger.Enqueued, Monday, Ct);

        await _ledger.SetStatusAsync(run, RunStatus.Finishing, Monday.AddMinutes(1), MondayTotals, cancellationToken: Ct);
        await _ledger.SetStatusAsync(run, RunStatus.Failed, Monday.AddMinutes(2), error: "cross-check ran out of memory", cancellationToken: Ct);

        var summary = (await _history.FindAsync(run, Ct)).ShouldNotBeNull().Summary;
        (summary.Trigger, summary.Status, summary.Totals, summary.Error).ShouldBe((RunTrigger.Enqueued, RunStatus.Failed, MondayTotals, "cross-check ran out of memory"));
        summary.FinishedAt.ShouldBe(Monday.AddMinutes(2), "a failed run ends when its status was set: the fact store never completed it");
    }

    [Fact]
    public async Task SetStatus_RunNobodyMarked_IsManual()
    {
        var run = await StartAsync(Feed, Monday);

        await _ledger.SetStatusAsync(run, RunStatus.Running, Monday, cancellationToken: Ct);

        (await _history.FindAsync(run, Ct)).ShouldNotBeNull().Summary.Trigger.ShouldBe(RunTrigger.Manual);
    }

    [Fact]
    public async Task List_RunsMadeBeforeTheHistoryTables_ReadCompletedWhenFinishedElseRunning()
    {
        var finished = await StartAsync(A, Monday);
        await _facts.CompleteRunAsync(finished, [], Monday.AddMinutes(3), Ct);
        var unfinished = await StartAsync(B, Tuesday);

        var runs = await _history.ListAsync(10, Ct);

        runs.Select(r => (r.Id, r.Trigger, r.Status, r.FinishedAt)).ShouldBe(
            [(unfinished, RunTrigger.Manual, RunStatus.Running, (DateTimeOffset?)null), (finished, RunTrigger.Manual, RunStatus.Completed, Monday.AddMinutes(3))]);
    }

    [Fact]
    public async Task List_NewestFirstWithTotalsItemCountsAndDiffCounts_UpToTheLimit()
    {
        var seeded = await SeedAsync(_temp.File("runs.db"), Ct);
        var third = await StartAsync(C, Tuesday.AddDays(1));

        var runs = await _history.ListAsync(2, Ct);

        runs.Select(r => r.Id).ShouldBe([third, seeded.Second]);
        (await _history.ListAsync(10, Ct)).Select(r => r.Id).ShouldBe([third, seeded.Second, seeded.First]);
        var monday = (await _history.ListAsync(10, Ct))[2];
        (monday.Trigger, monday.Status, monday.StartedAt, monday.FinishedAt).ShouldBe((RunTrigger.Nightly, RunStatus.Completed, Monday, Monday.AddMinutes(10)));
        (monday.Totals, monday.Items, monday.Failed).ShouldBe((MondayTotals, 5, 1));
        monday.Diff.ShouldBe(new RunDiffCounts(New: 4, Resolved: 0, Changed: 0, Reopened: 0, Corrections: 0));
        runs[1].Diff.ShouldBe(new RunDiffCounts(New: 1, Resolved: 2, Changed: 1, Reopened: 1, Corrections: 0));
    }

    [Fact]
    public async Task Find_PerSourceStats_FoundFetchedUnchangedFailedWithReasons()
    {
        var seeded = await SeedAsync(_temp.File("runs.db"), Ct);

        var monday = (await _history.FindAsync(seeded.First, Ct)).ShouldNotBeNull();
        var tuesday = (await _history.FindAsync(seeded.Second, Ct)).ShouldNotBeNull();

        monday.Inputs.ShouldBe([Feed, D]);
        monday.Sources.Select(s => (s.Origin, s.Found, s.Fetched, s.Unchanged, s.Failed))
            .ShouldBe([(D, 1, 1, 0, 0), (Feed, 4, 3, 0, 1)], "origins in code-point order: https://d... before https://f...");
        monday.Sources[0].Failures.ShouldBeEmpty();
        monday.Sources[1].Failures.ShouldBe([new Core.Model.InputProblem(Gone, "HTTP 404")]);
        tuesday.Sources.Select(s => (s.Origin, s.Found, s.Fetched, s.Unchanged, s.Failed)).ShouldBe([(D, 1, 0, 1, 0), (Feed, 3, 2, 1, 0)]);
    }

    [Fact]
    public async Task Find_Diff_FromTheEventsTheRunsTrackingWrote()
    {
        var seeded = await SeedAsync(_temp.File("runs.db"), Ct);

        var monday = (await _history.FindAsync(seeded.First, Ct)).ShouldNotBeNull().Diff;
        var tuesday = (await _history.FindAsync(seeded.Second, Ct)).ShouldNotBeNull().Diff;

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
        await StartAsync(Feed, Monday);

        (await _history.FindAsync("no-such-run", Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task FindPreviousCompleted_SkipsFailedAndUnfinishedRunsAndLaterOnes()
    {
        var seeded = await SeedAsync(_temp.File("runs.db"), Ct);
        var failed = await StartAsync(A, Tuesday.AddHours(1));
        await _ledger.SetStatusAsync(failed, RunStatus.Failed, Tuesday.AddHours(2), error: "disk full", cancellationToken: Ct);
        await StartAsync(B, Tuesday.AddHours(3));
        var latest = await StartAsync(C, Tuesday.AddHours(4));

        (await _history.FindPreviousCompletedAsync(latest, Ct)).ShouldNotBeNull().Id.ShouldBe(seeded.Second);
        (await _history.FindPreviousCompletedAsync(seeded.Second, Ct)).ShouldNotBeNull().Id.ShouldBe(seeded.First);
        (await _history.FindPreviousCompletedAsync(seeded.First, Ct)).ShouldBeNull();
    }
}
