using FactPipeline.Core.Fetching;
using FactPipeline.Core.Fetching.Web;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Fetching.Web;

[Trait("Category", "EndToEnd")]
public sealed class WebSourceTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TestNewsServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await TestNewsServer.StartAsync(TestNewsServer.Fixture("news"));

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static async Task<List<SourceResult>> ReadAsync(WebHarness harness, params string[] inputs)
    {
        var results = new List<SourceResult>();
        await foreach (var result in harness.WebSource.ReadAsync(inputs, Ct))
        {
            results.Add(result);
        }
        return results;
    }

    private string PathOf(SourceResult result) =>
        new Uri(result.Document?.Source ?? result.Problem!.Source).AbsolutePath;

    [Fact]
    public async Task Read_AtomFeed_YieldsArticlesNewestFirst()
    {
        using var harness = new WebHarness(new Dictionary<string, string?> { ["Fetching:MaxConcurrency"] = "1" });

        var results = await ReadAsync(harness, _server.Url("/atom.xml"));

        results.Select(PathOf).ShouldBe(["/ko/chip-subsidy.html", "/en/chip-subsidy.html", "/en/old-story.html"]);
        results[^1].Problem!.Reason.ShouldBe("HTTP 404");
    }

    [Fact]
    public async Task Read_SitemapIndex_ExpandsNestedSitemaps()
    {
        using var harness = new WebHarness();

        var results = await ReadAsync(harness, _server.Url("/sitemap-index.xml"));

        results.Select(PathOf).ShouldBe(["/ko/chip-subsidy.html", "/id/subsidi-chip.html", "/recovering.html"]);
        results.ShouldAllBe(r => r.Document != null);
        _server.Hits("/sitemap-2025.xml").ShouldBe(1);
    }

    [Fact]
    public async Task Read_SitemapIndexDepthOne_DoesNotFollowNestedIndex()
    {
        using var harness = new WebHarness(new Dictionary<string, string?> { ["Fetching:MaxSitemapDepth"] = "1" });

        var results = await ReadAsync(harness, _server.Url("/sitemap-index.xml"));

        results.Select(PathOf).ShouldBe(["/ko/chip-subsidy.html", "/id/subsidi-chip.html"]);
        _server.Hits("/sitemap-2025.xml").ShouldBe(0);
    }

    [Fact]
    public async Task Read_ConfiguredSourceWithLimitSinceAndLanguage_AppliesThem()
    {
        var feed = _server.Url("/feed.xml");
        using var harness = new WebHarness(new Dictionary<string, string?>
        {
            ["Sources:0:Name"] = "Harian Nusantara",
            ["Sources:0:Url"] = feed,
            ["Sources:0:Kind"] = "rss",
            ["Sources:0:Limit"] = "2",
            ["Sources:0:Since"] = "2026-01-12T00:00:00Z",
            ["Sources:0:Language"] = "id",
        });

        var results = await ReadAsync(harness, feed);

        results.Select(PathOf).ShouldBe(["/legacy/euc-kr.html", "/ko/chip-subsidy.html"]); // 13 Jan, then 12 Jan 04:00Z
        results.ShouldAllBe(r => r.Document!.Language == "id" && r.Document.IsFetched);
    }

    [Fact]
    public async Task Read_PageNotFoundOrWithdrawn_IsAProblemMarkedGone()
    {
        using var harness = new WebHarness();

        var results = await ReadAsync(harness, _server.Url("/no-such-page.html"), _server.Url("/withdrawn.html"));

        results.Select(r => (r.Problem!.Reason, r.Problem.Gone)).ShouldBe([("HTTP 404", true), ("HTTP 410", true)]);
    }

    [Fact]
    public async Task Read_PageDisallowedByRobots_IsAProblemNotMarkedGone()
    {
        // The page may well be there: only the server's own 404 or 410 says it is gone.
        using var harness = new WebHarness();

        var results = await ReadAsync(harness, _server.Url("/private/internal-memo.html"));

        results.ShouldHaveSingleItem().Problem!.Gone.ShouldBeFalse();
    }

    [Fact]
    public async Task Read_PageDisallowedByRobots_IsSkippedWithoutFetching()
    {
        using var harness = new WebHarness();

        var results = await ReadAsync(harness, _server.Url("/private/internal-memo.html"));

        results.ShouldHaveSingleItem().Problem!.Reason.ShouldBe("disallowed by robots.txt");
        _server.Hits("/private/internal-memo.html").ShouldBe(0);
        harness.Gate.DelayFor(new Uri(_server.BaseUrl)).ShouldBe(TimeSpan.FromMilliseconds(10)); // Crawl-delay 2 s, capped by the test settings
    }

    [Fact]
    public async Task Read_RobotsIgnoredWhenConfigured_FetchesDisallowedPage()
    {
        using var harness = new WebHarness(new Dictionary<string, string?> { ["Fetching:RespectRobotsTxt"] = "false" });

        var results = await ReadAsync(harness, _server.Url("/private/internal-memo.html"));

        results.ShouldHaveSingleItem().Document.ShouldNotBeNull();
        _server.Hits("/robots.txt").ShouldBe(0);
    }

    [Fact]
    public async Task Read_SameArticleTwice_FetchesItOnce()
    {
        using var harness = new WebHarness();

        var results = await ReadAsync(harness, _server.Url("/clean.xml"), _server.Url("/en/chip-subsidy.html"));

        results.Count.ShouldBe(4);
        _server.Hits("/en/chip-subsidy.html").ShouldBe(1);
    }
}
