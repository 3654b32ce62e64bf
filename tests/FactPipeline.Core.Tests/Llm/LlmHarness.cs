using Microsoft.Extensions.DependencyInjection.Extensions;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Llm;

/// <summary>
/// The LLM services as AddLlm registers them, pointed at a <see cref="ScriptedOpenAiServer"/> on 127.0.0.1,
/// with a temp database, the repository's prompts and small timeouts so failure paths take milliseconds.
/// </summary>
internal sealed class LlmHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LlmHarness(ScriptedOpenAiServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
    }

    public ScriptedOpenAiServer Server { get; }

    public ILlmClient Client => _services.GetRequiredService<ILlmClient>();

    public ILlmRunMonitor Monitor => _services.GetRequiredService<ILlmRunMonitor>();

    public ILlmStore Store => _services.GetRequiredService<ILlmStore>();

    /// <summary>Settings every test starts from; <paramref name="settings"/> overrides them (keys without "Llm:").</summary>
    public static Dictionary<string, string?> Defaults(Uri endpoint) => new()
    {
        ["Provider"] = "OpenAICompatible",
        ["Model"] = "test-model",
        ["Endpoint"] = endpoint.ToString(),
        ["ApiKeyEnvironmentVariable"] = "FACTPIPELINE_TEST_UNSET_KEY",
        ["Resilience:AttemptTimeout"] = "00:00:05",
        ["Resilience:TotalTimeout"] = "00:00:20",
        ["Resilience:MaxAttempts"] = "3",
        ["Resilience:RetryBaseDelay"] = "00:00:00.010",
        ["Resilience:MaxRetryAfter"] = "00:00:02",
        ["Resilience:CircuitBreakerMinimumThroughput"] = "4",
        ["Resilience:CircuitBreakerSamplingDuration"] = "00:00:30",
        ["Resilience:CircuitBreakerBreakDuration"] = "00:00:30",
    };

    /// <param name="time">The clock the retry, timeout and circuit-breaker policies wait on (a fake one in timing tests).</param>
    public static async Task<LlmHarness> StartAsync(
        string databasePath, IReadOnlyDictionary<string, string?>? settings = null, ScriptedOpenAiServer? server = null, TimeProvider? time = null)
    {
        server ??= await ScriptedOpenAiServer.StartAsync();
        var values = Defaults(server.BaseUrl);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(p => $"{LlmOptions.SectionName}:{p.Key}", p => p.Value))
            .Build();
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }
        services.AddOptions<StorageOptions>().Configure(o => o.DatabasePath = databasePath);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ILlmStore, SqliteLlmStore>();
        services.AddSingleton<IPromptProvider>(new FilePromptProvider(Path.Combine(RepoPaths.Root, "prompts")));
        services.AddLlm(configuration);
        return new LlmHarness(server, services.BuildServiceProvider(validateScopes: true));
    }

    /// <summary>A second process over the same database and server (a second run).</summary>
    public Task<LlmHarness> RestartAsync(string databasePath, IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(databasePath, settings, Server);

    public Task<LlmAnswer> PingAsync(string word, string stage = "claims", string? articleId = "article-1") =>
        Client.CompleteAsync("Ping", new Dictionary<string, string> { ["word"] = word }, new LlmCallContext(stage, articleId), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }

    /// <summary>Disposes only the services (the server goes on for a restarted harness).</summary>
    public ValueTask DisposeServicesAsync() => _services.DisposeAsync();
}
