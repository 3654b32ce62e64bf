using System.Runtime.CompilerServices;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>
/// Sits inside the resilience handler, so it sees every attempt; the count lets a failure say
/// "HTTP 503 after 4 attempts" instead of hiding the retries.
/// </summary>
internal sealed class AttemptCountingHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<StrongBox<int>> Key = new("FactPipeline.Attempts");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(Key, out var counter))
        {
            Interlocked.Increment(ref counter.Value);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
