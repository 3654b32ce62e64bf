using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FactPipeline.TestSupport;

/// <summary>
/// A news site on 127.0.0.1 serving <see cref="SyntheticCorpus"/> articles as HTML pages, listed by <c>/sitemap.xml</c>,
/// with ETags (a page asked for with its current ETag gets 304). Articles can be changed, removed (404) and added
/// while it runs: the second version of a corpus, for runs that must see what changed.
/// </summary>
public sealed class SyntheticNewsSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<int, string> _pages = new();
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private int _next;

    private SyntheticNewsSite(WebApplication app) => _app = app;

    public string BaseUrl { get; private init; } = "";

    public string SitemapUrl => BaseUrl + "/sitemap.xml";

    /// <summary>How many times each path was asked for.</summary>
    public IReadOnlyDictionary<string, int> Hits => _hits;

    public IReadOnlyCollection<int> Articles => _pages.Keys.Order().ToArray();

    public static async Task<SyntheticNewsSite> StartAsync(int count, int seed = 42)
    {
        SyntheticNewsSite? site = null;
        var (app, baseUrl) = await LoopbackKestrel.StartAsync(_ => context => site!.HandleAsync(context));
        site = new SyntheticNewsSite(app) { BaseUrl = baseUrl };
        foreach (var (_, text) in SyntheticCorpus.Generate(count, seed))
        {
            site.Add(text);
        }
        return site;
    }

    public string ArticleUrl(int index) => $"{BaseUrl}/news/{index:D6}.html";

    /// <summary>Adds an article (plain text: title line, date line, paragraphs); its index.</summary>
    public int Add(string text)
    {
        var index = Interlocked.Increment(ref _next) - 1;
        _pages[index] = text;
        return index;
    }

    public string TextOf(int index) => _pages[index];

    /// <summary>Replaces an article's text: the page at the same URL now says something else.</summary>
    public void Change(int index, Func<string, string> edit) => _pages[index] = edit(_pages[index]);

    /// <summary>The page is gone: 404, and no longer in the sitemap.</summary>
    public void Remove(int index) => _pages.TryRemove(index, out _);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (path == "/sitemap.xml")
        {
            await WriteAsync(context, "application/xml", Sitemap());
            return;
        }
        if (path.StartsWith("/news/", StringComparison.Ordinal)
            && int.TryParse(path.AsSpan("/news/".Length, 6), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && _pages.TryGetValue(index, out var text))
        {
            var html = Html(text);
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(html)), 0, 8) + "\"";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = (int)HttpStatusCode.NotModified;
                return;
            }
            context.Response.Headers.ETag = etag;
            await WriteAsync(context, "text/html; charset=utf-8", html);
            return;
        }
        context.Response.StatusCode = (int)HttpStatusCode.NotFound;
    }

    private string Sitemap()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var index in Articles)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<url><loc>{ArticleUrl(index)}</loc></url>\n");
        }
        return xml.Append("</urlset>\n").ToString();
    }

    /// <summary>The text as an article page: its first line the title, the rest paragraphs, with a menu around it.</summary>
    private static string Html(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(lines[0])).Append("</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
            .Append(WebUtility.HtmlEncode(lines[0])).Append("</h1>");
        foreach (var line in lines.Skip(1))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
        }
        return html.Append("</article><footer>Synthetic News</footer></body></html>").ToString();
    }

    private static async Task WriteAsync(HttpContext context, string type, string body)
    {
        context.Response.ContentType = type;
        await context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
