using System.Runtime.CompilerServices;

namespace FactPipeline.Core.Llm;

/// <summary>
/// Sits inside the resilience handler, so it sees every HTTP attempt. The request messages are built by the
/// OpenAI SDK, out of our reach, so the per-call counter travels in an AsyncLocal set by <see cref="LlmClient"/>;
/// it lets a failure say "HTTP 503 after 3 attempts".
/// </summary>
internal sealed class LlmAttemptCounter : DelegatingHandler
{
    private static readonly AsyncLocal<StrongBox<int>?> Current = new();

    /// <summary>Starts counting for the calling flow; read the box after the call.</summary>
    public static StrongBox<int> Begin() => Current.Value = new StrongBox<int>();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Current.Value is { } counter)
        {
            Interlocked.Increment(ref counter.Value);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
