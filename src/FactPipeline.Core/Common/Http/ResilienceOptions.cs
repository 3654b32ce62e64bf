using FactPipeline.Core.Common.Options;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
    [TimeSpanRange("00:00:00.001", "01:00:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>All attempts of one request, retry waits included.</summary>
    [TimeSpanRange("00:00:00.001", "02:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Attempts per request, the first included (1 = no retries).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First retry wait; later ones grow exponentially with jitter. A server's Retry-After wins.</summary>
    [TimeSpanRange("00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A server's Retry-After is honoured up to this long; beyond it we wait this long.</summary>
    [TimeSpanRange("00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Share of failed attempts, within the sampling window, that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts seen in the window before the breaker may open.</summary>
    [Range(2, int.MaxValue)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>The window failures are counted over; null keeps the resilience library's default (30 s).</summary>
    [TimeSpanRange("00:00:00.5", "01:00:00")]
    public TimeSpan? CircuitBreakerSamplingDuration { get; set; }

    /// <summary>How long requests are refused without HTTP once the circuit opened; then one probe goes through.</summary>
    [TimeSpanRange("00:00:00.5", "01:00:00")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalTimeout < AttemptTimeout)
        {
            yield return new ValidationResult($"must be at least {nameof(AttemptTimeout)} ({AttemptTimeout}).", [nameof(TotalTimeout)]);
        }
    }
}

/// <summary>Keeps settings files written before the <c>Resilience</c> subsection from being silently ignored.</summary>
public static class ResilienceOptionsBinding
{
    /// <summary>
    /// Fails validation (at host start) when a resilience setting is written directly in the owner's section
    /// (<c>Fetching:MaxAttempts</c>, as settings files had it before the subsection existed), naming the key it
    /// moved to (<c>Fetching:Resilience:MaxAttempts</c>). Reading both spellings would leave it to the order of the
    /// settings files which one wins.
    /// </summary>
    public static OptionsBuilder<TOptions> RejectMovedResilienceKeys<TOptions>(this OptionsBuilder<TOptions> builder, IConfiguration configuration, string sectionPath)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new MovedKeys<TOptions>(configuration.GetSection(sectionPath))));
        return builder;
    }

    private static readonly string[] Names = [.. typeof(ResilienceOptions).GetProperties().Select(p => p.Name)];

    private sealed class MovedKeys<TOptions>(IConfigurationSection section) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            if (name is not null && name != Microsoft.Extensions.Options.Options.DefaultName)
            {
                return ValidateOptionsResult.Skip;
            }
            var moved = Names.Where(n => section.GetSection(n).Exists())
                .Select(n => $"{section.Path}:{n} has moved to {section.Path}:{ResilienceOptions.SectionName}:{n}; move it there.")
                .ToArray();
            return moved.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(moved);
        }
    }
}
