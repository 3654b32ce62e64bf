using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactPipeline.Core.Tests.Review;

/// <summary>What the desk refuses before anything is written, over a real store holding one tracked finding.</summary>
public sealed class ReviewDeskTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private readonly SqliteFactStore _facts;
    private readonly SqliteReviewStore _store;
    private readonly ReviewDesk _desk;

    public ReviewDeskTests()
    {
        var options = Options.Create(new StorageOptions { DatabasePath = _temp.File("desk.db") });
        _facts = new SqliteFactStore(options);
        _store = new SqliteReviewStore(options);
        _desk = new ReviewDesk(_store, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero)), NullLogger<ReviewDesk>.Instance);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("ftp://ministry.example/table.xls")]
    [InlineData("/relative/path")]
    public async Task Decide_SourceErrorWithANonWebPrimarySource_IsRefusedNamingTheField(string url)
    {
        await TrackAsync();

        var refused = await Should.ThrowAsync<ReviewException>(() =>
            _desk.DecideAsync("f1", new DecisionForm("source-error", null, 1, "c1", "10,1", url), "editor", Ct));

        refused.Field.ShouldBe("primarySourceUrl");
        (await _desk.FindAsync("f1", Ct))!.History.ShouldNotContain(e => e.Kind == FindingEventKind.Decided);
    }

    [Theory]
    [InlineData("resolved-by-source")]
    [InlineData("urgent")]
    [InlineData(null)]
    public async Task Decide_StatusNoEditorMayRecord_IsRefused(string? status)
    {
        await TrackAsync();

        (await Should.ThrowAsync<ReviewException>(() => _desk.DecideAsync("f1", new DecisionForm(status, null, 1), "editor", Ct))).Field.ShouldBe("status");
    }

    [Fact]
    public async Task Decide_SourceErrorNamingAClaimOfAnotherFinding_IsRefused()
    {
        await TrackAsync();

        (await Should.ThrowAsync<ReviewException>(() => _desk.DecideAsync("f1", new DecisionForm("source-error", null, 1, "not-ours"), "editor", Ct)))
            .Field.ShouldBe("wrongClaimId");
    }

    [Fact]
    public async Task Decide_TwiceInARow_AppendsBothAndKeepsTheLatestStatus()
    {
        await TrackAsync();

        (await _desk.DecideAsync("f1", new DecisionForm("needs-primary-source", "asking the ministry", 1), "kim", Ct)).ShouldBe(DecisionOutcome.Recorded);
        var version = (await _desk.FindAsync("f1", Ct))!.Version;
        (await _desk.DecideAsync("f1", new DecisionForm("confirmed", "ministry answered", version), "lee", Ct)).ShouldBe(DecisionOutcome.Recorded);

        var detail = (await _desk.FindAsync("f1", Ct))!;
        detail.Finding.Status.ShouldBe(ReviewStatus.Confirmed);
        detail.History.Where(e => e.Kind == FindingEventKind.Decided).Select(e => (e.Actor, e.Status, e.Note))
            .ShouldBe([("kim", ReviewStatus.NeedsPrimarySource, "asking the ministry"), ("lee", ReviewStatus.Confirmed, "ministry answered")]);
    }

    [Fact]
    public async Task Decide_UnknownFinding_IsNotFound()
    {
        await _facts.InitializeAsync(Ct);
        (await _desk.DecideAsync("nope", new DecisionForm("confirmed", null, 0), "editor", Ct)).ShouldBe(DecisionOutcome.NotFound);
    }

    /// <summary>One tracked finding, f1, with its first-seen event (version 1), in a store the pipeline set up.</summary>
    private async Task TrackAsync()
    {
        await _facts.InitializeAsync(Ct);
        const string quote = "Anggaran mencapai 10 triliun won.";
        var figure = new TrackedFigure("https://a.example/x", "a", "c1", 118, "10 triliun won", 1e13m, "KRW", "id", FindingAnchors.ShapeOf(quote), quote, 100);
        var at = new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
        var tracked = new TrackedFinding("f1", "f1", Severity.Minor, "budget (KRW)", 1m, ReviewStatus.Open, true, "r1", at, at,
            [figure, figure with { Source = "https://b.example/y", ArticleId = "b", ClaimId = "c2", ValueText = "10,1 triliun won" }]);
        await _store.ApplyAsync(new TrackingPlan([tracked], [new FindingEvent(0, "f1", at, FindingEvent.PipelineActor, FindingEventKind.FirstSeen, ReviewStatus.Open, "r1")]), Ct);
    }
}
