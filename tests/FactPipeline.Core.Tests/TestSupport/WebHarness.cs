using FactPipeline.Core.Fetching;
using FactPipeline.Core.Fetching.Web;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>
/// The pipeline wired as the CLI wires it, on a temp SQLite file, with fetch delays cut to milliseconds and
/// 127.0.0.1 trusted while the private-address guard stays on for every other host. Real time unless a test
/// brings its own clock (a FakeTimeProvider it advances) for the timeouts, retries and crawl delays.
/// </summary>
internal sealed class WebHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public WebHarness(IDictionary<string, string?>? overrides = null, string? databasePath = null, TimeProvider? time = null)
    {
        DatabasePath = databasePath ?? Temp.File("facts.db");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = DatabasePath,
            ["Fetching:PolitenessDelay"] = "00:00:00",
            ["Fetching:MaxCrawlDelay"] = "00:00:00.010",
            ["Fetching:Resilience:RetryBaseDelay"] = "00:00:00.010",
            ["Fetching:Resilience:MaxRetryAfter"] = "00:00:00.050",
            // Generous for a loaded 2-core CI machine; the slow page sleeps 30 s, far beyond it.
            ["Fetching:Resilience:AttemptTimeout"] = "00:00:03",
            ["Fetching:Resilience:MaxAttempts"] = "3",
            ["Fetching:Resilience:CircuitBreakerMinimumThroughput"] = "1000",
            ["Fetching:TrustedHosts:0"] = "127.0.0.1",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }
        services.AddFactPipeline(configuration);
        _services = services.BuildServiceProvider();
    }

    public TempDirectory Temp { get; } = new();

    public string DatabasePath { get; }

    public PipelineRunner Runner => _services.GetRequiredService<PipelineRunner>();

    public IFactStore Store => _services.GetRequiredService<IFactStore>();

    public IFetchStateStore FetchState => _services.GetRequiredService<IFetchStateStore>();

    public IHttpFetcher Fetcher => _services.GetRequiredService<IHttpFetcher>();

    public WebSource WebSource => _services.GetRequiredService<WebSource>();

    public HostGate Gate => _services.GetRequiredService<HostGate>();

    public Task<RunResult> RunAsync(params string[] inputs) =>
        Runner.RunAsync(new RunRequest(inputs, Temp.File("out")), cancellationToken: TestContext.Current.CancellationToken);

    public void Dispose()
    {
        _services.Dispose();
        Temp.Dispose();
    }
}
