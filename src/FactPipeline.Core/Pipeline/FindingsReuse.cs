using System.Text.Json;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Model;
using FactPipeline.Core.Storage;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Cross-check and explain are pure functions of the run's articles and claims, the rules and the settings: when a
/// run's inputs to them are exactly those of an earlier run (<see cref="ReuseKeys.Findings"/>), its explained findings
/// are loaded instead of computed again, so a rerun over unchanged inputs costs what reading them costs. Offline
/// only: the LLM judge's verdicts depend on a model that may have been unavailable, and its answers are cached anyway.
/// </summary>
public sealed class FindingsReuse(IFactStore store, IOptions<CrossCheckOptions> options, ILlmClient llm, TimeProvider time)
{
    /// <summary>The key of this cross-check's inputs, and the findings stored under it; a null key: not reusable.</summary>
    internal async Task<(string? Key, IReadOnlyList<Finding>? Findings)> FindAsync(
        IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        if (llm.IsEnabled)
        {
            return (null, null);
        }
        var key = ReuseKeys.Findings(articles, claims, JsonSerializer.Serialize(options.Value, PipelineJson.Default.CrossCheckOptions));
        return (key, await store.LoadCheckedFindingsAsync(key, cancellationToken));
    }

    internal Task SaveAsync(string key, IReadOnlyList<Finding> findings, CancellationToken cancellationToken) =>
        store.SaveCheckedFindingsAsync(key, findings, time.GetUtcNow(), cancellationToken);
}
