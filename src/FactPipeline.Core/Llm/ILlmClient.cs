namespace FactPipeline.Core.Llm;

/// <summary>
/// The one door to a chat model. Implementations add, in this order: the per-run budget (calls and tokens),
/// the result cache (model + prompt version + input hash → answer, stored in SQLite, so a second run makes
/// zero calls), and the Semantic Kernel chat connector behind Polly resilience. Callers never see HTTP.
/// </summary>
public interface ILlmClient
{
    /// <summary>True when a provider is configured (Llm:Provider is not None).</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// Renders prompt <paramref name="promptName"/> (a directory under prompts/) with <paramref name="arguments"/>
    /// and returns the model's answer. Never throws for model trouble: failures come back as
    /// <see cref="LlmOutcome"/> values so the caller can fall back to the offline path.
    /// </summary>
    Task<LlmAnswer> CompleteAsync(string promptName, IReadOnlyDictionary<string, string> arguments, LlmCallContext context, CancellationToken cancellationToken = default);
}

/// <param name="Stage">"claims", "matching", "summaries": usage is accounted per stage.</param>
/// <param name="ArticleId">The article the call is about, for per-article usage (null for cross-article calls).</param>
public sealed record LlmCallContext(string Stage, string? ArticleId);

public enum LlmOutcome
{
    Ok,
    /// <summary>Answered from the cache: no call made, no tokens spent.</summary>
    Cached,
    /// <summary>The per-run budget is spent: the caller continues offline.</summary>
    BudgetExhausted,
    /// <summary>Endpoint down, circuit open, timeouts, 4xx/5xx after retries.</summary>
    Unavailable,
}

/// <param name="Text">The model's answer (JSON for prompts with a response schema); null unless Ok or Cached.</param>
/// <param name="PromptVersion">Content hash of the prompt directory: stored with every result.</param>
public sealed record LlmAnswer(LlmOutcome Outcome, string? Text, string PromptVersion, int PromptTokens, int CompletionTokens, string? Reason = null);
