using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Storage.Contracts;

/// <summary><see cref="IReviewStore"/>'s behaviour (tracking, the finding page, decisions): the same on every provider.</summary>
public abstract class ReviewStoreContract(IStoreBackend backend) : StoreContract(backend)
{
    internal static TrackedFigure Figure(string source, string article, string claim, string language, string quote, decimal amount) =>
        new(source, article, claim, 110, amount.ToString(System.Globalization.CultureInfo.InvariantCulture), amount, "KRW", language,
            FindingAnchors.ShapeOf(quote), quote, 100);

    internal static TrackedFinding Tracked(
        string id, Severity severity, decimal difference, ReviewStatus status, bool present, DateTimeOffset firstSeen, string topic,
        string[] subjects, params TrackedFigure[] figures) =>
        new(id, "f-" + id, severity, topic, difference, status, present, "run-1", firstSeen, firstSeen.AddHours(1), figures) { Subjects = subjects };

    internal static FindingEvent FirstSeen(TrackedFinding t, string runId = "run-1") =>
        new(0, t.Id, t.FirstSeenAt, FindingEvent.PipelineActor, FindingEventKind.FirstSeen, ReviewStatus.Open, runId);

    private static string Exactly(object value) => JsonSerializer.Serialize(value, value.GetType());

    private static readonly TrackedFinding Budget = Tracked(
        "t1", Severity.Conflict, 12.50m, ReviewStatus.Open, present: true, Now, "budget (KRW)", ["국방부"],
        Figure("https://www.chosun.example/a", "a1", "c1", "ko", "국방예산이 10조 원으로 늘었다", 10e12m),
        Figure("https://news.example/b", "a2", "c2", "en", "The defense budget rose to 9 trillion won", 9e12m));

    [Fact]
    public async Task Apply_ThenLoadByAnchors_GivesTheTrackedFindingBackExactly()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var other = Tracked("t2", Severity.Minor, 3m, ReviewStatus.Open, true, Now, "ships", [], Figure("c.txt", "a3", "c3", "id", "Kapal 3 unit", 3m));

        await s.Review.ApplyAsync(new TrackingPlan([Budget, other], [FirstSeen(Budget), FirstSeen(other)]), Ct);
        var found = await (await OpenAsync()).Review.LoadByAnchorsAsync([FindingAnchors.OfSource("https://news.example/b"), "no-such-anchor"], Ct);

