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

    public async ValueTask InitializeAsync() => _stored = (await _harness.RunAsync(RepoPaths.Samples)).Report.Findings;

    public ValueTask DisposeAsync()
    {
        _harness.Dispose();
        return ValueTask.CompletedTask;
    }

    private SqliteFindingQueue Queue() => new(Options.Create(new StorageOptions { DatabasePath = _harness.DatabasePath }));

    [Fact]
    public async Task Query_NoFilter_ListsEveryFlagButPossibleMatchesInSeverityOrder()
    {
        var page = await Queue().QueryAsync(new FindingQueueQuery(), Ct);

        var flagged = _stored.Where(f => f.Severity != Severity.Possible).ToArray();
        flagged.ShouldNotBeEmpty();
        page.Total.ShouldBe(flagged.Length);
        page.Items.Select(i => i.Id).ShouldBe(flagged.Select(f => f.Id), ignoreOrder: true);
        page.Items.Select(i => i.Severity).ShouldBe(page.Items.Select(i => i.Severity).OrderBy(s => s));
        foreach (var severity in Enum.GetValues<Severity>())
        {
            page.BySeverity.GetValueOrDefault(severity).ShouldBe(_stored.Count(f => f.Severity == severity), severity.ToString());
        }
    }

    [Fact]
    public async Task Query_SeverityAndText_KeepsOnlyMatchingFindingsWithTheirStoredFields()
    {
        var conflict = _stored.First(f => f.Severity == Severity.Minor);
        var word = conflict.Topic.Split(' ')[0].ToUpperInvariant();

        var page = await Queue().QueryAsync(new FindingQueueQuery(Severity.Minor, word), Ct);

        page.Items.ShouldAllBe(i => i.Severity == Severity.Minor && i.Topic.Contains(word, StringComparison.OrdinalIgnoreCase));
        var item = page.Items.Single(i => i.Id == conflict.Id);
        item.Topic.ShouldBe(conflict.Topic);
        item.DifferencePercent.ShouldBe(conflict.DifferencePercent);
        item.ClaimCount.ShouldBe(conflict.ClaimIds.Count);
        item.ExplanationEn.ShouldBe(conflict.Explanation.En);
    }

    [Fact]
    public async Task Query_PagesOfOne_CoverEveryFlagOnceInOrder()
    {
        var all = await Queue().QueryAsync(new FindingQueueQuery(), Ct);

        var ids = new List<string>();
        for (var p = 1; p <= all.Total; p++)
        {
            var page = await Queue().QueryAsync(new FindingQueueQuery(Page: p, PageSize: 1), Ct);
            page.PageCount.ShouldBe(all.Total);
            ids.AddRange(page.Items.Select(i => i.Id));
        }

        ids.ShouldBe(all.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Query_TextMatchingNothing_IsEmptyWithOnePage()
    {
        var page = await Queue().QueryAsync(new FindingQueueQuery(Text: "no topic says this"), Ct);

        page.Total.ShouldBe(0);
        page.Items.ShouldBeEmpty();
        page.PageCount.ShouldBe(1);
        page.BySeverity.ShouldBeEmpty();
    }
}
