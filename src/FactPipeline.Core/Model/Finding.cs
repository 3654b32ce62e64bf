namespace FactPipeline.Core.Model;

public enum Severity
{
    /// <summary>The intervals cannot both be true.</summary>
    Conflict,
    /// <summary>The figures differ, but rounding or hedges may explain it.</summary>
    Minor,
    /// <summary>The figures agree: corroboration.</summary>
    Consistent,
}

/// <summary>A group of claims from different articles stating the same fact, with a verdict.</summary>
public sealed record Finding
{
    public required string Id { get; init; }
    public required Severity Severity { get; init; }
    /// <summary>Human topic, e.g. "budget (KRW)".</summary>
    public required string Topic { get; init; }
    public required IReadOnlyList<string> ClaimIds { get; init; }
    /// <summary>Relative difference between the extreme amounts, in percent of the smaller.</summary>
    public decimal DifferencePercent { get; init; }
    public required LocalizedText Explanation { get; init; }
}

public sealed record LocalizedText(string En, string Ko);
