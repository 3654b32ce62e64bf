using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Tests.Storage.Contracts;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Worker;

/// <summary>
/// The diff acceptance over the scaled-out setup: a <c>worker</c> process on PostgreSQL, two runs queued with
/// <c>enqueue --wait</c>, and between them the site's second version (a figure changed, a page gone, a page new).
/// <see cref="Cli.CliCorrectionTests"/> checks the same in one process, to the minute; here the clock is real.
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed class WorkerCorrectionTests(PostgresContractFixture postgres) : IDisposable, IClassFixture<PostgresContractFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Enqueue_SecondVersionOfTheSite_OneCorrectionTheGonePagesConflictResolvedTheNewOneOpened_AndRunsShowListsThem()
    {
        var settings = await WorkerDeployment.PostgresSettingsAsync(postgres, _temp.File("out"), Ct);
        var site = Directory.CreateDirectory(_temp.File("site")).FullName;
        await using var server = await TestNewsServer.StartAsync(site);
        await using var stores = WorkerDeployment.Stores(settings);
        await using var worker = await WorkerProcess.Start(_temp.Path, settings).ReadyAsync(TimeSpan.FromMinutes(1), Ct);

        CorrectionSite.Publish("v1", site);
        var first = await EnqueueAndWaitAsync(settings, worker, [.. CorrectionSite.Pages.Select(server.Url)]);
        var gone = (await TrackedAsync(stores, ReviewStatus.Open)).ShouldHaveSingleItem("the first run opens one conflict, the two health budgets");
        gone.Figures.Select(f => f.Source).ShouldContain(server.Url(CorrectionSite.GonePage));

        CorrectionSite.Publish("v2", site);
        var second = await EnqueueAndWaitAsync(settings, worker, [.. CorrectionSite.Pages.Append(CorrectionSite.NewPage).Select(server.Url)]);

        // Exactly one correction, its sentences before and after, fetched by the first run and then by the second.
        var report = await FindingsAsync(second);
        var correction = report.Where(f => f.GetProperty("severity").GetString() == "correction").ShouldHaveSingleItem();
        correction.GetProperty("explanation").GetProperty("en").GetString()!.ShouldContain("from Rp 10,1 triliun to Rp 10,4 triliun");
        var open = await TrackedAsync(stores, ReviewStatus.Open);
        var tracked = open.Where(t => t.Severity == Severity.Correction).ShouldHaveSingleItem();
        tracked.Figures[0].Quote.ShouldContain("Rp 10,1 triliun");
        tracked.Figures[1].Quote.ShouldContain("Rp 10,4 triliun");
        var history = stores.GetRequiredService<IRunHistoryStore>();
        var runs = await history.ListAsync(2, Ct);
        runs.Select(r => r.Id).ShouldBe([second, first]);
        tracked.FirstSeenAt.ShouldBeGreaterThanOrEqualTo(runs[0].StartedAt, "the correction is the second run's");

        // The conflict citing the page that now answers 404 is resolved by source, the reason in its history.
        var resolved = (await TrackedAsync(stores, ReviewStatus.ResolvedBySource)).ShouldHaveSingleItem();
        resolved.Id.ShouldBe(gone.Id);
        var detail = (await stores.GetRequiredService<IReviewStore>().LoadDetailAsync(resolved.Id, withRelated: false, Ct)).ShouldNotBeNull();
        detail.History.Where(e => e.Kind == FindingEventKind.ResolvedBySource).ShouldHaveSingleItem()
            .Changes.ShouldHaveSingleItem().GoneReason.ShouldBe("HTTP 404");

        // The new page's disagreement is first seen by the second run.
        var opened = open.Where(t => t.Severity == Severity.Conflict && t.Id != gone.Id).ShouldHaveSingleItem();
        opened.Figures.Select(f => f.Source).ShouldContain(server.Url(CorrectionSite.NewPage));

        // runs show, from another process on the same database, lists exactly those three.
        var show = await CliRunner.RunExecutableAsync("dotnet", _temp.Path, [CliProgram.DllPath, "runs", "show", second, "--json"], settings, Ct);
        show.ExitCode.ShouldBe(0, show.Errors);
        using var shown = JsonDocument.Parse(show.Output);
        var changes = shown.RootElement.GetProperty("changes");
        changes.GetProperty("corrections").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe([tracked.Id]);
        changes.GetProperty("resolved").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe([gone.Id]);
        changes.GetProperty("new").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe([opened.Id]);
    }

    private async Task<string> EnqueueAndWaitAsync(Dictionary<string, string> settings, WorkerProcess worker, string[] urls)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        var result = await CliRunner.RunExecutableAsync("dotnet", _temp.Path, [CliProgram.DllPath, "enqueue", .. urls, "--wait"], settings, timeout.Token);
        result.ExitCode.ShouldBe(0, result.Errors + result.Output + worker.Output);
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
    }

    private async Task<JsonElement[]> FindingsAsync(string runId)
    {
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(_temp.File($"out/runs/{runId}/report.json"), Ct));
        return [.. report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.Clone())];
    }

    private static async Task<TrackedFinding[]> TrackedAsync(ServiceProvider stores, ReviewStatus status)
    {
        var ids = await stores.GetRequiredService<IFindingQueue>().ListIdsAsync(new FindingQueueQuery(Status: status), Ct);
        var review = stores.GetRequiredService<IReviewStore>();
        var details = await Task.WhenAll(ids.Select(async id => (await review.LoadDetailAsync(id, withRelated: false, Ct)).ShouldNotBeNull()));
        return [.. details.Select(d => d.Finding)];
    }
}
