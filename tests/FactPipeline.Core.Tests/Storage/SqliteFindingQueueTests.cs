using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Storage;

/// <summary>The review queue over the findings a real run of the samples stored.</summary>
[Trait("Category", "EndToEnd")]
public sealed class SqliteFindingQueueTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly PipelineHarness _harness = new();
    private IReadOnlyList<Finding> _stored = [];
    private IReadOnlyList<Claim> _claims = [];

    public async ValueTask InitializeAsync()
    {
        var report = (await _harness.RunAsync(DeskInputs.Flagged)).Report;
        (_stored, _claims) = (report.Findings, report.Claims);
    }

    public ValueTask DisposeAsync()
    {
        _harness.Dispose();
        return ValueTask.CompletedTask;
    }

    private SqliteFindingQueue Queue() => new(Options.Create(new StorageOptions { DatabasePath = _harness.DatabasePath }));

    [Fact]
    public async Task Query_NoFilter_ListsEveryFlagButPossibleMatchesInSeverityOrder()
    {
        var page = await Queue().QueryAsync(new FindingQueueQuery(PageSize: FindingQueueQuery.MaxPageSize), Ct);

        var flagged = _stored.Where(f => f.IsFlag()).ToArray();
        flagged.ShouldNotBeEmpty();
        page.Total.ShouldBe(flagged.Length);
        // A first run tracks each finding under its own id, every one open.
        page.Items.Select(i => i.Id).ShouldBe(flagged.Select(f => f.Id), ignoreOrder: true);
        page.Items.ShouldAllBe(i => i.Status == ReviewStatus.Open);
        page.Items.Select(i => i.Severity).ShouldBe(page.Items.Select(i => i.Severity).OrderBy(s => s));
        foreach (var severity in new[] { Severity.Conflict, Severity.Minor })
        {
            page.BySeverity.GetValueOrDefault(severity).ShouldBe(_stored.Count(f => f.Severity == severity), severity.ToString());
        }
        page.BySeverity.ShouldNotContainKey(Severity.Consistent, "agreement is not tracked on its own");
        page.ByStatus.ShouldBe(new Dictionary<ReviewStatus, int> { [ReviewStatus.Open] = flagged.Length });
    }

    [Fact]
    public async Task Query_CorrectionsBesideConflicts_RankedWithConflictsCountedAndFilteredApart()
    {
        using var temp = new TempDirectory();
        var options = Options.Create(new StorageOptions { DatabasePath = temp.File("desk.db") });
        var at = new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
        ObservedFinding Observed(string id, Severity severity, decimal gap, string source) => new(
            new Finding { Id = id, Severity = severity, Topic = "budget (IDR)", ClaimIds = [id + "-c"], Reason = VerdictReason.Disjoint, DifferencePercent = gap },
            [new TrackedFigure(source, id + "-a", id + "-c", 10, "10 triliun", 1m, "IDR", "id", "anggaran #", "anggaran 10 triliun", 1)],
            []);
        var run = new RunObservation("r1", at, new Dictionary<string, string>(),
            [Observed("minor", Severity.Minor, 50m, "m.txt"), Observed("conflict", Severity.Conflict, 10m, "k.txt"), Observed("correction", Severity.Correction, 20m, "c.txt")]);
        await new SqliteReviewStore(options).ApplyAsync(new FindingTracker().Plan(run, []), Ct);
        var queue = new SqliteFindingQueue(options);

        var all = await queue.QueryAsync(new FindingQueueQuery(), Ct);
        var corrections = await queue.QueryAsync(new FindingQueueQuery(Severity.Correction), Ct);
        var conflicts = await queue.QueryAsync(new FindingQueueQuery(Severity.Conflict), Ct);

        // One rank for both, the bigger gap first; minor differences after them whatever their gap.
        all.Items.Select(i => i.Id).ShouldBe(["correction", "conflict", "minor"]);
        all.BySeverity.ShouldBe(new Dictionary<Severity, int> { [Severity.Conflict] = 1, [Severity.Correction] = 1, [Severity.Minor] = 1 }, ignoreOrder: true);
        corrections.Items.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Correction);
        conflicts.Items.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Conflict);
        corrections.ByStatus.ShouldBe(new Dictionary<ReviewStatus, int> { [ReviewStatus.Open] = 1 });
    }

    [Fact]
    public async Task Query_SeverityAndTopic_KeepsOnlyMatchingFindingsWithTheirStoredFields()
    {
        var minor = _stored.First(f => f.Severity == Severity.Minor);
        var word = minor.Topic.Split(' ')[0].ToUpperInvariant();

        var page = await Queue().QueryAsync(new FindingQueueQuery(Severity.Minor, Topic: word), Ct);

        page.Items.ShouldAllBe(i => i.Severity == Severity.Minor && i.Topic.Contains(word, StringComparison.OrdinalIgnoreCase));
        var item = page.Items.Single(i => i.Id == minor.Id);
        item.Topic.ShouldBe(minor.Topic);
        item.DifferencePercent.ShouldBe(minor.DifferencePercent);
        item.ClaimCount.ShouldBe(minor.ClaimIds.Count);
    }

    [Fact]
    public async Task Query_LanguageOutletSubjectAndQuote_EachKeepsOnlyFindingsThatHaveIt()
    {
        var all = (await Queue().QueryAsync(new FindingQueueQuery(PageSize: FindingQueueQuery.MaxPageSize), Ct)).Items;
        var sample = all.First(i => i.Subjects.Count > 0);
        var claims = _claims.Where(c => _stored.Single(f => f.Id == sample.Id).ClaimIds.Contains(c.Id)).ToArray();
        var quotePart = claims[0].Quote[..Math.Min(24, claims[0].Quote.Length)].ToUpperInvariant();

        var byLanguage = await Queue().QueryAsync(new FindingQueueQuery(Language: sample.Languages[0].ToUpperInvariant(), PageSize: 200), Ct);
        var byOutlet = await Queue().QueryAsync(new FindingQueueQuery(Outlet: sample.Outlets[0], PageSize: 200), Ct);
        var bySubject = await Queue().QueryAsync(new FindingQueueQuery(Subject: sample.Subjects[0].ToLowerInvariant(), PageSize: 200), Ct);
        var byQuote = await Queue().QueryAsync(new FindingQueueQuery(Quote: quotePart, PageSize: 200), Ct);

        byLanguage.Items.ShouldContain(i => i.Id == sample.Id);
        byLanguage.Items.ShouldAllBe(i => i.Languages.Contains(sample.Languages[0]));
        byOutlet.Items.ShouldContain(i => i.Id == sample.Id);
        byOutlet.Items.ShouldAllBe(i => i.Outlets.Contains(sample.Outlets[0]));
        bySubject.Items.ShouldContain(i => i.Id == sample.Id);
        bySubject.Items.ShouldAllBe(i => i.Subjects.Any(s => s.Contains(sample.Subjects[0], StringComparison.OrdinalIgnoreCase)));
        byQuote.Items.ShouldContain(i => i.Id == sample.Id);
        byQuote.Total.ShouldBeLessThan(all.Count);
    }

    [Fact]
    public async Task Query_FirstSeenRange_KeepsTheDaysOfTheRunOnly()
    {
        var today = DateOnly.FromDateTime(_harness.Time.GetUtcNow().UtcDateTime);

        var including = await Queue().QueryAsync(new FindingQueueQuery(SeenFrom: today.AddDays(-1), SeenTo: today.AddDays(1)), Ct);
        var before = await Queue().QueryAsync(new FindingQueueQuery(SeenTo: today.AddDays(-1)), Ct);

        including.Total.ShouldBe(_stored.Count(f => f.IsFlag()));
        before.Total.ShouldBe(0);
    }

    [Fact]
    public async Task Query_PagesOfOne_CoverEveryFlagOnceInOrder()
    {
        var all = await Queue().QueryAsync(new FindingQueueQuery(PageSize: FindingQueueQuery.MaxPageSize), Ct);

        var ids = new List<string>();
        for (var p = 1; p <= all.Total; p++)
        {
            var page = await Queue().QueryAsync(new FindingQueueQuery(Page: p, PageSize: 1), Ct);
            page.PageCount.ShouldBe(all.Total);
            ids.AddRange(page.Items.Select(i => i.Id));
        }

        ids.ShouldBe(all.Items.Select(i => i.Id));
        (await Queue().ListIdsAsync(new FindingQueueQuery(Page: 3, PageSize: 1), Ct)).ShouldBe(ids);
    }

    [Fact]
    public async Task Query_TopicMatchingNothing_IsEmptyWithOnePage()
    {
        var page = await Queue().QueryAsync(new FindingQueueQuery(Topic: "no topic says this"), Ct);

        page.Total.ShouldBe(0);
        page.Items.ShouldBeEmpty();
        page.PageCount.ShouldBe(1);
        page.BySeverity.ShouldBeEmpty();
    }
}
