using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>The whole offline pipeline, wired as the CLI wires it, on a real SQLite file in a temp folder.</summary>
internal sealed class PipelineHarness : IDisposable
{
    private readonly ServiceProvider _services;

    /// <param name="settings">Extra configuration (e.g. an Llm section pointing at a scripted server).</param>
    /// <param name="systemClock">Real time instead of the fake clock: retries and circuit breakers wait on it.</param>
    /// <param name="configure">Changes to the services after the pipeline's (e.g. a stage wrapped to count its calls).</param>
    public PipelineHarness(
        string? databasePath = null, IReadOnlyDictionary<string, string?>? settings = null, bool systemClock = false,
        Action<IServiceCollection>? configure = null)
    {
        DatabasePath = databasePath ?? Temp.File("facts.db");
        var values = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = DatabasePath,
            ["Llm:PromptsDirectory"] = Path.Combine(RepoPaths.Root, "prompts"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(systemClock ? TimeProvider.System : Time);
        services.AddFactPipeline(configuration);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public TempDirectory Temp { get; } = new();

    public string DatabasePath { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public PipelineRunner Runner => _services.GetRequiredService<PipelineRunner>();

    public IFactStore Store => _services.GetRequiredService<IFactStore>();

    /// <summary>Any other service of the pipeline (the review desk, to record a decision on what a run found).</summary>
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Task<RunResult> RunAsync(params string[] inputs) =>
        Runner.RunAsync(new RunRequest(inputs, Temp.File("out")), cancellationToken: TestContext.Current.CancellationToken);

    public void Dispose()
    {
        _services.Dispose();
        Temp.Dispose();
    }
}
