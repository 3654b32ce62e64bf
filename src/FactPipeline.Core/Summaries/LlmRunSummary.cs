using FactPipeline.Core.Claims.Llm;
using FactPipeline.Core.Llm;

namespace FactPipeline.Core.Summaries;

/// <summary>What the LLM did in a run: usage and cost, and what the grounding checks threw away.</summary>
/// <param name="Rejections">LLM claims refused by grounding, by reason ("ungrounded", "number mismatch").</param>
/// <param name="Fallbacks">Articles that fell back to the offline extractor, by reason.</param>
/// <param name="Augmented">Articles whose claims the LLM answer was used for.</param>
public sealed record LlmRunSummary(
    LlmRunUsage Usage,
    IReadOnlyDictionary<string, int> Rejections,
    IReadOnlyDictionary<string, int> Fallbacks,
    int Augmented)
{
    /// <summary>What the number check did to generated summaries; null when summaries were not generated.</summary>
    public Llm.SummaryCounts? Summaries { get; init; }

    /// <summary>"LLM unavailable (…); all N articles processed offline" when the model never answered.</summary>
    public string Describe()
    {
        var parts = new List<string> { Usage.Describe() };
        if (Rejections.Count > 0)
        {
            parts.Add("rejected LLM claims: " + string.Join(", ", Rejections.Select(r => $"{r.Key} ×{r.Value}")));
        }
        if (Fallbacks.Count > 0)
        {
            parts.Add("articles processed offline: " + string.Join(", ", Fallbacks.Select(f => $"{f.Key} ×{f.Value}")));
        }
        if (Summaries is { } summaries)
        {
            parts.Add(summaries.Describe());
        }
        return string.Join("; ", parts);
    }

    public bool Unavailable => Augmented == 0 && Usage.UnavailableReasons.Count > 0;
}

/// <summary>Counts collected while articles are augmented.</summary>
internal sealed class LlmClaimStats
{
    public Dictionary<string, int> Rejections { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Fallbacks { get; } = new(StringComparer.Ordinal);

    public int Augmented { get; private set; }

    public void Add(AugmentResult result)
    {
        foreach (var (reason, count) in result.Rejections)
        {
            Rejections[reason] = Rejections.GetValueOrDefault(reason) + count;
        }
        if (result.Fallback is { } fallback)
        {
            // "circuit open: …" and "HTTP 500 … after 3 attempts" vary in detail; the first clause is the reason.
            var key = fallback.Split(':', 2)[0];
            Fallbacks[key] = Fallbacks.GetValueOrDefault(key) + 1;
        }
        else
        {
            Augmented++;
        }
    }
}
