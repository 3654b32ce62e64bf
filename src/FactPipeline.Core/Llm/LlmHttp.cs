using FactPipeline.Core.Common.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace FactPipeline.Core.Llm;

/// <summary>
/// The HTTP client under the Semantic Kernel connector. The connector turns the OpenAI SDK's own retries
/// and timeout off when it is given an HttpClient, so this pipeline is the only one: total timeout → retry
/// (408/429/5xx, connection failures, attempt timeouts; Retry-After honoured, capped) → circuit breaker →
/// attempt timeout. Once the circuit is open, calls fail at once without HTTP.
/// </summary>
internal static class LlmHttp
{
    public const string ClientName = "FactPipeline.Llm";

    public static void AddLlmHttpClient(this IServiceCollection services)
    {
        services.AddTransient<LlmAttemptCounter>();
        var client = services.AddHttpClient(ClientName)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan) // Polly owns the timeouts
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                UseCookies = false,
                // The client lives as long as the process: recycle connections so DNS changes are seen.
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        client.AddResilienceHandler("llm", (pipeline, context) =>
            Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value));
        client.AddHttpMessageHandler<LlmAttemptCounter>(); // innermost: counts every attempt
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, LlmOptions options) =>
        HttpResilience.Configure(pipeline, options.Resilience, "llm");
}
