using FactPipeline.Core.Model;
using FactPipeline.Core.Review;

namespace FactPipeline.Core.Tests.Review;

/// <summary>How the desk's findings carry over from run to run: matching, reopening, resolving, never duplicating.</summary>
public sealed class FindingTrackerTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tuesday = Monday.AddDays(1);

    private const string A = "https://alpha.example/news/budget";
    private const string B = "https://beta.example/2026/ai";
    private const string C = "https://gamma.example/ekonomi";

    private readonly FindingTracker _tracker = new();

    [Fact]
    public void Plan_NewFinding_TracksItOpenUnderItsIdWithAFirstSeenEvent()
    {
        var plan = _tracker.Plan(Run("r1", Monday, Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won"))), []);

        var tracked = plan.Upserts.ShouldHaveSingleItem();
        tracked.Id.ShouldBe("f1");
        tracked.Status.ShouldBe(ReviewStatus.Open);
        tracked.FirstRunId.ShouldBe("r1");
        tracked.Outlets.ShouldBe(["alpha.example", "beta.example"]);
        var seen = plan.Events.ShouldHaveSingleItem();
        (seen.Kind, seen.Actor, seen.RunId).ShouldBe((FindingEventKind.FirstSeen, FindingEvent.PipelineActor, "r1"));
    }

    [Fact]
    public void Plan_SameRunAgain_PlansNothing()
    {
        var run = Run("r1", Monday, Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won")));
        var first = _tracker.Plan(run, []);

        var second = _tracker.Plan(run, first.Upserts);

        second.Upserts.ShouldBeEmpty();
        second.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_DecidedFindingWithNewClaimIdsButSameFigures_KeepsItsIdAndDecisionSilently()
    {
        var decided = Decided(Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won"))), ReviewStatus.Rounding);
        // Another rules version: other claim and finding ids, the sentence cut elsewhere, the figures where they were.
        var rerun = Conflict("f1-rules2", Figure(A, "10 triliun won", claim: "x1", quoteStart: 40), Figure(B, "10,1 triliun won", claim: "x2", quoteStart: 0));

        var plan = _tracker.Plan(Run("r2", Tuesday, rerun), [decided]);

        var moved = plan.Upserts.ShouldHaveSingleItem();
        (moved.Id, moved.FindingId, moved.Status).ShouldBe(("f1", "f1-rules2", ReviewStatus.Rounding));
        plan.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_DecidedFindingWhoseSourceChangedItsFigure_ReopensSayingWhat()
    {
        var decided = Decided(Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won"))), ReviewStatus.Rounding);
        var changed = Conflict("f2", Figure(A, "10 triliun won"), Figure(B, "10,4 triliun won", article: "b-v2"));

        var plan = _tracker.Plan(Run("r2", Tuesday, changed), [decided]);

        plan.Upserts.ShouldHaveSingleItem().Status.ShouldBe(ReviewStatus.Open);
        var reopened = plan.Events.ShouldHaveSingleItem();
        reopened.Kind.ShouldBe(FindingEventKind.Reopened);
        reopened.Changes.ShouldBe([new FigureChange(B, "10,1 triliun won", "10,4 triliun won")]);
        FindingEventText.Describe(reopened, "en").ShouldBe("reopened: beta.example now says 10,4 triliun won (was 10,1 triliun won)");
    }

    [Fact]
    public void Plan_NewSourceJoinsADecidedFinding_ReopensNamingTheNewFigure()
    {
        var decided = Decided(Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won"))), ReviewStatus.Confirmed);
        var joined = Conflict("f3", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won"), Figure(C, "10,4 triliun won"));

        var plan = _tracker.Plan(Run("r2", Tuesday, joined), [decided]);

        plan.Upserts.ShouldHaveSingleItem().Id.ShouldBe("f1");
        FindingEventText.Describe(plan.Events.ShouldHaveSingleItem(), "en").ShouldBe("reopened: a new source says 10,4 triliun won (gamma.example)");
    }

    [Fact]
    public void Plan_OpenFindingWithChangedFigures_RecordsTheChangeAndStaysOpen()
    {
        var open = Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won")));

        var plan = _tracker.Plan(Run("r2", Tuesday, Conflict("f2", Figure(A, "10 triliun won"), Figure(B, "12 triliun won", article: "b-v2"))), [open]);

        plan.Events.ShouldHaveSingleItem().Kind.ShouldBe(FindingEventKind.FiguresChanged);
        plan.Upserts.ShouldHaveSingleItem().Status.ShouldBe(ReviewStatus.Open);
    }

    [Fact]
    public void Plan_ConflictWhoseSourceNowAgrees_IsResolvedBySource()
    {
        var decided = Decided(Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won"))), ReviewStatus.SourceError);
        var agreeing = Conflict("f2", Figure(A, "10,1 triliun won", article: "a-v2"), Figure(B, "10,1 triliun won")) with { };
        var consistent = agreeing with { Finding = agreeing.Finding with { Severity = Severity.Consistent } };

        var plan = _tracker.Plan(Run("r2", Tuesday, consistent), [decided]);

        plan.Upserts.ShouldHaveSingleItem().Status.ShouldBe(ReviewStatus.ResolvedBySource);
        plan.Events.ShouldHaveSingleItem().Kind.ShouldBe(FindingEventKind.ResolvedBySource);
    }

    [Fact]
    public void Plan_FindingGoneAfterASourceChangedItsText_IsResolvedBySourceNotDeleted()
    {
        var decided = Decided(Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won"))), ReviewStatus.Confirmed);
        var reread = new Dictionary<string, string> { [A] = "a", [B] = "b-corrected" };

        var plan = _tracker.Plan(new RunObservation("r2", Tuesday, reread, []), [decided]);

        var kept = plan.Upserts.ShouldHaveSingleItem();
        (kept.Id, kept.Present, kept.Status).ShouldBe(("f1", false, ReviewStatus.ResolvedBySource));
        var resolved = plan.Events.ShouldHaveSingleItem();
        resolved.Kind.ShouldBe(FindingEventKind.ResolvedBySource);
        resolved.Changes.ShouldBe([new FigureChange(B, "10,1 triliun won", null)]);
    }

    [Fact]
    public void Plan_FindingGoneBecauseASourceChangedItsFigureTooFar_ReopensItKeepingItInTheQueue()
    {
        var decided = Decided(Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won"))), ReviewStatus.Rounding);
        var reread = new Dictionary<string, string> { [A] = "a", [B] = "b-v2" };
        var now = Figure(B, "13 triliun won", claim: "b2", article: "b-v2");

        var plan = _tracker.Plan(new RunObservation("r2", Tuesday, reread, []) { FigureNow = f => f.Source == B ? now : null }, [decided]);

        var kept = plan.Upserts.ShouldHaveSingleItem();
        (kept.Status, kept.Present).ShouldBe((ReviewStatus.Open, false));
        kept.Figures.Select(f => f.ValueText).ShouldBe(["10 triliun won", "13 triliun won"]);
        FindingEventText.Describe(plan.Events.ShouldHaveSingleItem(), "en").ShouldBe("reopened: beta.example now says 13 triliun won (was 10,1 triliun won)");
    }

    [Fact]
    public void Plan_FindingGoneWhileEveryTextIsUnchanged_IsNoLongerFoundAndKeepsItsDecision()
    {
        var decided = Decided(Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won"))), ReviewStatus.Dismissed);
        var reread = new Dictionary<string, string> { [A] = "a", [B] = "b" };

        var plan = _tracker.Plan(new RunObservation("r2", Tuesday, reread, []), [decided]);

        (plan.Upserts.ShouldHaveSingleItem().Present, plan.Upserts[0].Status).ShouldBe((false, ReviewStatus.Dismissed));
        plan.Events.ShouldHaveSingleItem().Kind.ShouldBe(FindingEventKind.NoLongerFound);
    }

    [Fact]
    public void Plan_RunThatDidNotReadAllItsSources_LeavesTheFindingAlone()
    {
        var open = Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won")));

        var plan = _tracker.Plan(new RunObservation("r2", Tuesday, new Dictionary<string, string> { [A] = "a" }, []), [open]);

        plan.Upserts.ShouldBeEmpty();
        plan.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_AgreementSharingOneFigureOfAFlag_IsNotTheFlag()
    {
        var flag = Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won")));
        var agreement = Conflict("g1", Figure(B, "10,1 triliun won"), Figure(C, "10,1 triliun won"));
        var consistent = agreement with { Finding = agreement.Finding with { Severity = Severity.Consistent } };

        var plan = _tracker.Plan(Run("r2", Tuesday, consistent), [flag]);

        plan.Upserts.ShouldBeEmpty();
        plan.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_NewConsistentFinding_IsNotTracked()
    {
        var agreement = Conflict("g1", Figure(B, "10,1 triliun won"), Figure(C, "10,1 triliun won"));

        var plan = _tracker.Plan(Run("r1", Monday, agreement with { Finding = agreement.Finding with { Severity = Severity.Consistent } }), []);

        plan.Upserts.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_TwoFindingsFromOneSentence_EachKeepsItsOwnTrackedFinding()
    {
        var budget = Track(Conflict("f1", Figure(A, "10 triliun won", at: 120), Figure(B, "10,1 triliun won", at: 200)));
        var staff = Track(Conflict("f2", Figure(A, "300 orang", at: 150), Figure(B, "320 orang", at: 260)));

        var plan = _tracker.Plan(
            Run("r2", Tuesday,
                Conflict("g1", Figure(A, "10 triliun won", at: 120, claim: "n1"), Figure(B, "10,1 triliun won", at: 200, claim: "n2")),
                Conflict("g2", Figure(A, "300 orang", at: 150, claim: "n3"), Figure(B, "320 orang", at: 260, claim: "n4"))),
            [budget, staff]);

        plan.Upserts.Select(u => (u.Id, u.FindingId)).ShouldBe([("f1", "g1"), ("f2", "g2")], ignoreOrder: true);
        plan.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_OpenFindingWhoseSourcePageIsGone_ResolvesBySourceNamingThePageAndReason()
    {
        var open = Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won")));
        var run = new RunObservation("r2", Tuesday, new Dictionary<string, string> { [A] = "a" }, [])
        {
            GoneSources = new Dictionary<string, string> { [B] = "HTTP 404" },
        };

        var plan = _tracker.Plan(run, [open]);

        var resolved = plan.Upserts.ShouldHaveSingleItem();
        (resolved.Id, resolved.Status, resolved.Present).ShouldBe(("f1", ReviewStatus.ResolvedBySource, false));
        var e = plan.Events.ShouldHaveSingleItem();
        (e.Kind, e.Status, e.RunId).ShouldBe((FindingEventKind.ResolvedBySource, ReviewStatus.ResolvedBySource, "r2"));
        e.Changes.ShouldBe([new FigureChange(B, "10,1 triliun won", null) { GoneReason = "HTTP 404" }]);
        FindingEventText.Describe(e, "en").ShouldBe("resolved by source: beta.example's page is gone (HTTP 404); it said 10,1 triliun won");
        FindingEventText.Describe(e, "ko").ShouldBe("출처가 정정해 해결됨: beta.example 페이지가 사라짐(HTTP 404), 이전 보도: 10,1 triliun won");
    }

    [Fact]
    public void Plan_SourceFailedButNotGone_ChangesNothing()
    {
        // A timeout, a 5xx or robots.txt: the run did not read B, and that says nothing about B's page.
        var open = Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won")));
        var run = new RunObservation("r2", Tuesday, new Dictionary<string, string> { [A] = "a" }, []);

        var plan = _tracker.Plan(run, [open]);

        plan.Upserts.ShouldBeEmpty();
        plan.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_DecidedFindingWhoseSourcePageIsGone_KeepsTheDecision()
    {
        var decided = Decided(Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won"))), ReviewStatus.Confirmed);
        var run = new RunObservation("r2", Tuesday, new Dictionary<string, string> { [A] = "a" }, [])
        {
            GoneSources = new Dictionary<string, string> { [B] = "HTTP 410" },
        };

        var plan = _tracker.Plan(run, [decided]);

        plan.Upserts.ShouldBeEmpty();
        plan.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_GoneSourceRunAppliedTwice_PlansNothingTheSecondTime()
    {
        var open = Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won")));
        var run = new RunObservation("r2", Tuesday, new Dictionary<string, string> { [A] = "a" }, [])
        {
            GoneSources = new Dictionary<string, string> { [B] = "HTTP 404" },
        };
        var first = _tracker.Plan(run, [open]);

        var second = _tracker.Plan(run, first.Upserts);

        second.Upserts.ShouldBeEmpty();
        second.Events.ShouldBeEmpty();
    }

    [Fact]
    public void Plan_CorrectionOfAFigureAConflictCites_TracksTheCorrectionApartFromTheConflict()
    {
        var conflict = Track(Conflict("f1", Figure(A, "10 triliun won"), Figure(B, "10,1 triliun won")));
        // B changed 10,1 into 10,4 in place: the correction's figures share every anchor of the conflict's B figure.
        var correction = Correction("c1", Figure(B, "10,1 triliun won"), Figure(B, "10,4 triliun won", article: "b-v2"));
        var rerun = Conflict("f2", Figure(A, "10 triliun won"), Figure(B, "10,4 triliun won", article: "b-v2"));
        var run = new RunObservation("r2", Tuesday, new Dictionary<string, string> { [A] = "a", [B] = "b-v2" }, [rerun, correction]);

        var plan = _tracker.Plan(run, [conflict]);

        plan.Upserts.Select(u => (u.Id, u.Severity)).ShouldBe([("f1", Severity.Conflict), ("c1", Severity.Correction)], ignoreOrder: true);
        plan.Events.Select(e => (e.TrackedId, e.Kind)).ShouldBe(
            [("f1", FindingEventKind.FiguresChanged), ("c1", FindingEventKind.FirstSeen)], ignoreOrder: true);
    }

    [Fact]
    public void Plan_CorrectionNotFoundAgain_IsNoLongerFoundNotReopened()
    {
        // Its old figure's text is never the current one: read as a conflict it would look rewritten every run.
        var correction = Track(Correction("c1", Figure(B, "10,1 triliun won"), Figure(B, "10,4 triliun won", article: "b-v2")));
        var run = new RunObservation("r3", Tuesday.AddDays(1), new Dictionary<string, string> { [B] = "b-v3" }, []);

        var plan = _tracker.Plan(run, [correction]);

        var lost = plan.Upserts.ShouldHaveSingleItem();
        (lost.Status, lost.Present).ShouldBe((ReviewStatus.Open, false));
        plan.Events.ShouldHaveSingleItem().Kind.ShouldBe(FindingEventKind.NoLongerFound);
    }

    private static TrackedFinding Track(ObservedFinding finding) =>
        new FindingTracker().Plan(Run("r1", Monday, finding), []).Upserts.Single();

    private static TrackedFinding Decided(TrackedFinding tracked, ReviewStatus status) => tracked with { Status = status };

    private static RunObservation Run(string runId, DateTimeOffset at, params ObservedFinding[] findings) =>
        new(runId, at,
            findings.SelectMany(f => f.Figures).GroupBy(f => f.Source).ToDictionary(g => g.Key, g => g.First().ArticleId),
            findings);

    private static ObservedFinding Conflict(string id, params TrackedFigure[] figures) => new(
        new Finding
        {
            Id = id,
            Severity = Severity.Conflict,
            Topic = "budget (KRW)",
            ClaimIds = [.. figures.Select(f => f.ClaimId)],
            Reason = VerdictReason.Disjoint,
            DifferencePercent = 1m,
        },
        figures,
        ["Korea"]);

    /// <summary>A figure in a sentence saying the budget; the sentence and offsets are the same unless a test moves them.</summary>
    private static ObservedFinding Correction(string id, TrackedFigure was, TrackedFigure now) => new(
        new Finding
        {
            Id = id,
            Severity = Severity.Correction,
            Topic = "budget (KRW)",
            ClaimIds = [was.ClaimId, now.ClaimId],
            Reason = VerdictReason.Corrected,
            DifferencePercent = 2.97m,
        },
        [was, now],
        ["Korea"]);

    private static TrackedFigure Figure(string source, string value, string? claim = null, string? article = null, int at = 120, int quoteStart = 100)
    {
        var quote = $"Anggaran AI tahun ini mencapai {value} menurut kementerian.";
        var offset = quote.IndexOf(value, StringComparison.Ordinal);
        return new TrackedFigure(
            source, article ?? (source == A ? "a" : source == B ? "b" : "c"), claim ?? $"{source}#{at}", at, value, 1m, "KRW", "id",
            FindingAnchors.ShapeOf(quote), quote, quoteStart == 100 ? at - offset : quoteStart);
    }
}
