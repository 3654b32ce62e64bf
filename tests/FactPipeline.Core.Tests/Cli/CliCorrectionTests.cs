using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Review.Corrections;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactPipeline.Core.Tests.Cli;

/// <summary>
/// The CLI (in process) run twice against one database over a small local site (Fixtures/corrections): between the
/// runs one page changes a figure, one page disappears (404) and one page appears.
/// </summary>
[Trait("Category", "EndToEnd")]
[Trait("Category", "Slow")]
public sealed class CliCorrectionTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tuesday = Monday.AddDays(1);
    private static readonly Dictionary<string, string?> Settings = new() { ["Fetching:PolitenessDelay"] = "00:00:00" };
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(Monday);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_SecondRunAfterAFigureChangedAPageWentAndOneCame_FindsOneCorrectionResolvesTheGoneAndOpensTheNew()
    {
        var site = Directory.CreateDirectory(_temp.File("site")).FullName;
        var db = _temp.File("facts.db");
        await using var server = await TestNewsServer.StartAsync(site);
        var pages = CorrectionSite.Pages;

        CorrectionSite.Publish("v1", site);
        var first = await RunAsync(db, "out1", [.. pages.Select(server.Url)]);
        first.ExitCode.ShouldBe(0, first.Errors);
        var goneFinding = (await TrackedAsync(db, ReviewStatus.Open)).ShouldHaveSingleItem(
            "run 1 opens one conflict, the two health budgets:\n" + first.Output);
        goneFinding.Figures.Select(f => f.Source).ShouldContain(server.Url(CorrectionSite.GonePage));

        _time.Advance(TimeSpan.FromDays(1));
        CorrectionSite.Publish("v2", site);
        var second = await RunAsync(db, "out2", [.. pages.Append(CorrectionSite.NewPage).Select(server.Url)]);
        second.ExitCode.ShouldBe(0, second.Errors);

        // Exactly one correction, with both sentences and both fetch times.
        var correction = (await FindingsAsync("out2")).Where(f => f.GetProperty("severity").GetString() == "correction").ShouldHaveSingleItem();
        var explanation = correction.GetProperty("explanation").GetProperty("en").GetString()!;
        explanation.ShouldContain("from Rp 10,1 triliun to Rp 10,4 triliun");
        explanation.ShouldContain("between 2026-11-23 02:00 UTC and 2026-11-24 02:00 UTC");
        correction.GetProperty("explanation").GetProperty("ko").GetString()!.ShouldContain("2026-11-23 02:00 UTC에서 2026-11-24 02:00 UTC 사이");
        var tracked = (await TrackedAsync(db, ReviewStatus.Open)).Where(t => t.Severity == Severity.Correction).ShouldHaveSingleItem();
        var (was, now) = (tracked.Figures[0], tracked.Figures[1]);
        was.Quote.ShouldContain("Rp 10,1 triliun");
        now.Quote.ShouldContain("Rp 10,4 triliun");
        var versions = new SqliteArticleVersionStore(Options.Create(new StorageOptions { DatabasePath = db }));
        (await versions.FindVersionAsync(was.Source, was.ArticleId, Ct)).ShouldNotBeNull().LastFetchedAt.ShouldBe(Monday);
        (await versions.FindVersionAsync(now.Source, now.ArticleId, Ct)).ShouldNotBeNull().FirstFetchedAt.ShouldBe(Tuesday);

        // The conflict citing the page that answered 404 is resolved by source, with the reason in its history.
        var resolved = (await TrackedAsync(db, ReviewStatus.ResolvedBySource)).ShouldHaveSingleItem();
        resolved.Id.ShouldBe(goneFinding.Id);
        var history = (await DetailAsync(db, resolved.Id)).History;
        var gone = history.Where(e => e.Kind == FindingEventKind.ResolvedBySource).ShouldHaveSingleItem();
        gone.Changes.ShouldHaveSingleItem().GoneReason.ShouldBe("HTTP 404");

        // The new page's disagreement and the correction are first seen by the second run.
        var firstSeenNow = (await TrackedAsync(db, ReviewStatus.Open)).Where(t => t.FirstSeenAt == Tuesday).ToArray();
        firstSeenNow.Select(t => t.Severity).ShouldBe([Severity.Conflict, Severity.Correction], ignoreOrder: true);
        firstSeenNow.Single(t => t.Severity == Severity.Conflict).Figures.Select(f => f.Source)
            .ShouldContain(server.Url(CorrectionSite.NewPage));

        // runs show lists the same: the second run's diff, as editors read it in the morning.
        var list = await CliRunner.RunAsync(_temp.Path, Settings, ["runs", "list", "--json", "--db", db], stdin: null, _time, Ct);
        using var runs = JsonDocument.Parse(list.Output);
        var latest = runs.RootElement.GetProperty("runs")[0].GetProperty("id").GetString()!;
        var show = await CliRunner.RunAsync(_temp.Path, Settings, ["runs", "show", latest, "--json", "--db", db], stdin: null, _time, Ct);
        show.ExitCode.ShouldBe(0, show.Errors);
        using var detail = JsonDocument.Parse(show.Output);
        var changes = detail.RootElement.GetProperty("changes");
        changes.GetProperty("corrections").GetArrayLength().ShouldBe(1);
        changes.GetProperty("resolved").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldBe([goneFinding.Id]);
        changes.GetProperty("new").EnumerateArray().Select(e => e.GetProperty("id").GetString())
            .ShouldBe([firstSeenNow.Single(t => t.Severity == Severity.Conflict).Id]);
    }

    private Task<CliResult> RunAsync(string db, string output, string[] urls) => CliRunner.RunAsync(
        _temp.Path, Settings, ["run", .. urls, "--allow-private-network", "--out", _temp.File(output), "--db", db], stdin: null, _time, Ct);

    private async Task<JsonElement[]> FindingsAsync(string output)
    {
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_temp.File(output), "report.json"), Ct));
        return [.. report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.Clone())];
    }

    private static async Task<TrackedFinding[]> TrackedAsync(string db, ReviewStatus status)
    {
        var options = Options.Create(new StorageOptions { DatabasePath = db });
        var ids = await new SqliteFindingQueue(options).ListIdsAsync(new FindingQueueQuery(Status: status), Ct);
        var details = await Task.WhenAll(ids.Select(id => DetailAsync(db, id)));
        return [.. details.Select(d => d.Finding)];
    }

    private static async Task<FindingDetail> DetailAsync(string db, string id) =>
        (await new SqliteReviewStore(Options.Create(new StorageOptions { DatabasePath = db })).LoadDetailAsync(id, withRelated: false, Ct)).ShouldNotBeNull();
}
