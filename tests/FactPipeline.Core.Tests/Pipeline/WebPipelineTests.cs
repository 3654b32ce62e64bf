using FactPipeline.Core.Fetching.Web;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>The whole pipeline over URLs and feeds served by the fixture news site on 127.0.0.1.</summary>
[Trait("Category", "EndToEnd")]
[Trait("Category", "Slow")]
public sealed class WebPipelineTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly WebHarness _harness = new();
    private TestNewsServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await TestNewsServer.StartAsync(TestNewsServer.Fixture("news"));

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _harness.Dispose();
    }

    [Fact]
    public async Task Run_FeedWithTroublePages_ReportsEachProblemAndProcessesTheRest()
    {
        var result = await _harness.RunAsync(_server.Url("/feed.xml"));

        var problems = result.Report.Problems.ToDictionary(p => new Uri(p.Source).AbsolutePath, p => p.Reason);
        problems.ShouldBe(new Dictionary<string, string>
        {
            ["/private/internal-memo.html"] = RobotsPolicy.DisallowedReason,
            ["/slow.html"] = "timed out after 3 attempts",
            ["/loop-a.html"] = "redirect loop",
            ["/huge.html"] = "too large: stopped at 5 MB",
            ["/to-private.html"] = "refused: resolves to private address 10.0.0.5",
        }, ignoreOrder: true);
        result.Report.Articles.Select(a => new Uri(a.Source).AbsolutePath).ShouldBe(
            ["/en/chip-subsidy.html", "/id/subsidi-chip.html", "/ko/chip-subsidy.html", "/legacy/euc-kr.html", "/rate-limited.html", "/recovering.html"],
            ignoreOrder: true);
        _server.Hits("/private/internal-memo.html").ShouldBe(0);
        // Once per host, not once per page (11 pages): a retry of that one fetch is allowed, because on a loaded
        // 2-core CI machine the first request can outlast the 3-second attempt timeout while the stack warms up.
        _server.Hits("/robots.txt").ShouldBeInRange(1, 3);
        _server.Requests.Where(r => r.Path == "/recovering.html").Select(r => r.Status).ShouldBe([503, 503, 200]);
        _server.Requests.Where(r => r.Path == "/rate-limited.html").Select(r => r.Status).ShouldBe([429, 200]);
        result.Report.Claims.ShouldContain(c => c.Value.Amount == 12_000_000_000_000m && c.Value.Unit == "IDR");
    }

    [Fact]
    public async Task Run_EucKrPageWithoutCharsetHeader_DecodesKorean()
    {
        var result = await _harness.RunAsync(_server.Url("/legacy/euc-kr.html"));

        var article = result.Report.Articles.ShouldHaveSingleItem();
        article.Language.ShouldBe("ko");
        article.Title.ShouldNotBeNull().ShouldContain("바탐 항만 확장 사업 승인");
        article.Text.ShouldContain("4조 2천억 루피아");
    }

    [Fact]
    public async Task Run_SameFeedTwice_DownloadsNoArticleBodyAndAddsNothing()
    {
        var first = await _harness.RunAsync(_server.Url("/clean.xml"));
        var countsAfterFirst = await _harness.Store.CountAsync(Ct);
        var requestsAfterFirst = _server.Requests.Count;

        var second = await _harness.RunAsync(_server.Url("/clean.xml"));

        var secondRun = _server.Requests.Skip(requestsAfterFirst).ToArray();
        var articleRequests = secondRun.Where(r => r.Path.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        articleRequests.Length.ShouldBe(4);
        articleRequests.ShouldAllBe(r => r.Status == 304 && r.BodyBytes == 0);
        (await _harness.Store.CountAsync(Ct)).ShouldBe(countsAfterFirst with { Runs = countsAfterFirst.Runs + 1 });
        second.ReusedArticles.ShouldBe(4);
        second.Report.Articles.Count.ShouldBe(first.Report.Articles.Count);
        second.Report.Findings.Select(f => (f.Id, f.Severity)).ShouldBe(first.Report.Findings.Select(f => (f.Id, f.Severity)));
    }

    [Fact]
    public async Task Run_AfterFetch_RecordsValidatorsAndArticleIdPerUrl()
    {
        var url = _server.Url("/en/chip-subsidy.html");

        var result = await _harness.RunAsync(url);

        var state = (await _harness.FetchState.GetAsync(url, Ct)).ShouldNotBeNull();
        state.ArticleId.ShouldBe(result.Report.Articles.Single().Id);
        using var http = new HttpClient();
        using var served = await http.GetAsync(url, Ct);
        state.ETag.ShouldBe(served.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Run_FilesAndUrlsMixed_ProcessesBoth()
    {
        var file = Fixtures.PathOf("Fetching/articles/a-first.html");

        var result = await _harness.RunAsync(file, _server.Url("/ko/chip-subsidy.html"), _server.Url("/missing.html"));

        result.Report.Articles.Select(a => a.Source).ShouldBe([file, _server.Url("/ko/chip-subsidy.html")], ignoreOrder: true);
        result.Report.Problems.ShouldBe([new InputProblem(_server.Url("/missing.html"), "HTTP 404") { Gone = true }]);
    }

    [Fact]
    public async Task Run_SamplesFeed_GivesTheSameFindingsAsTheFiles()
    {
        await using var samples = await TestNewsServer.StartAsync(TestNewsServer.Fixture("samples-feed"), RepoPaths.Samples);
        using var files = new WebHarness();

        var overHttp = await _harness.RunAsync(samples.Url("/feed.xml"));
        var fromDisk = await files.RunAsync(RepoPaths.Samples);

        overHttp.Report.Problems.ShouldBeEmpty();
        overHttp.Report.Articles.Count.ShouldBe(fromDisk.Report.Articles.Count);
        Summary(overHttp.Report).ShouldBe(Summary(fromDisk.Report));
        overHttp.Report.Findings.ShouldContain(f => f.Severity == Severity.Minor && f.Topic.Contains("KRW", StringComparison.Ordinal));
    }

    /// <summary>Severity, topic and the amounts involved: what an editor reads, independent of sources.</summary>
    internal static string[] Summary(FactPipeline.Core.Summaries.RunReport report)
    {
        var claims = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return report.Findings
            .Select(f => $"{f.Severity} {f.Topic} {string.Join("/", f.ClaimIds.Select(id => claims[id].Value.Amount).Order())}")
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
