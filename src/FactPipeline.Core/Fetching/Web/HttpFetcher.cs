using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>
/// GETs a URL through the resilient named client. Redirects are followed here, not by the handler, so
/// every hop is checked (safe address, robots.txt, loop, count); bodies are streamed and cut at the limit.
/// </summary>
public sealed partial class HttpFetcher(
    IHttpClientFactory clients,
    AddressGuard guard,
    HostGate gate,
    IOptions<FetchOptions> options,
    TimeProvider time,
    ILogger<HttpFetcher> logger) : IHttpFetcher
{
    public const string ClientName = "FactPipeline.Fetch";

    private const double BytesPerMegabyte = 1024 * 1024;
    private const int BufferBytes = 81920;

    private readonly FetchOptions _options = options.Value;

    public async Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var client = clients.CreateClient(ClientName);
        var visited = new HashSet<Uri>();
        var url = request.Url;
        for (var hop = 0; ; hop++)
        {
            if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            {
                return FetchResponse.Fail(request.Url, url, $"unsupported scheme {url.Scheme}");
            }
            if (!visited.Add(url))
            {
                return FetchResponse.Fail(request.Url, url, "redirect loop");
            }
            if (hop > _options.MaxRedirects)
            {
                return FetchResponse.Fail(request.Url, url, $"too many redirects (more than {_options.MaxRedirects})");
            }
            try
            {
                // Checked before the request too, so a refusal is named plainly instead of as a connection error.
                await guard.VetAsync(url.IdnHost, url.Port, cancellationToken);
            }
            catch (FetchRefusedException e)
            {
                LogRefused(e, url); // policy, not trouble: Debug
                return FetchResponse.Fail(request.Url, url, e.Message);
            }
            catch (HttpRequestException e)
            {
                LogFailed(e, url, e.Message);
                return FetchResponse.Fail(request.Url, url, e.Message);
            }
            if (request.CheckHop is { } check && await check(url, cancellationToken) is { } skip)
            {
                return FetchResponse.Fail(request.Url, url, skip);
            }

            var result = await SendOnceAsync(client, request, url, hop == 0, cancellationToken);
            if (result.Redirect is { } next)
            {
                url = next;
                continue;
            }
            return result.Response!;
        }
    }

    private async Task<(FetchResponse? Response, Uri? Redirect)> SendOnceAsync(
        HttpClient client, FetchRequest request, Uri url, bool firstHop, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        // Validators belong to the URL they were stored for; a redirect target gets a plain GET.
        if (firstHop)
        {
            AddValidators(message, request);
        }
        var attempts = new StrongBox<int>();
        message.Options.Set(AttemptCountingHandler.Key, attempts);
        using var lease = await gate.EnterAsync(url, cancellationToken);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && Describe(e, attempts.Value) is { } reason)
        {
            LogFailed(e, url, reason);
            return (FetchResponse.Fail(request.Url, url, reason, attempts: attempts.Value), null);
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
            {
                return (null, new Uri(url, location));
            }
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return (new FetchResponse(FetchOutcome.NotModified, request.Url, url, status, Attempts: attempts.Value), null);
            }
            if (!response.IsSuccessStatusCode)
            {
                var retried = attempts.Value > 1 ? $" after {attempts.Value} attempts" : "";
                return (FetchResponse.Fail(request.Url, url, $"HTTP {status}{retried}", status, attempts.Value), null);
            }
            return (await ReadBodyAsync(request, url, response, attempts.Value, cancellationToken), null);
        }
    }

    private async Task<FetchResponse> ReadBodyAsync(FetchRequest request, Uri url, HttpResponseMessage response, int attempts, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var contentType = response.Content.Headers.ContentType;
        var mediaType = contentType?.MediaType?.ToLowerInvariant() ?? "application/octet-stream";
        if (!_options.EffectiveContentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return FetchResponse.Fail(request.Url, url, $"unsupported content type {mediaType}", status, attempts);
        }
        var limit = request.MaxBodyBytes ?? _options.MaxBodyBytes;
        if (response.Content.Headers.ContentLength is { } declared && declared > limit)
        {
            return FetchResponse.Fail(request.Url, url, $"too large: {Megabytes(declared)} MB declared, limit {Megabytes(limit)} MB", status, attempts);
        }
        // The resilience pipeline's timeouts end at the headers; the body gets the total budget again.
        using var timeout = new CancellationTokenSource(_options.Resilience.TotalTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(linked.Token);
            using var body = new MemoryStream();
            var buffer = new byte[BufferBytes];
            int read;
            while ((read = await stream.ReadAsync(buffer, linked.Token)) > 0)
            {
                if (body.Length + read > limit)
                {
                    // Disposing the response aborts the connection: the rest is never downloaded.
                    return FetchResponse.Fail(request.Url, url, $"too large: stopped at {Megabytes(limit)} MB", status, attempts);
                }
                body.Write(buffer, 0, read);
            }
            return new FetchResponse(
                FetchOutcome.Ok, request.Url, url, status, body.ToArray(), mediaType, contentType?.CharSet,
                response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture),
                Attempts: attempts);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return FetchResponse.Fail(request.Url, url, "timed out reading the body", status, attempts);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            LogFailed(e, url, "connection failed while reading the body");
            return FetchResponse.Fail(request.Url, url, $"connection failed while reading the body: {e.Message}", status, attempts);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching {Url} failed: {Reason}")]
    private partial void LogFailed(Exception exception, Uri url, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Fetching {Url} refused")]
    private partial void LogRefused(Exception exception, Uri url);

    private static void AddValidators(HttpRequestMessage message, FetchRequest request)
    {
        if (request.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            message.Headers.IfNoneMatch.Add(tag);
        }
        if (request.LastModified is { } lastModified
            && DateTimeOffset.TryParse(lastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
        {
            message.Headers.IfModifiedSince = since;
        }
    }

    /// <summary>One line for the report; null for exceptions that are bugs and should surface.</summary>
    private static string? Describe(Exception e, int attempts)
    {
        var after = attempts > 1 ? $" after {attempts} attempts" : "";
        return e switch
        {
            _ when FindRefusal(e) is { } refused => refused.Message,
            BrokenCircuitException => "skipped: too many recent failures on this host (circuit open)",
            TimeoutRejectedException => $"timed out{after}",
            HttpRequestException h => $"connection failed{after}: {h.Message}",
            OperationCanceledException => $"timed out{after}",
            _ => null,
        };
    }

    private static FetchRefusedException? FindRefusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is FetchRefusedException refused)
            {
                return refused;
            }
        }
        return null;
    }

    private static string Megabytes(long bytes) => (bytes / BytesPerMegabyte).ToString("0.#", CultureInfo.InvariantCulture);
}
