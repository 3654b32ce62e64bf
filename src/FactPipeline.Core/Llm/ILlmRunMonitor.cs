namespace FactPipeline.Core.Llm;

/// <summary>
/// The run boundary for LLM accounting. The pipeline runner calls <see cref="BeginRunAsync"/> once at the start
/// of a run (with the run id from the fact store), <see cref="Snapshot"/> whenever it wants the figures, and
/// <see cref="EndRunAsync"/> at the end (stores and returns the final figures for the summary). Budget limits
/// apply per run; usage is also stored after every model call, so a resumed run (same id) continues from what
/// it already spent.
/// </summary>
public interface ILlmRunMonitor
{
    /// <summary>Starts accounting for <paramref name="runId"/>, loading what an earlier, unfinished attempt of it spent.</summary>
    Task BeginRunAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>The usage of the current run so far (a copy: safe to keep).</summary>
    LlmRunUsage Snapshot();

    /// <summary>Stores the run's final usage and returns it.</summary>
    Task<LlmRunUsage> EndRunAsync(CancellationToken cancellationToken = default);
}

/// <summary>What a run asked of the model.</summary>
/// <param name="RunId">Null before <see cref="ILlmRunMonitor.BeginRunAsync"/> was called.</param>
/// <param name="Calls">Requests that reached the model (cached answers excluded).</param>
/// <param name="CachedAnswers">Calls answered from the cache, at no cost.</param>
/// <param name="UnavailableReasons">Why calls failed ("HTTP 503 after 3 attempts", "circuit open"...), with counts.</param>
/// <param name="BudgetExhausted">True once a call was refused because MaxCalls or MaxTokens was reached.</param>
public sealed record LlmRunUsage(
    string? RunId,
    int Calls,
    int CachedAnswers,
    long PromptTokens,
    long CompletionTokens,
    decimal EstimatedCostUsd,
    IReadOnlyDictionary<string, LlmUsageLine> ByStage,
    IReadOnlyDictionary<string, LlmUsageLine> ByArticle,
    IReadOnlyDictionary<string, int> UnavailableReasons,
    bool BudgetExhausted)
{
    public long TotalTokens => PromptTokens + CompletionTokens;

    /// <summary>One line for the run summary, e.g. "LLM: 42 calls, 12 cached, 53210 tokens, ~$0.0123; budget spent".</summary>
    public string Describe()
    {
        var line = FormattableString.Invariant(
            $"LLM: {Calls} calls, {CachedAnswers} cached, {TotalTokens} tokens (~${EstimatedCostUsd:0.####})");
        if (BudgetExhausted)
        {
            line += "; budget spent, later calls ran offline";
        }
        if (UnavailableReasons.Count > 0)
        {
            line += "; unavailable: " + string.Join(", ", UnavailableReasons.OrderByDescending(r => r.Value).Select(r => $"{r.Key} ×{r.Value}"));
        }
        return line;
    }

    public static LlmRunUsage Empty(string? runId) => new(
        runId, 0, 0, 0, 0, 0m,
        new Dictionary<string, LlmUsageLine>(), new Dictionary<string, LlmUsageLine>(), new Dictionary<string, int>(), false);
}

/// <summary>Usage of one stage or one article.</summary>
public sealed record LlmUsageLine(int Calls, int CachedAnswers, long PromptTokens, long CompletionTokens, decimal EstimatedCostUsd)
{
    public static readonly LlmUsageLine Zero = new(0, 0, 0, 0, 0m);

    public LlmUsageLine Add(LlmUsageLine other) => new(
        Calls + other.Calls, CachedAnswers + other.CachedAnswers, PromptTokens + other.PromptTokens,
        CompletionTokens + other.CompletionTokens, EstimatedCostUsd + other.EstimatedCostUsd);
}
