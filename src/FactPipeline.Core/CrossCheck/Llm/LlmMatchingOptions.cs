using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.CrossCheck.Llm;

/// <summary>How the LLM judge for uncertain claim pairs is used (only when an LLM is configured).</summary>
public sealed class LlmMatchingOptions
{
    public const string SectionName = "Llm:Matching";

    /// <summary>Off: the cross-checker stays offline even when an LLM is configured for other stages.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Upper bound on pairs put to the model per run; the rest keep their offline decision.</summary>
    [Range(0, 100_000)]
    public int MaxPairsPerRun { get; set; } = 200;

    /// <summary>Pairs sent in one call.</summary>
    [Range(1, 50)]
    public int PairsPerCall { get; set; } = 8;

    /// <summary>Quotes longer than this (characters) are cut, to bound the prompt.</summary>
    [Range(80, 10_000)]
    public int MaxQuoteLength { get; set; } = 800;
}
