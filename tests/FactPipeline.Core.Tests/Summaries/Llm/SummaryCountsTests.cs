using FactPipeline.Core.Summaries.Llm;

namespace FactPipeline.Core.Tests.Summaries.Llm;

public sealed class SummaryCountsTests
{
    private static ArticleSummary Summary(SummaryStatus status, int names = 0) => new("a1", "en", status) { NamesCorrected = names };

    [Fact]
    public void Of_CountsEachStatusAndSumsTheCorrectedNames()
    {
        ArticleSummary[] summaries =
        [
            Summary(SummaryStatus.Kept, names: 2),
            Summary(SummaryStatus.Kept),
            Summary(SummaryStatus.KeptAfterRegeneration, names: 1),
            Summary(SummaryStatus.Replaced),
            Summary(SummaryStatus.Replaced),
            Summary(SummaryStatus.Replaced),
            Summary(SummaryStatus.Offline),
        ];

        var counts = SummaryCounts.Of(summaries, textsChecked: 10);

        counts.ShouldBe(new SummaryCounts(TextsChecked: 10, Kept: 2, KeptAfterRegeneration: 1, Replaced: 3, Offline: 1, NamesCorrected: 3));
    }

    [Fact]
    public void Of_NoSummaries_IsAllZeros()
    {
        SummaryCounts.Of([], textsChecked: 0).ShouldBe(SummaryRunResult.None.Counts);
        SummaryRunResult.None.Summaries.ShouldBeEmpty();
    }

    [Fact]
    public void Describe_EveryCount_NamesEachOne()
    {
        var counts = new SummaryCounts(TextsChecked: 14, Kept: 12, KeptAfterRegeneration: 1, Replaced: 1, Offline: 2, NamesCorrected: 3);

        counts.Describe().ShouldBe(
            "summaries: 14 texts number-checked, 12 kept, 1 kept after regeneration, 1 replaced by the template version, "
            + "2 not generated (LLM unavailable), 3 names set to the glossary's");
    }

    [Fact]
    public void Describe_OnlyKept_LeavesOutTheEmptyOptionalParts()
    {
        new SummaryCounts(TextsChecked: 4, Kept: 4, KeptAfterRegeneration: 0, Replaced: 0, Offline: 0, NamesCorrected: 0).Describe()
            .ShouldBe("summaries: 4 texts number-checked, 4 kept, 0 replaced by the template version");
    }

    [Fact]
    public void Describe_AllOffline_SaysNothingWasGenerated()
    {
        new SummaryCounts(TextsChecked: 0, Kept: 0, KeptAfterRegeneration: 0, Replaced: 0, Offline: 2, NamesCorrected: 0).Describe()
            .ShouldBe("summaries: 0 texts number-checked, 0 kept, 0 replaced by the template version, 2 not generated (LLM unavailable)");
    }

    [Theory]
    [InlineData(SummaryStatus.Kept, true)]
    [InlineData(SummaryStatus.KeptAfterRegeneration, true)]
    [InlineData(SummaryStatus.Replaced, false)]
    [InlineData(SummaryStatus.Offline, false)]
    public void IsKept_OnlyForTextsThatPassed(SummaryStatus status, bool kept)
    {
        Summary(status).IsKept.ShouldBe(kept);
    }
}
