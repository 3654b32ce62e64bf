using FactPipeline.Core.Fetching.Web;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactPipeline.Core.Tests.Fetching.Web;

public sealed class HostGateTests
{
    private static readonly Uri Site = new("https://news.example/a.html");

    private static HostGate Gate(FakeTimeProvider? time = null) => new(
        Options.Create(new FetchOptions { PolitenessDelay = TimeSpan.FromSeconds(1), MaxCrawlDelay = TimeSpan.FromSeconds(30), MaxConcurrencyPerHost = 1 }),
        time ?? new FakeTimeProvider());

    [Fact]
    public void DelayFor_CrawlDelayLarger_Wins()
    {
        using var gate = Gate();

        gate.SetCrawlDelay(Site, TimeSpan.FromSeconds(5));

        gate.DelayFor(Site).ShouldBe(TimeSpan.FromSeconds(5));
        gate.DelayFor(new Uri("https://other.example/")).ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void DelayFor_CrawlDelaySmaller_KeepsPolitenessDelay()
    {
        using var gate = Gate();

        gate.SetCrawlDelay(Site, TimeSpan.FromMilliseconds(100));

        gate.DelayFor(Site).ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void DelayFor_HugeCrawlDelay_IsCapped()
    {
        using var gate = Gate();

        gate.SetCrawlDelay(Site, TimeSpan.FromHours(1));

        gate.DelayFor(Site).ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Enter_SecondRequestToSameHost_WaitsForTheClock()
    {
        var time = new FakeTimeProvider();
        using var gate = Gate(time);
        using (await gate.EnterAsync(Site, TestContext.Current.CancellationToken))
        {
        }

        var second = gate.EnterAsync(Site, TestContext.Current.CancellationToken);
        second.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(1));
        using var lease = await second;

        second.IsCompletedSuccessfully.ShouldBeTrue();
    }

    [Fact]
    public async Task Enter_SharedSlotsReservedByOtherWorkers_WaitsForTheSharedStart()
    {
        var time = new FakeTimeProvider();
        // Other workers took the next three seconds of this host.
        var shared = new ReservedAhead(time.GetUtcNow().AddSeconds(3));
        using var gate = new HostGate(
            Options.Create(new FetchOptions { PolitenessDelay = TimeSpan.FromSeconds(1), MaxConcurrencyPerHost = 1 }), time, shared);

        var entering = gate.EnterAsync(Site, TestContext.Current.CancellationToken);
        await Task.Yield();
        time.Advance(TimeSpan.FromSeconds(2));
        entering.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(1));
        using var lease = await entering;

        shared.Asked.ShouldBe(["https://news.example"]);
    }

    private sealed class ReservedAhead(DateTimeOffset start) : IHostSlotStore
    {
        public List<string> Asked { get; } = [];

        public Task<DateTimeOffset> ReserveAsync(string host, DateTimeOffset now, TimeSpan gap, CancellationToken cancellationToken = default)
        {
            Asked.Add(host);
            return Task.FromResult(start);
        }
    }
}
