using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>
/// Two runs' history written as the pipeline writes it: each run started in the fact store, its items and status
/// recorded through <see cref="IRunLedger"/> (which <see cref="IRunHistoryStore"/> reads), its findings tracked by
/// applying the <see cref="FindingTracker"/>'s real plans, and an editor's decision between them. What the second run changed:
/// <list type="bullet">
/// <item><see cref="Budget"/>: beta's figure changed while open (changed);</item>
/// <item><see cref="Staff"/>: gamma's figure changed after an editor confirmed it (reopened);</item>
/// <item><see cref="Debt"/>: gamma rewrote its page without the figure (resolved by source);</item>
/// <item><see cref="Rates"/>: not found again, every text unchanged (no longer found: resolved);</item>
/// <item><see cref="Exports"/>: first seen (new).</item>
/// </list>
/// </summary>
internal static class RunHistorySeed
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Tuesday = Monday.AddDays(1);

    public const string Feed = "https://feeds.example/rss";
    public const string A = "https://alpha.example/news/budget";
    public const string B = "https://beta.example/2026/ai";
    public const string C = "https://gamma.example/ekonomi";
    public const string D = "https://delta.example/rates";
    public const string Gone = "https://alpha.example/news/gone";

    public const string Budget = "budget";
    public const string Staff = "staff";
    public const string Debt = "debt";
    public const string Rates = "rates";
    public const string Exports = "exports";

    /// <summary>The article (the text) Monday's run read at each source.</summary>
    private static readonly Dictionary<string, string> Articles = new() { [A] = "a", [B] = "b", [C] = "c", [D] = "d" };

    public static readonly RunTotals MondayTotals = new(4, 12, 4, 3, 1500, 0.0042m);

    /// <param name="First">Monday's run: nightly, completed, four findings first seen.</param>
    /// <param name="Second">Tuesday's run: manual, completed, the changes listed above.</param>
    public sealed record Seeded(string First, string Second);

    /// <summary>The two runs in a SQLite file, for the tests of what reads it (the CLI's <c>runs</c>, the desk's <c>/runs</c>).</summary>
    public static Task<Seeded> SeedAsync(string databasePath, CancellationToken cancellationToken)
    {
        var options = Options.Create(new StorageOptions { DatabasePath = databasePath });
        return SeedAsync(new SqliteFactStore(options), new SqliteRunLedger(options), new SqliteReviewStore(options), cancellationToken);
    }

    /// <summary>The two runs through the stores' interfaces, so every provider's run history reads the same seed.</summary>
    public static async Task<Seeded> SeedAsync(IFactStore facts, IRunLedger ledger, IReviewStore reviews, CancellationToken cancellationToken)
    {
        var tracker = new FindingTracker();
        await facts.InitializeAsync(cancellationToken);

        var first = (await facts.StartRunAsync([Feed, D], Monday, cancellationToken)).Id;
        await ledger.BeginAsync(first, RunTrigger.Nightly, Monday, cancellationToken);
        await ledger.RecordItemsAsync(first,
        [
            Item(A, Feed, RunItemOutcome.Read, Monday), Item(B, Feed, RunItemOutcome.Read, Monday), Item(C, Feed, RunItemOutcome.Read, Monday),
            Item(Gone, Feed, RunItemOutcome.Failed, Monday, "HTTP 404"), Item(D, D, RunItemOutcome.Read, Monday),
        ], cancellationToken);
        await reviews.ApplyAsync(tracker.Plan(new RunObservation(first, Monday, Articles,
        [
            Flag(Budget, Severity.Conflict, Figure(A, Budget, "10 triliun won"), Figure(B, Budget, "10,1 triliun won")),
            Flag(Staff, Severity.Minor, Figure(B, Staff, "300 orang"), Figure(C, Staff, "320 orang")),
            Flag(Debt, Severity.Conflict, Figure(A, Debt, "40%"), Figure(C, Debt, "45%")),
            Flag(Rates, Severity.Minor, Figure(A, Rates, "3,5%"), Figure(D, Rates, "3,25%")),
        ]), []), cancellationToken);
        await facts.CompleteRunAsync(first, [], Monday.AddMinutes(10), cancellationToken);
        await ledger.SetStatusAsync(first, RunStatus.Completed, Monday.AddMinutes(10), MondayTotals, cancellationToken: cancellationToken);

        var desk = new ReviewDesk(reviews, new FakeTimeProvider(Monday.AddHours(8)), NullLogger<ReviewDesk>.Instance);
        var staff = (await desk.FindRecordAsync(Staff, cancellationToken)).ShouldNotBeNull();
        (await desk.DecideAsync(Staff, new DecisionForm("confirmed", "checked", staff.Version), "editor", cancellationToken)).ShouldBe(DecisionOutcome.Recorded);

        var second = (await facts.StartRunAsync([Feed, D], Tuesday, cancellationToken)).Id;
        await ledger.BeginAsync(second, RunTrigger.Manual, Tuesday, cancellationToken);
        await ledger.RecordItemsAsync(second,
        [
            Item(A, Feed, RunItemOutcome.Unchanged, Tuesday), Item(B, Feed, RunItemOutcome.Read, Tuesday), Item(C, Feed, RunItemOutcome.Read, Tuesday),
            Item(D, D, RunItemOutcome.Unchanged, Tuesday),
        ], cancellationToken);
        var rewritten = new Dictionary<string, string> { [A] = "a", [B] = "b-v2", [C] = "c-v2", [D] = "d" };
        var known = await reviews.LoadByAnchorsAsync([.. rewritten.Keys.Select(FindingAnchors.OfSource)], cancellationToken);
        await reviews.ApplyAsync(tracker.Plan(new RunObservation(second, Tuesday, rewritten,
        [
            Flag("budget-2", Severity.Conflict, Figure(A, Budget, "10 triliun won"), Figure(B, Budget, "12 triliun won", "b-v2")),
            Flag("staff-2", Severity.Minor, Figure(B, Staff, "300 orang", "b-v2"), Figure(C, Staff, "330 orang", "c-v2")),
            Flag(Exports, Severity.Conflict, Figure(B, Exports, "7 miliar dolar", "b-v2"), Figure(D, Exports, "9 miliar dolar")),
        ]), known), cancellationToken);
        await facts.CompleteRunAsync(second, [], Tuesday.AddMinutes(4), cancellationToken);
        await ledger.SetStatusAsync(second, RunStatus.Completed, Tuesday.AddMinutes(4), new RunTotals(2, 9, 3, 0, 0, 0m), cancellationToken: cancellationToken);
        return new Seeded(first, second);
    }

    public static RunItem Item(string item, string origin, RunItemOutcome outcome, DateTimeOffset at, string? reason = null, string worker = "host:1") =>
        new(item, origin, outcome, reason, outcome == RunItemOutcome.Failed ? null : "article-" + Outlet.Of(item), worker, at);

    private static ObservedFinding Flag(string id, Severity severity, params TrackedFigure[] figures) => new(
        new Finding
        {
            Id = id,
            Severity = severity,
            Topic = $"{id.Split('-')[0]} (topic)",
            ClaimIds = [.. figures.Select(f => f.ClaimId)],
            Reason = VerdictReason.Disjoint,
            DifferencePercent = 1m,
        },
        figures,
        ["Korea"]);

    /// <summary>A figure in a sentence of its own per topic, so two findings never share a sentence's anchors.</summary>
    private static TrackedFigure Figure(string source, string topic, string value, string? article = null)
    {
        var quote = $"The {topic} reached {value} according to the ministry.";
        const int quoteStart = 100;
        var offset = quote.IndexOf(value, StringComparison.Ordinal);
        return new TrackedFigure(
            source, article ?? Articles[source], $"{source}#{topic}#{value}", quoteStart + offset, value, 1m, "KRW", "id",
            FindingAnchors.ShapeOf(quote), quote, quoteStart);
    }
}
