namespace FactPipeline.Core.Common.Http;

/// <summary>How long a server asked us to wait before the next attempt.</summary>
internal static class RetryDelay
{
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
