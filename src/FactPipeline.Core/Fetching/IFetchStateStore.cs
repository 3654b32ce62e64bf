namespace FactPipeline.Core.Fetching;

/// <summary>What we know about a URL from an earlier run: its validators and the article it became.</summary>
public sealed record FetchState(string Url, string? ETag, string? LastModified, string ArticleId);

/// <summary>Validators for conditional GET, per URL. Written only after the article is stored, so a 304 always has an article to reuse.</summary>
public interface IFetchStateStore
{
    Task InitializeAsync(CancellationToken cancellationToken = default);

    Task<FetchState?> GetAsync(string url, CancellationToken cancellationToken = default);

    Task SaveAsync(FetchState state, CancellationToken cancellationToken = default);

    Task ForgetAsync(string url, CancellationToken cancellationToken = default);
}
