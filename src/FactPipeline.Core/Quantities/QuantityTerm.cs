namespace FactPipeline.Core.Quantities;

/// <summary>One amount with its own currency, scale, percent sign or multiplier, before ranges and hedges are resolved.</summary>
internal struct QuantityTerm
{
    public int Start;
    public int End;
    public decimal Value;
    public decimal Step;
    public string? Currency;
    public bool IsPercent;
    public bool IsMultiplier;
    /// <summary>The scale word multiplier (1 when none): lets "2-3 juta" apply "juta" to both ends.</summary>
    public decimal Scale;
    public ParsedNumber Number;

    public readonly bool HasUnitMarker => Currency is not null || IsPercent || IsMultiplier || Scale != 1;
}
