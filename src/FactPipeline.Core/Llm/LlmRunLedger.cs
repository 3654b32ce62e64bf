using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Llm;

/// <summary>
/// Counts a run's calls, tokens and cost, and enforces its budget. One run at a time per process: the
/// pipeline runs one run at a time, and <see cref="BeginRunAsync"/> replaces the previous run's figures.
/// Thread-safe: stages call the model concurrently.
/// </summary>
public sealed class LlmRunLedger(IOptions<LlmOptions> options, ILlmStore store) : ILlmRunMonitor
{
    /// <summary>Distinct failure reasons kept per run; a flapping server should not grow the summary without bound.</summary>
    private const int MaxReasons = 32;

    private readonly Lock _lock = new();
    private readonly LlmBudgetOptions _budget = options.Value.Budget;
    private LlmRunUsage _usage = LlmRunUsage.Empty(null);
    private int _reservedCalls;

    public async Task BeginRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var earlier = await store.GetRunUsageAsync(runId, cancellationToken);
        lock (_lock)
        {
            _usage = earlier ?? LlmRunUsage.Empty(runId);
            _reservedCalls = 0;
        }
    }

    public LlmRunUsage Snapshot()
    {
        lock (_lock)
        {
            return _usage;
        }
    }

    public async Task<LlmRunUsage> EndRunAsync(CancellationToken cancellationToken = default)
    {
        var usage = Snapshot();
        await store.SaveRunUsageAsync(usage, cancellationToken);
        return usage;
    }

    /// <summary>
    /// Reserves one call against the budget, or says why not. Calls are reserved before they are made so that
    /// concurrent stages cannot overshoot MaxCalls; tokens are known only afterwards, so MaxTokens can be
    /// overshot by at most the calls in flight (MaxConcurrency) when the limit is crossed.
    /// </summary>
    public string? TryReserveCall(int estimatedPromptTokens)
    {
        lock (_lock)
        {
            string? refusal = null;
            if (_usage.Calls + _reservedCalls >= _budget.MaxCalls)
            {
                refusal = $"LLM budget spent: {_budget.MaxCalls} calls per run (Llm:Budget:MaxCalls)";
            }
            else if (_usage.TotalTokens + estimatedPromptTokens > _budget.MaxTokens)
            {
                refusal = $"LLM budget spent: {_budget.MaxTokens} tokens per run (Llm:Budget:MaxTokens)";
            }
            if (refusal is not null)
            {
                _usage = _usage with { BudgetExhausted = true };
                return refusal;
            }
            _reservedCalls++;
            return null;
        }
    }

    /// <summary>A reserved call finished (answered or failed): its reservation becomes a counted call.</summary>
    public LlmRunUsage RecordCall(LlmCallContext context, int promptTokens, int completionTokens)
    {
        var line = new LlmUsageLine(1, 0, promptTokens, completionTokens, Cost(promptTokens, completionTokens));
        lock (_lock)
        {
            _reservedCalls = Math.Max(0, _reservedCalls - 1);
            _usage = Add(_usage, context, line) with
            {
                Calls = _usage.Calls + 1,
                PromptTokens = _usage.PromptTokens + promptTokens,
                CompletionTokens = _usage.CompletionTokens + completionTokens,
                EstimatedCostUsd = _usage.EstimatedCostUsd + line.EstimatedCostUsd,
            };
            return _usage;
        }
    }

    /// <summary>A reserved call was not made after all (nothing was sent): the reservation is returned.</summary>
    public void ReleaseCall()
    {
        lock (_lock)
        {
            _reservedCalls = Math.Max(0, _reservedCalls - 1);
        }
    }

    public void RecordCached(LlmCallContext context)
    {
        lock (_lock)
        {
            _usage = Add(_usage, context, new LlmUsageLine(0, 1, 0, 0, 0m)) with { CachedAnswers = _usage.CachedAnswers + 1 };
        }
    }

    public void RecordUnavailable(string reason)
    {
        lock (_lock)
        {
            var reasons = new Dictionary<string, int>(_usage.UnavailableReasons, StringComparer.Ordinal);
            if (reasons.Count < MaxReasons || reasons.ContainsKey(reason))
            {
                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
            }
            _usage = _usage with { UnavailableReasons = reasons };
        }
    }

    internal decimal Cost(long promptTokens, long completionTokens) =>
        (promptTokens * _budget.PromptPricePerMillionTokens + completionTokens * _budget.CompletionPricePerMillionTokens) / 1_000_000m;

    private static LlmRunUsage Add(LlmRunUsage usage, LlmCallContext context, LlmUsageLine line)
    {
        var byStage = new Dictionary<string, LlmUsageLine>(usage.ByStage, StringComparer.Ordinal);
        byStage[context.Stage] = byStage.GetValueOrDefault(context.Stage, LlmUsageLine.Zero).Add(line);
        var byArticle = usage.ByArticle;
        if (context.ArticleId is { } articleId)
        {
            var copy = new Dictionary<string, LlmUsageLine>(usage.ByArticle, StringComparer.Ordinal);
            copy[articleId] = copy.GetValueOrDefault(articleId, LlmUsageLine.Zero).Add(line);
            byArticle = copy;
        }
        return usage with { ByStage = byStage, ByArticle = byArticle };
    }
}
