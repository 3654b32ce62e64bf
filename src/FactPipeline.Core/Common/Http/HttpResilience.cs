using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace FactPipeline.Core.Common.Http;

/// <summary>
/// One resilience pipeline for every HTTP client the project has: total timeout → retries with exponential
/// backoff and jitter, honouring Retry-After up to a cap → circuit breaker → per-attempt timeout.
/// </summary>
internal static class HttpResilience
{
    /// <param name="name">Prefix of the strategy names ("fetch", "llm").</param>
    /// <param name="isTransient">Which outcomes are retried and count against the breaker; null = the library's default.</param>
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline,
        ResilienceOptions settings,
        string name,
        Func<Outcome<HttpResponseMessage>, bool>? isTransient = null)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = settings.MaxAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = settings.RetryBaseDelay,
            ShouldRetryAfterHeader = false, // RetryDelay.FromRetryAfter does it, capped
            DelayGenerator = args => ValueTask.FromResult(RetryDelay.FromRetryAfter(args.Outcome.Result, settings.MaxRetryAfter)),
        };
        var breaker = new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = settings.CircuitBreakerFailureRatio,
            MinimumThroughput = settings.CircuitBreakerMinimumThroughput,
            BreakDuration = settings.CircuitBreakerBreakDuration,
        };
        if (settings.CircuitBreakerSamplingDuration is { } sampling)
        {
            breaker.SamplingDuration = sampling;
        }
        if (isTransient is not null)
        {
            retry.ShouldHandle = args => ValueTask.FromResult(isTransient(args.Outcome));
            breaker.ShouldHandle = args => ValueTask.FromResult(isTransient(args.Outcome));
        }
        pipeline
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = settings.TotalTimeout, Name = $"{name}-total" })
            .AddRetry(retry)
            .AddCircuitBreaker(breaker)
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = settings.AttemptTimeout, Name = $"{name}-attempt" });
    }
}
