using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>
/// Admits requests so the crawler stays polite: at most N at a time per host and overall, and a minimum
/// gap between request starts to one host (the configured delay, or robots.txt's Crawl-delay when larger). With a
/// shared <see cref="IHostSlotStore"/> (hosts that run jobs on several workers), the gap holds across all of them.
/// </summary>
public sealed class HostGate(IOptions<FetchOptions> options, TimeProvider time, IHostSlotStore? shared = null) : IDisposable
{
    private readonly FetchOptions _options = options.Value;
    private readonly SemaphoreSlim _overall = new(options.Value.MaxConcurrency);
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a slot for this URL's host; dispose the lease when the response body is read.</summary>
    public async Task<IDisposable> EnterAsync(Uri uri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var host = HostOf(uri);
        await host.Slots.WaitAsync(cancellationToken);
        try
        {
            TimeSpan wait;
            if (shared is not null && DelayFor(host) > TimeSpan.Zero)
            {
                var now = time.GetUtcNow();
                wait = await shared.ReserveAsync(uri.GetLeftPart(UriPartial.Authority), now, DelayFor(host), cancellationToken) - now;
            }
            else
            {
                lock (host)
                {
                    var now = time.GetUtcNow();
                    var start = host.NextStart > now ? host.NextStart : now;
                    host.NextStart = start + DelayFor(host);
                    wait = start - now;
                }
            }
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
            await _overall.WaitAsync(cancellationToken);
            return new Lease(this, host);
        }
        catch
        {
            host.Slots.Release();
            throw;
        }
    }

    /// <summary>Records a host's robots.txt Crawl-delay.</summary>
    public void SetCrawlDelay(Uri uri, TimeSpan crawlDelay) => HostOf(uri).CrawlDelay = crawlDelay;

    /// <summary>The gap kept between request starts to this URL's host.</summary>
    public TimeSpan DelayFor(Uri uri) => DelayFor(HostOf(uri));

    private TimeSpan DelayFor(HostState host)
    {
        var crawl = host.CrawlDelay < _options.MaxCrawlDelay ? host.CrawlDelay : _options.MaxCrawlDelay;
        return crawl > _options.PolitenessDelay ? crawl : _options.PolitenessDelay;
    }

    private HostState HostOf(Uri uri) =>
        _hosts.GetOrAdd(uri.GetLeftPart(UriPartial.Authority), _ => new HostState(_options.MaxConcurrencyPerHost));

    public void Dispose()
    {
        _overall.Dispose();
        foreach (var host in _hosts.Values)
        {
            host.Slots.Dispose();
        }
    }

    private sealed class HostState(int slots)
    {
        public SemaphoreSlim Slots { get; } = new(slots);

        public DateTimeOffset NextStart { get; set; }

        public TimeSpan CrawlDelay { get; set; }
    }

    private sealed class Lease(HostGate gate, HostState host) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate._overall.Release();
                host.Slots.Release();
            }
        }
    }
}
