using FactPipeline.Core.Common.Http;
using FactPipeline.Core.Common.Options;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace FactPipeline.Core.Fetching.Web;

public static class WebFetchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers URL fetching ("Fetching" and "Sources" sections): the resilient HTTP client, robots.txt,
    /// feeds and sitemaps, and <see cref="WebSource"/>.
    /// </summary>
    public static IServiceCollection AddWebFetching(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<FetchOptions>(configuration, FetchOptions.SectionName)
            .RejectMovedResilienceKeys(configuration, FetchOptions.SectionName);
        services.AddOptions<SourcesOptions>()
            .Configure(o => configuration.GetSection(SourcesOptions.SectionName).Bind(o.Sources))
            .Validate(o => !o.Validate().Any(), "invalid Sources entry (name, absolute http(s) URL, kind page|rss|atom|sitemap|auto)")
            .ValidateOnStart();
        services.AddSingleton<AddressGuard>();
        services.AddSingleton<HostGate>();
        services.AddSingleton<IRobotsPolicy, RobotsPolicy>();
        services.AddSingleton<IHttpFetcher, HttpFetcher>();
        services.AddSingleton<WebSource>();
        services.AddTransient<AttemptCountingHandler>();

        var client = services.AddHttpClient(HttpFetcher.ClientName)
            .ConfigureHttpClient((provider, http) =>
            {
                // Polly owns the timeouts; HttpClient's own 100 s would cut across them.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.UserAgent.ParseAdd(provider.GetRequiredService<IOptions<FetchOptions>>().Value.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectCallback = provider.GetRequiredService<AddressGuard>().ConnectAsync,
            });
        client.AddResilienceHandler("fetch", (pipeline, context) =>
                ConfigurePipeline(pipeline, context.ServiceProvider.GetRequiredService<IOptions<FetchOptions>>().Value))
            .SelectPipelineByAuthority(); // one circuit breaker per host
        client.AddHttpMessageHandler<AttemptCountingHandler>(); // innermost: counts every attempt
        return services;
    }

    private static void ConfigurePipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, FetchOptions options) =>
        HttpResilience.Configure(pipeline, options.Resilience, "fetch", FetchTransience.IsTransient);
}
