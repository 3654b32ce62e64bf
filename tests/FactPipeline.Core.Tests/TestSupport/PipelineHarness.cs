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

    public PipelineHarness(string? databasePath = null)
    {
        DatabasePath = databasePath ?? Temp.File("facts.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = DatabasePath })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddFactPipeline(configuration);
        _services = services.BuildServiceProvider();
    }

    public TempDirectory Temp { get; } = new();

    public string DatabasePath { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    public PipelineRunner Runner => _services.GetRequiredService<PipelineRunner>();

    public IFactStore Store => _services.GetRequiredService<IFactStore>();

    public Task<RunResult> RunAsync(params string[] inputs) =>
        Runner.RunAsync(new RunRequest(inputs, Temp.File("out")), cancellationToken: TestContext.Current.CancellationToken);

    public void Dispose()
    {
        _services.Dispose();
        Temp.Dispose();
    }
}
