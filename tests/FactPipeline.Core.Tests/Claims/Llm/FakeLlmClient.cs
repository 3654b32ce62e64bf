using System.Collections.Concurrent;
using FactPipeline.Core.Llm;

namespace FactPipeline.Core.Tests.Claims.Llm;

/// <summary>A scripted <see cref="ILlmClient"/>: answers queued texts or outcomes in order, then <see cref="Responder"/>, then an empty claims list.</summary>
internal sealed class FakeLlmClient : ILlmClient
{
    public const string PromptVersion = "prompt-v1";

    private readonly ConcurrentQueue<LlmAnswer> _queue = new();

    public bool IsEnabled { get; init; } = true;

    /// <summary>Computes an answer from the call when the queue is empty.</summary>
    public Func<Call, LlmAnswer>? Responder { get; set; }

    public List<Call> Calls { get; } = [];

    public FakeLlmClient Answer(params string[] texts)
    {
        foreach (var text in texts)
        {
            _queue.Enqueue(Ok(text));
        }
        return this;
    }

    public FakeLlmClient Fail(LlmOutcome outcome, string reason)
    {
        _queue.Enqueue(new LlmAnswer(outcome, null, PromptVersion, 0, 0, reason));
        return this;
    }

    public static LlmAnswer Ok(string text) => new(LlmOutcome.Ok, text, PromptVersion, 100, 20);

    public Task<LlmAnswer> CompleteAsync(string promptName, IReadOnlyDictionary<string, string> arguments, LlmCallContext context, CancellationToken cancellationToken = default)
    {
        var call = new Call(promptName, new Dictionary<string, string>(arguments), context);
        lock (Calls)
        {
            Calls.Add(call);
        }
        if (_queue.TryDequeue(out var queued))
        {
            return Task.FromResult(queued);
        }
        return Task.FromResult(Responder?.Invoke(call) ?? Ok("""{"claims": []}"""));
    }

    internal sealed record Call(string PromptName, IReadOnlyDictionary<string, string> Arguments, LlmCallContext Context);
}
