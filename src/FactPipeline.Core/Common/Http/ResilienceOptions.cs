using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Common.Http;

/// <summary>
/// How hard an HTTP client tries: retries with backoff, a timeout per attempt and per call, and a circuit breaker.
/// One type for every client (web fetching binds it from <c>Fetching:Resilience</c>, the LLM from
/// <c>Llm:Resilience</c>); each owner sets its own defaults. These defaults are a polite web client's.
/// </summary>
public sealed class ResilienceOptions : IValidatableObject
{
    /// <summary>The subsection, under its owner's section, these settings are bound from.</summary>
    public const string SectionName = "Resilience";

    /// <summary>One HTTP attempt; an answer still not there after this is retried, then given up on.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>All attempts of one request, retry waits included.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "02:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Attempts per request, the first included (1 = no retries).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First retry wait; later ones grow exponentially with jitter. A server's Retry-After wins.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A server's Retry-After is honoured up to this long; beyond it we wait this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Share of failed attempts, within the sampling window, that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts seen in the window before the breaker may open.</summary>
    [Range(2, int.MaxValue)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>The window failures are counted over; null keeps the resilience library's default (30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00")]
    public TimeSpan? CircuitBreakerSamplingDuration { get; set; }

    /// <summary>How long requests are refused without HTTP once the circuit opened; then one probe goes through.</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalTimeout < AttemptTimeout)
        {
            yield return new ValidationResult($"must be at least {nameof(AttemptTimeout)} ({AttemptTimeout}).", [nameof(TotalTimeout)]);
        }
    }
}

/// <summary>Binds an owner's <see cref="ResilienceOptions"/> from its section.</summary>
public static class ResilienceOptionsBinding
{
    /// <summary>
    /// Reads <c>{section}:Resilience</c> into the owner's resilience settings. The same keys written directly in the
    /// owner's section (<c>Fetching:MaxAttempts</c>, as settings files had them before the subsection existed) are
    /// still read; the subsection wins where both are set.
    /// </summary>
    public static OptionsBuilder<TOptions> BindResilience<TOptions>(
        this OptionsBuilder<TOptions> builder, IConfiguration configuration, string sectionPath, Func<TOptions, ResilienceOptions> resilience)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(resilience);
        var section = configuration.GetSection(sectionPath);
        return builder.Configure(options =>
        {
            var settings = resilience(options);
            section.Bind(settings);
            section.GetSection(ResilienceOptions.SectionName).Bind(settings);
        });
    }
}
