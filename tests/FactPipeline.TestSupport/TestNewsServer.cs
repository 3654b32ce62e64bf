using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactPipeline.TestSupport;

/// <summary>
/// Kestrel on 127.0.0.1 (random port) serving fixture sites from folders, with ETag/Last-Modified and 304s,
/// plus the misbehaving pages a crawler meets: 503 twice, 429 with Retry-After, slow, redirect loop, 20 MB,
/// redirect to a private address, 410 Gone. Every request is logged with its status and body bytes.
/// </summary>
public sealed class TestNewsServer : IAsyncDisposable
{
    public const string BaseToken = "{{base}}";
    public const int HugeBytes = 20 * 1024 * 1024;

    private static readonly DateTimeOffset LastModified = new(2026, 1, 13, 0, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly IReadOnlyList<string> _roots;
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

    private TestNewsServer(WebApplication app, IReadOnlyList<string> roots)
    {
        _app = app;
        _roots = roots;
    }

    public string BaseUrl { get; private init; } = "";

    public ConcurrentQueue<ServedRequest> Requests { get; } = new();

    /// <summary>Serves the first of <paramref name="roots"/> holding a requested file.</summary>
    public static async Task<TestNewsServer> StartAsync(params string[] roots)
    {
        TestNewsServer? server = null;
        var (app, baseUrl) = await LoopbackKestrel.StartAsync(app => context => server!.HandleAsync(context));
        server = new TestNewsServer(app, roots) { BaseUrl = baseUrl };
        return server;
    }

    /// <summary>A fixture site folder, Fixtures/Sites/{site}, as the test project copies it next to its assembly.</summary>
    public static string Fixture(string site) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sites", site);

    public string Url(string path) => BaseUrl + path;

    public int Hits(string path) => Requests.Count(r => r.Path == path);

    public long BodyBytes(Func<string, bool> pathFilter) => Requests.Where(r => pathFilter(r.Path)).Sum(r => r.BodyBytes);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var hit = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var (status, bytes) = await RespondAsync(context, path, hit);
        Requests.Enqueue(new ServedRequest(path, status, bytes, context.Request.Headers.UserAgent.ToString()));
    }

    private async Task<(int Status, long Bytes)> RespondAsync(HttpContext context, string path, int hit)
    {
        var response = context.Response;
        switch (path)
        {
            case "/recovering.html" when hit <= 2:
                return (response.StatusCode = 503, 0);
            case "/rate-limited.html" when hit == 1:
                response.Headers.RetryAfter = "1";
                return (response.StatusCode = 429, 0);
            case "/slow.html":
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return (499, 0); // the client gave up, as it should
                }
                return (response.StatusCode = 200, 0);
            case "/loop-a.html":
                return Redirect(response, "/loop-b.html");
            case "/loop-b.html":
                return Redirect(response, "/loop-a.html");
            case "/to-private.html":
                // Never contacted: the fetcher must refuse this address before connecting.
                return Redirect(response, "http://10.0.0.5/article.html");
            case "/withdrawn.html":
                return (response.StatusCode = 410, 0); // taken down for good, as a publisher says it
            case "/huge.html":
                return (200, await WriteHugeAsync(context));
        }
        return await ServeFileAsync(context, path);
    }

    private static (int, long) Redirect(HttpResponse response, string location)
    {
        response.StatusCode = 302;
        response.Headers.Location = location;
        return (302, 0);
    }

    private static async Task<long> WriteHugeAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        long written = 0;
        try
        {
            // Flushing each chunk waits for the client to take it, so the count shows where the client stopped.
            while (written < HugeBytes && !context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                written += chunk.Length;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client stopped reading at its limit and closed the connection.
        }
        return written;
    }

    private async Task<(int, long)> ServeFileAsync(HttpContext context, string path)
    {
        var relative = path.TrimStart('/').Replace('/', Path.DirectorySeparatorChar);
        var file = _roots.Select(r => Path.Combine(r, relative)).FirstOrDefault(f => !relative.Contains("..", StringComparison.Ordinal) && File.Exists(f));
        var response = context.Response;
        if (file is null)
        {
            return (response.StatusCode = 404, 0);
        }
        var bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        if (file.EndsWith(".xml", StringComparison.Ordinal))
        {
            bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(BaseToken, BaseUrl, StringComparison.Ordinal));
        }
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"";
        response.Headers.ETag = etag;
        response.Headers.LastModified = LastModified.ToString("R");
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            return (response.StatusCode = 304, 0);
        }
        response.ContentType = ContentTypeOf(file);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
        return (200, bytes.Length);
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        // Legacy pages come without a charset, as old Korean sites' still do.
        _ when file.Contains($"{Path.DirectorySeparatorChar}legacy{Path.DirectorySeparatorChar}", StringComparison.Ordinal) => "text/html",
        ".html" => "text/html; charset=utf-8",
        ".xml" => "application/xml; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}

public sealed record ServedRequest(string Path, int Status, long BodyBytes, string UserAgent);
