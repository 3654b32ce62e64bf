using FactPipeline.Core.Common.Options;
using System.ComponentModel.DataAnnotations;
using FactPipeline.Core.Common.Http;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>How URLs are fetched (configuration section "Fetching"). Defaults are a polite crawler's.</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetching";

    public const string DefaultUserAgent = "FactPipeline/1.0 (+https://github.com/factpipeline)";

    [Required(AllowEmptyStrings = false)]
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>
    /// Lifts the refusal of loopback, private, link-local, CGNAT and metadata addresses. Off by default so
    /// that a feed cannot point the tool at the newsroom's intranet or a cloud metadata endpoint.
    /// </summary>
    public bool AllowPrivateNetwork { get; set; }

    /// <summary>
    /// "host" or "host:port" entries exempt from the private-address refusal while it stays on for every
    /// other host (a local test server, one intranet mirror).
    /// </summary>
    public IReadOnlyList<string>? TrustedHosts { get; set; }

    /// <summary>Obeys robots.txt; turning it off is for sites that asked for it in writing.</summary>
    public bool RespectRobotsTxt { get; set; } = true;

    /// <summary>
    /// Retries, timeouts and the circuit breaker ("Fetching:Resilience"), one breaker per host: up to 4 attempts
    /// 1 s apart and growing, 20 s each and 90 s in all, Retry-After honoured up to 60 s; a host's circuit opens for
    /// 30 s when half of at least 20 requests in 30 s failed.
    /// </summary>
    [Required]
    public ResilienceOptions Resilience { get; set; } = new();

    [Range(1, 64)]
    public int MaxConcurrencyPerHost { get; set; } = 2;

    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Minimum gap between two requests to the same host; robots.txt Crawl-delay wins when larger.</summary>
    [TimeSpanRange("00:00:00", "00:10:00")]
    public TimeSpan PolitenessDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Crawl-delay above this is capped, so one site cannot stall a newsroom run for hours.</summary>
    [TimeSpanRange("00:00:00", "00:10:00")]
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The download stops at this many bytes; nothing beyond it is buffered.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxBodyBytes { get; set; } = 5L * 1024 * 1024;

    [Range(0, 20)]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Media types accepted from servers (pages, feeds, sitemaps). Null means <see cref="DefaultContentTypes"/>.</summary>
    public IReadOnlyList<string>? AllowedContentTypes { get; set; }

    /// <summary>Article URLs taken from one feed or sitemap when its source sets no limit.</summary>
    [Range(1, 100_000)]
    public int DefaultItemLimit { get; set; } = 50;

    /// <summary>How deep sitemap index files are followed.</summary>
    [Range(0, 10)]
    public int MaxSitemapDepth { get; set; } = 3;

    /// <summary>Sitemap files read per source, over all levels.</summary>
    [Range(1, 10_000)]
    public int MaxSitemapFiles { get; set; } = 50;

    public static readonly IReadOnlyList<string> DefaultContentTypes =
    [
        "text/html", "application/xhtml+xml", "text/plain",
        "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
    ];

    internal IReadOnlyList<string> EffectiveContentTypes =>
        AllowedContentTypes is { Count: > 0 } configured ? configured : DefaultContentTypes;
}
