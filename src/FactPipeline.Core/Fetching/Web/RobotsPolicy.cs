using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>Answers whether a URL may be fetched; null means yes, otherwise the reason to skip it.</summary>
public interface IRobotsPolicy
{
    Task<string?> CheckAsync(Uri url, CancellationToken cancellationToken = default);
}

/// <summary>
/// Fetches each host's robots.txt once per process and caches it. Per RFC 9309 a 4xx means no rules and
/// an unreachable file (5xx, network failure) means stay out. Crawl-delay is handed to the <see cref="HostGate"/>.
/// </summary>
public sealed class RobotsPolicy(IHttpFetcher fetcher, HostGate gate, IOptions<FetchOptions> options) : IRobotsPolicy
{
    public const string DisallowedReason = "disallowed by robots.txt";

    private const long MaxRobotsBytes = 512 * 1024;

    private readonly ConcurrentDictionary<string, Lazy<Task<(RobotsTxt Rules, string? Unreachable)>>> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<string?> CheckAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!options.Value.RespectRobotsTxt)
        {
            return null;
        }
        var authority = url.GetLeftPart(UriPartial.Authority);
        // Not bound to the first caller's token: a cancelled caller must not poison the cache for the rest.
        var (robots, unreachable) = await _cache
            .GetOrAdd(authority, a => new Lazy<Task<(RobotsTxt, string?)>>(() => LoadAsync(new Uri(a + "/robots.txt"))))
            .Value.WaitAsync(cancellationToken);
        return unreachable ?? (robots.IsAllowed(url) ? null : DisallowedReason);
    }

    private async Task<(RobotsTxt, string?)> LoadAsync(Uri robotsUrl)
    {
        var response = await fetcher.FetchAsync(new FetchRequest(robotsUrl, MaxBodyBytes: MaxRobotsBytes));
        switch (response)
        {
            case { Outcome: FetchOutcome.Ok, Body: { } body }:
                var robots = RobotsTxt.Parse(Encoding.UTF8.GetString(body), options.Value.UserAgent);
                if (robots.CrawlDelay is { } delay)
                {
                    gate.SetCrawlDelay(robotsUrl, delay);
                }
                return (robots, null);
            case { StatusCode: >= 400 and < 500 }:
                return (RobotsTxt.AllowAll, null);
            // A refused host is refused again, by name, when the page itself is fetched; an oversized or
            // non-text robots.txt is treated as absent rather than as a ban.
            case { Reason: { } reason } when reason.StartsWith("refused", StringComparison.Ordinal)
                || reason.StartsWith("too large", StringComparison.Ordinal)
                || reason.StartsWith("unsupported content type", StringComparison.Ordinal):
                return (RobotsTxt.AllowAll, null);
            default:
                return (RobotsTxt.DisallowAll, $"robots.txt unreachable ({response.Reason}): not crawling this host");
        }
    }
}
