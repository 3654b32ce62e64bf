using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.CrossCheck;

public sealed class CrossCheckOptions
{
    public const string SectionName = "CrossCheck";

    /// <summary>
    /// Two figures further apart than this factor are taken to be about different things (a part and its
    /// whole: 50.000 chips within 260.000 GPUs) rather than a disagreement.
    /// </summary>
    [Range(1.0, 100.0)]
    public double MaxRatio { get; set; } = 3.0;

    /// <summary>Share of context words two same-language claims must have in common (overlap coefficient).</summary>
    [Range(0.0, 1.0)]
    public double MinContextOverlap { get; set; } = 0.15;

    /// <summary>
    /// Same-language pairs whose context overlap is below <see cref="MinContextOverlap"/> but at least this (and
    /// above zero) are uncertain: not matched offline, but worth asking a judge about when one is configured.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinUncertainContextOverlap { get; set; } = 0.05;

    /// <summary>Upper bound on neighbours compared per claim, which keeps the check near-linear.</summary>
    [Range(1, 10_000)]
    public int MaxCandidatesPerClaim { get; set; } = 64;

    /// <summary>Relative slack granted to "sekitar/about" and "hampir/nearly" beyond their own rounding.</summary>
    [Range(0.0, 0.5)]
    public double HedgeSlack { get; set; } = 0.10;
}
