using FactPipeline.Core.Storage;

namespace FactPipeline.Web;

/// <summary>
/// Creates or migrates the store when the desk starts, as <c>run</c> does before its first step: the desk may be the
/// first program to open a database, or open one an older version wrote.
/// </summary>
internal sealed class StoreInitializer(IFactStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
