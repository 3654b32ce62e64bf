using System.Runtime.CompilerServices;
using FactPipeline.Core.Model;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>
/// Reads URLs: an article page, or an RSS/Atom feed or sitemap (index) expanded to its newest article URLs.
/// Pages are fetched conditionally against the validators stored last time; robots.txt is obeyed; article
/// pages of one feed are fetched concurrently (the <see cref="HostGate"/> keeps that polite) but yielded in order.
/// </summary>
public sealed class WebSource(
    IHttpFetcher fetcher,
    IRobotsPolicy robots,
    IFetchStateStore state,
    IOptions<FetchOptions> fetchOptions,
    IOptions<SourcesOptions> sources) : IDocumentSource
{
    private readonly FetchOptions _options = fetchOptions.Value;

    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public async IAsyncEnumerable<SourceResult> ReadAsync(
        IReadOnlyList<string> inputs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        await state.InitializeAsync(cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal); // one article listed by two feeds is read once
        foreach (var input in inputs)
        {
            await foreach (var result in ReadOneAsync(input, seen, cancellationToken))
            {
                yield return result with { Origin = input };
            }
        }
    }

    private async IAsyncEnumerable<SourceResult> ReadOneAsync(string input, HashSet<string> seen, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!IsUrl(input))
        {
            yield return SourceResult.Fail(input, "not an http(s) URL");
            yield break;
        }
        if (!seen.Add(new Uri(input).AbsoluteUri))
        {
            yield break;
        }
        var uri = new Uri(input);
        var definition = sources.Value.Find(input);
        var kind = definition?.Kind ?? SourceKind.Auto;
        var language = definition?.Language;
        if (kind == SourceKind.Page)
        {
            yield return await FetchPageAsync(uri, input, language, cancellationToken);
            yield break;
        }

        // Feed, sitemap, or not yet known: a URL that became an article before is asked for conditionally.
        var stored = kind == SourceKind.Auto ? await state.GetAsync(input, cancellationToken) : null;
        var response = await fetcher.FetchAsync(Request(uri, stored), cancellationToken);
        if (response.Outcome != FetchOutcome.Ok)
        {
            yield return PageResult(input, response, stored, language);
            yield break;
        }
        var feed = FeedParser.Parse(response.Body!, response.FinalUrl);
        if (feed.Format == FeedFormat.NotAFeed)
        {
            if (kind != SourceKind.Auto)
            {
                yield return SourceResult.Fail(input, $"not a {kind.ToString().ToLowerInvariant()} document ({response.MediaType})");
            }
            else
            {
                yield return PageResult(input, response, stored, language);
            }
            yield break;
        }

        var limit = definition?.Limit ?? _options.DefaultItemLimit;
        var problems = new List<SourceResult>();
        var entries = feed.Format == FeedFormat.SitemapIndex
            ? await ExpandSitemapIndexAsync(feed, definition?.Since, problems, cancellationToken)
            : feed.Entries;
        foreach (var problem in problems)
        {
            yield return problem;
        }
        var selected = new FeedDocument(feed.Format, entries).Select(definition?.Since, limit);
        if (selected.Count == 0)
        {
            yield return SourceResult.Fail(input, definition?.Since is null ? "lists no article URLs" : "lists no article URLs since the configured date");
            yield break;
        }

        // A sliding window keeps a few pages in flight without holding a whole sitemap in memory.
        var pending = new Queue<Task<SourceResult>>();
        var window = Math.Max(1, _options.MaxConcurrency * 2);
        foreach (var entry in selected)
        {
            var source = entry.Url.AbsoluteUri;
            if (!seen.Add(source))
            {
                continue;
            }
            pending.Enqueue(FetchPageAsync(entry.Url, source, language, cancellationToken));
            if (pending.Count >= window)
            {
                yield return await pending.Dequeue();
            }
        }
        while (pending.Count > 0)
        {
            yield return await pending.Dequeue();
        }
    }

    /// <summary>
    /// The article URLs a feed or sitemap lists (as <see cref="ReadAsync"/> selects them: newest first, the source's limit
    /// and date), or the input itself when it is a page. A page is fetched again by whoever reads it: listing it only
    /// learns that it is one.
    /// </summary>
    public async Task<SourceExpansion> ExpandAsync(string input, CancellationToken cancellationToken = default)
    {
        if (!IsUrl(input))
        {
            return SourceExpansion.Failed(input, "not an http(s) URL");
        }
        await state.InitializeAsync(cancellationToken);
        var definition = sources.Value.Find(input);
        var kind = definition?.Kind ?? SourceKind.Auto;
        if (kind == SourceKind.Page)
        {
            return SourceExpansion.Of(input);
        }
        var stored = kind == SourceKind.Auto ? await state.GetAsync(input, cancellationToken) : null;
        var response = await fetcher.FetchAsync(Request(new Uri(input), stored), cancellationToken);
        if (response.Outcome == FetchOutcome.NotModified && stored is not null)
        {
            return SourceExpansion.Of(input); // a page stored before, still current
        }
        if (response.Outcome != FetchOutcome.Ok)
        {
            var reason = response.Reason ?? $"HTTP {response.StatusCode}";
            return IsGone(response) ? SourceExpansion.Gone(input, reason) : SourceExpansion.Failed(input, reason);
        }
        var feed = FeedParser.Parse(response.Body!, response.FinalUrl);
        if (feed.Format == FeedFormat.NotAFeed)
        {
            return kind == SourceKind.Auto
                ? SourceExpansion.Of(input)
                : SourceExpansion.Failed(input, $"not a {kind.ToString().ToLowerInvariant()} document ({response.MediaType})");
        }
        var problems = new List<SourceResult>();
        var entries = feed.Format == FeedFormat.SitemapIndex
            ? await ExpandSitemapIndexAsync(feed, definition?.Since, problems, cancellationToken)
            : feed.Entries;
        var selected = new FeedDocument(feed.Format, entries).Select(definition?.Since, definition?.Limit ?? _options.DefaultItemLimit);
        var found = problems.Select(p => p.Problem!).ToList();
        if (selected.Count == 0)
        {
            found.Add(new InputProblem(input, definition?.Since is null ? "lists no article URLs" : "lists no article URLs since the configured date"));
        }
        var items = selected.Select(e => e.Url.AbsoluteUri).Distinct(StringComparer.Ordinal).ToArray();
        return new SourceExpansion(items, found);
    }

    private async Task<SourceResult> FetchPageAsync(Uri uri, string source, string? language, CancellationToken cancellationToken)
    {
        var stored = await state.GetAsync(source, cancellationToken);
        var response = await fetcher.FetchAsync(Request(uri, stored), cancellationToken);
        return PageResult(source, response, stored, language);
    }

    /// <summary>404 and 410 say the page is gone, not that it failed this time: findings citing it can be resolved.</summary>
    private static bool IsGone(FetchResponse response) => response.Outcome == FetchOutcome.Failed && response.StatusCode is 404 or 410;

    private static SourceResult PageResult(string source, FetchResponse response, FetchState? stored, string? language) => response.Outcome switch
    {
        FetchOutcome.NotModified when stored is not null => SourceResult.NotModified(source, stored.ArticleId),
        FetchOutcome.NotModified => SourceResult.Fail(source, "HTTP 304 for a page never stored"),
        FetchOutcome.Failed when IsGone(response) => SourceResult.Gone(source, response.Reason ?? $"HTTP {response.StatusCode}"),
        FetchOutcome.Failed => SourceResult.Fail(source, response.Reason ?? $"HTTP {response.StatusCode}"),
        _ when response.MediaType is "text/html" or "application/xhtml+xml" or "text/plain" => SourceResult.Ok(
            new SourceDocument(source, response.Body!, response.MediaType == "text/plain" ? "text/plain" : "text/html", response.Charset)
            {
                ETag = response.ETag,
                LastModified = response.LastModified,
                IsFetched = true,
                Language = language,
            }),
        _ => SourceResult.Fail(source, $"not an article page ({response.MediaType})"),
    };

    private FetchRequest Request(Uri uri, FetchState? stored) =>
        new(uri, stored?.ETag, stored?.LastModified, robots.CheckAsync);

    /// <summary>Breadth-first over child sitemaps, newest first, bounded in depth and in files read.</summary>
    private async Task<IReadOnlyList<FeedEntry>> ExpandSitemapIndexAsync(
        FeedDocument index, DateTimeOffset? since, List<SourceResult> problems, CancellationToken cancellationToken)
    {
        var entries = new List<FeedEntry>();
        var visited = new HashSet<Uri>();
        var queue = new Queue<(FeedDocument Index, int Depth)>([(index, 1)]);
        var files = 0;
        while (queue.TryDequeue(out var level))
        {
            foreach (var child in level.Index.Select(since, _options.MaxSitemapFiles))
            {
                if (files >= _options.MaxSitemapFiles)
                {
                    return entries;
                }
                if (!visited.Add(child.Url))
                {
                    continue;
                }
                files++;
                var response = await fetcher.FetchAsync(Request(child.Url, null), cancellationToken);
                if (response.Outcome != FetchOutcome.Ok)
                {
                    problems.Add(SourceResult.Fail(child.Url.AbsoluteUri, response.Reason ?? $"HTTP {response.StatusCode}"));
                    continue;
                }
                var document = FeedParser.Parse(response.Body!, response.FinalUrl);
                if (document.Format == FeedFormat.SitemapIndex && level.Depth < _options.MaxSitemapDepth)
                {
                    queue.Enqueue((document, level.Depth + 1));
                }
                else if (document.Format is FeedFormat.Sitemap or FeedFormat.Rss or FeedFormat.Atom)
                {
                    entries.AddRange(document.Entries);
                }
            }
        }
        return entries;
    }
}
