using FactPipeline.Core.Fetching.Web;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FactPipeline.Core.Tests.Fetching.Web;

[Trait("Category", "EndToEnd")]
[Trait("Category", "Slow")]
public sealed class HttpFetcherTests : IAsyncLifetime
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

    private Task<FetchResponse> FetchAsync(string path, string? etag = null) =>
        _harness.Fetcher.FetchAsync(new FetchRequest(new Uri(_server.Url(path)), etag), Ct);

    [Fact]
    public async Task Fetch_ServerAnswers503Twice_RetriesThenSucceeds()
    {
        var response = await FetchAsync("/recovering.html");

        response.Outcome.ShouldBe(FetchOutcome.Ok);
        response.Attempts.ShouldBe(3);
        _server.Requests.Where(r => r.Path == "/recovering.html").Select(r => r.Status).ShouldBe([503, 503, 200]);
    }

    [Fact]
    public async Task Fetch_ServerAnswers429WithRetryAfter_WaitsThenSucceeds()
    {
        var response = await FetchAsync("/rate-limited.html");

        response.Outcome.ShouldBe(FetchOutcome.Ok);
        _server.Requests.Where(r => r.Path == "/rate-limited.html").Select(r => r.Status).ShouldBe([429, 200]);
    }

    [Fact]
    public async Task Fetch_AlwaysFailing_ReportsStatusAndAttempts()
    {
        using var harness = new WebHarness(new Dictionary<string, string?> { ["Fetching:Resilience:MaxAttempts"] = "2" });

        var response = await harness.Fetcher.FetchAsync(new FetchRequest(new Uri(_server.Url("/recovering.html"))), Ct);

        response.Outcome.ShouldBe(FetchOutcome.Failed);
        response.Reason.ShouldBe("HTTP 503 after 2 attempts");
    }

    /// <summary>
    /// The page never answers; the attempts time out on a fake clock moved 3 s (one attempt timeout) at a time,
    /// so the test takes about a second instead of nine. Each attempt needs at least one step of its own.
    /// </summary>
    [Fact]
    public async Task Fetch_SlowServer_TimesOutEachAttempt()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var harness = new WebHarness(time: time);

        var fetching = harness.Fetcher.FetchAsync(new FetchRequest(new Uri(_server.Url("/slow.html"))), Ct);
        var steps = 0;
        while (!fetching.IsCompleted && steps < 100)
        {
            await Task.Delay(200, Ct);
            time.Advance(TimeSpan.FromSeconds(3));
            steps++;
        }
        var response = await fetching;

        response.Outcome.ShouldBe(FetchOutcome.Failed);
        response.Reason.ShouldBe("timed out after 3 attempts");
        steps.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_StopsWithReason()
    {
        var response = await FetchAsync("/loop-a.html");

        response.Reason.ShouldBe("redirect loop");
        _server.Hits("/loop-a.html").ShouldBe(1);
        _server.Hits("/loop-b.html").ShouldBe(1);
    }

    [Fact]
    public async Task Fetch_20MegabyteBody_StopsAtTheLimit()
    {
        var response = await FetchAsync("/huge.html");

        response.Outcome.ShouldBe(FetchOutcome.Failed);
        response.Reason.ShouldBe("too large: stopped at 5 MB");
        response.Body.ShouldBeNull();
    }

    [Fact]
    public async Task Fetch_RedirectToPrivateAddress_IsRefusedBeforeConnecting()
    {
        var response = await FetchAsync("/to-private.html");

        response.Outcome.ShouldBe(FetchOutcome.Failed);
        response.Reason.ShouldBe("refused: resolves to private address 10.0.0.5");
        response.FinalUrl.Host.ShouldBe("10.0.0.5");
    }

    [Fact]
    public async Task Fetch_LoopbackWithoutTrustOrAllowPrivate_IsRefusedAndNothingIsSent()
    {
        using var strict = new WebHarness(new Dictionary<string, string?> { ["Fetching:TrustedHosts:0"] = "example.invalid" });

        var response = await strict.Fetcher.FetchAsync(new FetchRequest(new Uri(_server.Url("/en/chip-subsidy.html"))), Ct);

        response.Reason.ShouldBe("refused: resolves to loopback address 127.0.0.1");
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Fetch_AllowPrivateNetwork_ReachesLoopback()
    {
        using var open = new WebHarness(new Dictionary<string, string?>
        {
            ["Fetching:TrustedHosts:0"] = "example.invalid",
            ["Fetching:AllowPrivateNetwork"] = "true",
        });

        var response = await open.Fetcher.FetchAsync(new FetchRequest(new Uri(_server.Url("/en/chip-subsidy.html"))), Ct);

        response.Outcome.ShouldBe(FetchOutcome.Ok);
    }

    [Fact]
    public async Task Fetch_SameETagAgain_GetsNotModifiedWithoutBody()
    {
        var first = await FetchAsync("/en/chip-subsidy.html");

        var second = await FetchAsync("/en/chip-subsidy.html", first.ETag);

        first.ETag.ShouldNotBeNull();
        first.LastModified.ShouldBe("Tue, 13 Jan 2026 00:00:00 GMT");
        second.Outcome.ShouldBe(FetchOutcome.NotModified);
        _server.Requests.Select(r => (r.Status, r.BodyBytes > 0)).ShouldBe([(200, true), (304, false)]);
    }

    [Fact]
    public async Task Fetch_PageWithoutCharsetHeader_LeavesDeclaredCharsetEmpty()
    {
        var legacy = await FetchAsync("/legacy/euc-kr.html");
        var modern = await FetchAsync("/en/chip-subsidy.html");

        legacy.MediaType.ShouldBe("text/html");
        legacy.Charset.ShouldBeNull();
        modern.Charset.ShouldBe("utf-8");
    }

    [Fact]
    public async Task Fetch_Always_SendsConfiguredUserAgent()
    {
        await FetchAsync("/en/chip-subsidy.html");

        // Every attempt, not only the first: on a loaded machine an attempt can time out and be retried.
        _server.Requests.ShouldNotBeEmpty();
        _server.Requests.ShouldAllBe(r => r.UserAgent == FetchOptions.DefaultUserAgent);
    }

    [Fact]
    public async Task Fetch_UnsupportedContentType_IsRejected()
    {
        using var harness = new WebHarness(new Dictionary<string, string?> { ["Fetching:AllowedContentTypes:0"] = "application/xml" });

        var response = await harness.Fetcher.FetchAsync(new FetchRequest(new Uri(_server.Url("/en/chip-subsidy.html"))), Ct);

        response.Reason.ShouldBe("unsupported content type text/html");
    }
}