        Exactly(found.ShouldHaveSingleItem()).ShouldBe(Exactly(Budget));
        found[0].DifferencePercent.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("12.50");
        (await s.Review.LoadByAnchorsAsync([.. FindingAnchors.Of(Budget.Figures[0]), FindingAnchors.OfSource("c.txt")], Ct))
            .Select(t => t.Id).ShouldBe(["t1", "t2"]);
        (await s.Review.LoadByAnchorsAsync([], Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Apply_SameRunTwiceThenNewFigures_KeepsOneEventPerRunAndOnlyTheNewAnchors()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        await s.Review.ApplyAsync(new TrackingPlan([Budget], [FirstSeen(Budget)]), Ct);
        await s.Review.ApplyAsync(new TrackingPlan([Budget], [FirstSeen(Budget)]), Ct);
        var moved = Budget with { Figures = [Figure("https://other.example/z", "a9", "c9", "en", "Now 8 trillion won", 8e12m)], Present = false };

        await s.Review.ApplyAsync(new TrackingPlan([moved], [FirstSeen(moved, "run-2") with { Kind = FindingEventKind.FiguresChanged }]), Ct);

        var detail = (await s.Review.LoadDetailAsync("t1", withRelated: false, Ct)).ShouldNotBeNull();
        detail.History.Select(e => (e.Kind, e.RunId)).ShouldBe([(FindingEventKind.FirstSeen, "run-1"), (FindingEventKind.FiguresChanged, "run-2")]);
        detail.Finding.Present.ShouldBeFalse();
        (await s.Review.LoadByAnchorsAsync([FindingAnchors.OfSource("https://news.example/b")], Ct)).ShouldBeEmpty();
        (await s.Review.LoadByAnchorsAsync([FindingAnchors.OfSource("https://other.example/z")], Ct)).ShouldHaveSingleItem().Id.ShouldBe("t1");
    }

    [Fact]
    public async Task LoadDetail_StoredRunsAndClaims_GivesVerdictEvidenceHistoryAndRelated()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        var first = await s.Facts.StartRunAsync(["earlier"], Now.AddDays(-1), Ct);
        await s.Facts.CompleteRunAsync(first.Id, [], Now.AddDays(-1), Ct);
        var run = await s.Facts.StartRunAsync(["samples"], Now, Ct);
        var claim = ClaimBuilder.Money("a1", 10e12m, "KRW", metric: ["anggar"], year: 2026) with { Id = "c1", SubjectName = "국방부" };
        await s.Facts.SaveArticleAsync(run.Id, new Article
        {
            Id = "a1", Source = "https://www.chosun.example/a", Title = "국방 예산", Language = "ko", PublishedAt = new DateOnly(2026, 11, 20),
            Paragraphs = Article.Layout(["국방예산이 10조 원으로 늘었다"]),
        }, [claim], "v1", Ct);
        await s.Facts.CompleteRunAsync(run.Id, [new Finding
        {
            Id = "f-t1", Severity = Severity.Conflict, Reason = VerdictReason.Disjoint, Topic = "budget (KRW)", ClaimIds = ["c1", "c2"],
            DifferencePercent = 12.50m, Explanation = new LocalizedText("They differ.", "서로 다르다."),
        }], Now, Ct);
        var tracked = Budget with { FirstRunId = run.Id };
        var related = Tracked("t7", Severity.Minor, 1m, ReviewStatus.Open, true, Now, "ships", ["국방부", "navy"], Figure("d.txt", "a4", "c4", "ko", "함정 3척", 3m));
        var unrelated = Tracked("t8", Severity.Minor, 1m, ReviewStatus.Open, true, Now, "ships", ["국방"], Figure("e.txt", "a5", "c5", "ko", "함정 4척", 4m));
        await s.Review.ApplyAsync(new TrackingPlan([tracked, related, unrelated], [FirstSeen(tracked), FirstSeen(related)]), Ct);

        var detail = (await (await OpenAsync()).Review.LoadDetailAsync("t1", withRelated: true, Ct)).ShouldNotBeNull();
        var without = (await s.Review.LoadDetailAsync("t1", withRelated: false, Ct)).ShouldNotBeNull();

        (detail.Reason, detail.Explanation, detail.FirstRunNumber).ShouldBe((VerdictReason.Disjoint, new LocalizedText("They differ.", "서로 다르다."), 2));
        var evidence = detail.Evidence[0];
        (evidence.Title, evidence.PublishedAt, evidence.Subject, evidence.Year, evidence.Concept).ShouldBe(("국방 예산", new DateOnly(2026, 11, 20), "국방부", 2026, "budget"));
        evidence.Measure.ShouldBe(["anggar"]);
        (detail.Evidence[1].Title, detail.Evidence[1].Measure.Count).ShouldBe((null, 0), "a claim not stored has no evidence but its figure");
        detail.History.ShouldHaveSingleItem().Kind.ShouldBe(FindingEventKind.FirstSeen);
        detail.Version.ShouldBe(detail.History[0].Sequence);
        detail.Related.Select(t => t.Id).ShouldBe(["t7"]);
        without.Related.ShouldBeEmpty();
        (await s.Review.LoadDetailAsync("no-such", withRelated: true, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task AppendDecision_CurrentThenStaleVersion_AppendsOnceAndSetsTheStatus()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        await s.Review.ApplyAsync(new TrackingPlan([Budget], [FirstSeen(Budget)]), Ct);
        var seen = (await s.Review.LoadDetailAsync("t1", false, Ct)).ShouldNotBeNull();
        var decision = new FindingEvent(0, "t1", Now.AddHours(2), "editor", FindingEventKind.Decided, ReviewStatus.SourceError, Note: "체크 완료")
        {
            SourceError = new SourceErrorDetails("c2", "10조 원", "https://gov.example/budget"),
        };

        var appended = (await s.Review.AppendDecisionAsync(decision, seen.Version, Ct)).ShouldNotBeNull();
        var stale = await s.Review.AppendDecisionAsync(decision with { Status = ReviewStatus.Dismissed }, seen.Version, Ct);

        stale.ShouldBeNull();
        appended.Sequence.ShouldBeGreaterThan(seen.Version);
        var after = (await s.Review.LoadDetailAsync("t1", false, Ct)).ShouldNotBeNull();
        (after.Finding.Status, after.Finding.UpdatedAt, after.Version).ShouldBe((ReviewStatus.SourceError, Now.AddHours(2), appended.Sequence));
        Exactly(after.History[^1]).ShouldBe(Exactly(decision with { Sequence = appended.Sequence }));
    }

    [Fact]
    public async Task AppendDecision_SeveralEditorsAtOnceOnOneVersion_OnlyOneIsWritten()
    {
        var s = await OpenAsync();
        await s.Facts.InitializeAsync(Ct);
        await s.Review.ApplyAsync(new TrackingPlan([Budget], [FirstSeen(Budget)]), Ct);
        var version = (await s.Review.LoadDetailAsync("t1", false, Ct)).ShouldNotBeNull().Version;
        var editors = new List<ContractStores>();
        for (var k = 0; k < 4; k++)
        {
            editors.Add(await OpenAsync());
        }

        var answers = await Task.WhenAll(editors.Select((e, k) => Task.Run(() => e.Review.AppendDecisionAsync(
            new FindingEvent(0, "t1", Now.AddHours(k), $"editor{k}", FindingEventKind.Decided, ReviewStatus.Confirmed), version, Ct), Ct)));

        answers.Count(a => a is not null).ShouldBe(1);
        (await s.Review.LoadDetailAsync("t1", false, Ct)).ShouldNotBeNull().History.Count(e => e.Kind == FindingEventKind.Decided).ShouldBe(1);
    }
}

public sealed class SqliteReviewStoreContractTests() : ReviewStoreContract(new SqliteBackend());

public sealed class PostgresReviewStoreContractTests(PostgresContractFixture fixture)
    : ReviewStoreContract(new PostgresBackend(fixture)), IClassFixture<PostgresContractFixture>;
