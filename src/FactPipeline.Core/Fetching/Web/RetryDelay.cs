using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>Which outcomes are worth another attempt, and how long a server asked us to wait.</summary>
internal static class RetryDelay
{
    /// <summary>408, 429, 5xx, connection failures and attempt timeouts; never our own refusals.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome)
    {
        for (var e = outcome.Exception; e is not null; e = e.InnerException)
        {
            if (e is FetchRefusedException)
            {
                return false;
            }
        }
        return HttpClientResiliencePredicates.IsTransient(outcome);
    }

    /// <summary>The Retry-After wait (seconds or a date), capped; null lets the exponential backoff decide.</summary>
    public static TimeSpan? FromRetryAfter(HttpResponseMessage? response, TimeSpan cap, DateTimeOffset? now = null)
    {
        if (response?.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }
        var wait = retryAfter.Delta
            ?? (retryAfter.Date is { } date && (now ?? response.Headers.Date) is { } reference ? date - reference : null);
        if (wait is not { } value)
        {
            return null;
        }
        if (value < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }
        return value > cap ? cap : value;
    }
}
