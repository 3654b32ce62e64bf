using FactPipeline.Core.Review;
using FactPipeline.Core.Storage;

namespace FactPipeline.Core.Tests.Storage;

/// <summary>
/// Which list of a run's diff each audit-trail event goes to. The store's tests cover every kind end to end but the
/// correction: no severity "correction" can be tracked yet (it is being added), so its place is checked here.
/// </summary>
public sealed class RunDiffQueryTests
{
    [Theory]
    [InlineData(FindingEventKind.FirstSeen, false, RunDiffQuery.Bucket.New)]
    [InlineData(FindingEventKind.FirstSeen, true, RunDiffQuery.Bucket.Corrections)]
    [InlineData(FindingEventKind.FiguresChanged, false, RunDiffQuery.Bucket.Changed)]
    [InlineData(FindingEventKind.FiguresChanged, true, RunDiffQuery.Bucket.Changed)]
    [InlineData(FindingEventKind.Reopened, false, RunDiffQuery.Bucket.Reopened)]
    [InlineData(FindingEventKind.ResolvedBySource, false, RunDiffQuery.Bucket.Resolved)]
    [InlineData(FindingEventKind.NoLongerFound, false, RunDiffQuery.Bucket.Resolved)]
    internal void Of_EventKindAndWhetherTheFindingIsACorrection_GoesToItsList(FindingEventKind kind, bool correction, RunDiffQuery.Bucket expected) =>
        RunDiffQuery.Of(kind.ToString(), correction).ShouldBe(expected);

    [Theory]
    [InlineData(FindingEventKind.FoundAgain)]
    [InlineData(FindingEventKind.Decided)]
    public void Of_FoundAgainOrAnEditorsDecision_IsNoChangeOfTheRun(FindingEventKind kind) =>
        RunDiffQuery.Of(kind.ToString(), correction: false).ShouldBeNull();
}
