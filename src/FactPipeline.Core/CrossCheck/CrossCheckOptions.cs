using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.CrossCheck;

public sealed class CrossCheckOptions
{
    public const string SectionName = "CrossCheck";

    /// <summary>
    /// A blocking aid only: claims of one measure are compared with neighbours in size up to this factor apart.
    /// Claims with the same subject are compared whatever their sizes (a 10× typo is a conflict, not a different fact).
    /// </summary>
    [Range(1.0, 100.0)]
    public double MaxRatio { get; set; } = 3.0;

    /// <summary>
    /// Share of canonical (LLM) phrasing words two claims must have in common (overlap coefficient); a leftover pair
    /// of one story needs twice as much of its words.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinContextOverlap { get; set; } = 0.15;

    /// <summary>
    /// Share of the content words around two same-language figures they must have in common (overlap coefficient)
    /// to share context: a quarter, since one broad story (a trade war, a space programme) repeats its own words
    /// around many figures of one measure.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinWordOverlap { get; set; } = 0.25;

    /// <summary>
    /// Distinctive names two articles must share to count as one story, which lets two claims whose sentences
    /// name no subject be the same fact.
    /// </summary>
    [Range(1, 100)]
    public int MinSharedStoryNames { get; set; } = 3;

    /// <summary>Upper bound on neighbours compared per claim, which keeps the check near-linear.</summary>
    [Range(1, 10_000)]
    public int MaxCandidatesPerClaim { get; set; } = 64;

    /// <summary>Relative slack granted to "sekitar/about" and "hampir/nearly" beyond their own rounding.</summary>
    [Range(0.0, 0.5)]
    public double HedgeSlack { get; set; } = 0.10;
}
