namespace FactPipeline.Core.Fetching.Web;

/// <summary>One URL to fetch, with the validators of the copy we already have (conditional GET).</summary>
/// <param name="CheckHop">Asked before each hop (the first URL and every redirect target): a reason to skip it, or null.</param>
public sealed record FetchRequest(
    Uri Url,
    string? ETag = null,
    string? LastModified = null,
    Func<Uri, CancellationToken, Task<string?>>? CheckHop = null,
    long? MaxBodyBytes = null);

public enum FetchOutcome
{
    Ok,
    NotModified,
    Failed,
}

/// <summary>What one fetch produced. <see cref="Reason"/> explains a failure in one line (for the run report).</summary>
public sealed record FetchResponse(
    FetchOutcome Outcome,
    Uri RequestedUrl,
    Uri FinalUrl,
    int? StatusCode = null,
    byte[]? Body = null,
    string? MediaType = null,
    string? Charset = null,
    string? ETag = null,
    string? LastModified = null,
    string? Reason = null,
    int Attempts = 0)
{
    public static FetchResponse Fail(Uri url, Uri finalUrl, string reason, int? status = null, int attempts = 0) =>
        new(FetchOutcome.Failed, url, finalUrl, status, Reason: reason, Attempts: attempts);
}

/// <summary>Fetches one URL politely and safely; failures come back as <see cref="FetchOutcome.Failed"/>, not exceptions.</summary>
public interface IHttpFetcher
{
    Task<FetchResponse> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default);
}
