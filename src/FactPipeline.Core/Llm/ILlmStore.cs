namespace FactPipeline.Core.Llm;

/// <summary>A cached model answer: the text and what producing it cost.</summary>
public sealed record LlmCachedAnswer(string Text, int PromptTokens, int CompletionTokens);

/// <summary>
/// LLM answers by cache key (model + prompt version + rendered prompt), and LLM usage per run. Tables are
/// created on first use, so the facts store and its schema version are untouched.
/// </summary>
public interface ILlmStore
{
    Task<LlmCachedAnswer?> GetAnswerAsync(string key, CancellationToken cancellationToken = default);

    Task SaveAnswerAsync(string key, string model, string promptName, string promptVersion, LlmCachedAnswer answer, CancellationToken cancellationToken = default);

    Task<LlmRunUsage?> GetRunUsageAsync(string runId, CancellationToken cancellationToken = default);

    Task SaveRunUsageAsync(LlmRunUsage usage, CancellationToken cancellationToken = default);
}
