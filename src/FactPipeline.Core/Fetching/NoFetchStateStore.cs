namespace FactPipeline.Core.Fetching;

/// <summary>
/// Validators kept nowhere: every fetch is unconditional, so every page comes back with its body. For reading pages on
/// their own (the <c>extract</c> command), where a 304 would leave nothing to extract and nothing is stored to reuse.
/// </summary>
public sealed class NoFetchStateStore : IFetchStateStore
{
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<FetchState?> GetAsync(string url, CancellationToken cancellationToken = default) => Task.FromResult<FetchState?>(null);

    public Task SaveAsync(FetchState state, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task ForgetAsync(string url, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
