using FactPipeline.Core.Common.Http;
using FactPipeline.Core.Fetching.Web;
using FactPipeline.Core.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Common.Http;

/// <summary>Web fetching and the LLM share one resilience settings type, each bound from its own section.</summary>
public sealed class ResilienceOptionsTests
{
    private static IHost Host(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        builder.Services.AddWebFetching(configuration);
        builder.Services.AddLlm(configuration);
        return builder.Build();
    }

    private static (ResilienceOptions Fetching, ResilienceOptions Llm) Bound(Dictionary<string, string?> settings)
    {
        using var host = Host(settings);
        return (host.Services.GetRequiredService<IOptions<FetchOptions>>().Value.Resilience,
            host.Services.GetRequiredService<IOptions<LlmOptions>>().Value.Resilience);
    }

    [Fact]
    public void Bind_NoSettings_EachSectionKeepsItsOwnDefaults()
    {
        var (fetching, llm) = Bound([]);

        (fetching.AttemptTimeout, fetching.TotalTimeout, fetching.MaxAttempts, fetching.RetryBaseDelay, fetching.MaxRetryAfter)
            .ShouldBe((TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(90), 4, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60)));
        (fetching.CircuitBreakerFailureRatio, fetching.CircuitBreakerMinimumThroughput, fetching.CircuitBreakerSamplingDuration, fetching.CircuitBreakerBreakDuration)
            .ShouldBe((0.5, 20, (TimeSpan?)null, TimeSpan.FromSeconds(30)));
        (llm.AttemptTimeout, llm.TotalTimeout, llm.MaxAttempts, llm.RetryBaseDelay, llm.MaxRetryAfter)
            .ShouldBe((TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(3), 3, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30)));
        (llm.CircuitBreakerFailureRatio, llm.CircuitBreakerMinimumThroughput, llm.CircuitBreakerSamplingDuration, llm.CircuitBreakerBreakDuration)
            .ShouldBe((0.5, 6, (TimeSpan?)TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void Bind_BothResilienceSections_EachGetsItsOwnValues()
    {
        var (fetching, llm) = Bound(new()
        {
            ["Fetching:Resilience:MaxAttempts"] = "2",
            ["Fetching:Resilience:AttemptTimeout"] = "00:00:07",
            ["Fetching:Resilience:CircuitBreakerSamplingDuration"] = "00:00:45",
            ["Llm:Resilience:MaxAttempts"] = "5",
            ["Llm:Resilience:RetryBaseDelay"] = "00:00:03",
        });

        (fetching.MaxAttempts, fetching.AttemptTimeout, fetching.CircuitBreakerSamplingDuration, fetching.RetryBaseDelay)
            .ShouldBe((2, TimeSpan.FromSeconds(7), (TimeSpan?)TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(1)));
        (llm.MaxAttempts, llm.RetryBaseDelay, llm.AttemptTimeout).ShouldBe((5, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(60)));
    }

    [Theory]
    [InlineData("Fetching", "MaxAttempts", "2")]
    [InlineData("Llm", "TotalTimeout", "00:05:00")]
    [InlineData("Llm", "CircuitBreakerSamplingDuration", "00:01:00")]
    public async Task StartAsync_KeyInItsOldPlace_FailsNamingWhereItMoved(string section, string key, string value)
    {
        using var host = Host(new() { [$"{section}:{key}"] = value });

        var error = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        error.Failures.ShouldHaveSingleItem().ShouldBe($"{section}:{key} has moved to {section}:Resilience:{key}; move it there.");
    }

    [Fact]
    public async Task StartAsync_OtherKeysOfTheSections_Start()
    {
        using var host = Host(new()
        {
            ["Fetching:MaxConcurrency"] = "4",
            ["Fetching:Resilience:MaxAttempts"] = "2",
            ["Llm:MaxConcurrency"] = "2",
            ["Llm:Resilience:MaxAttempts"] = "2",
        });

        await host.StartAsync(TestContext.Current.CancellationToken);

        host.Services.GetRequiredService<IOptions<FetchOptions>>().Value.MaxConcurrency.ShouldBe(4);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("Fetching:Resilience:MaxAttempts", "0")]
    [InlineData("Fetching:Resilience:CircuitBreakerFailureRatio", "1.5")]
    [InlineData("Llm:Resilience:MaxAttempts", "11")]
    [InlineData("Llm:Resilience:CircuitBreakerBreakDuration", "00:00:00.100")]
    public async Task StartAsync_ValueOutOfRange_FailsNamingTheKey(string key, string value)
    {
        using var host = Host(new() { [key] = value });

        var error = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        error.Failures.ShouldHaveSingleItem().ShouldStartWith(key + ": ");
    }

    [Theory]
    [InlineData("Fetching")]
    [InlineData("Llm")]
    public async Task StartAsync_TotalTimeoutBelowAttemptTimeout_FailsNamingTotalTimeout(string section)
    {
        using var host = Host(new()
        {
            [$"{section}:Resilience:AttemptTimeout"] = "00:00:30",
            [$"{section}:Resilience:TotalTimeout"] = "00:00:10",
        });

        var error = await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        error.Failures.ShouldHaveSingleItem().ShouldBe($"{section}:Resilience:TotalTimeout: must be at least AttemptTimeout (00:00:30).");
    }
}
