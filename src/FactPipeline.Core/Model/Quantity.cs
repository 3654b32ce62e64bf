namespace FactPipeline.Core.Model;

public enum QuantityKind
{
    /// <summary>A bare number with no unit noun.</summary>
    Number,
    /// <summary>An amount of money; <see cref="Quantity.Unit"/> is an ISO 4217 code.</summary>
    Money,
    /// <summary>A percentage; the amount is in points (3.2 for 3,2%); unit "%".</summary>
    Percent,
    /// <summary>A count of things; <see cref="Quantity.Unit"/> is the counted noun (lower case).</summary>
    Count,
    /// <summary>"tiga kali lipat", "triple", "세 배"; unit "x".</summary>
    Multiplier,
}

public enum Hedge
{
    None,
    /// <summary>sekitar / about / around / 약 / khoảng.</summary>
    Approximately,
    /// <summary>lebih dari / more than / over / hơn / 超过: above the figure.</summary>
    Above,
    /// <summary>hampir / nearly / almost / 거의 / gần: just below.</summary>
    Below,
    /// <summary>hingga / up to / 최대: at most.</summary>
    AtMost,
    /// <summary>"3–5", "antara a dan b".</summary>
    Range,
    /// <summary>at least / setidaknya / 최소, 이상 / ít nhất / 至少, 以上: the figure or more (it admits the figure itself).</summary>
    AtLeast,
}

/// <summary>
/// A quantity recognized in running text. <see cref="Low"/>/<see cref="High"/> give the interval the
/// text commits to (null = unbounded on that side); <see cref="Step"/> is the rounding step the surface
/// form implies ("10 triliun" → 1e12, "10,1 triliun" → 1e11), so a comparer can tell rounding from error.
/// </summary>
public sealed record Quantity
{
    public required int Start { get; init; }
    public required int Length { get; init; }
    /// <summary>The exact surface text, text.Substring(Start, Length).</summary>
    public required string Text { get; init; }
    public required QuantityKind Kind { get; init; }
    /// <summary>Point value (for a range, the midpoint).</summary>
    public required decimal Amount { get; init; }
    public decimal? Low { get; init; }
    public decimal? High { get; init; }
    public Hedge Hedge { get; init; }
    /// <summary>ISO 4217 for money, "%" for percent, "x" for multipliers, the counted noun for counts, "" for numbers.</summary>
    public string Unit { get; init; } = "";
    public required decimal Step { get; init; }
    /// <summary>The whole this figure is a part of: "30 dari 50 guru" → 30 with Whole 50; null otherwise.</summary>
    public decimal? Whole { get; init; }

    public int End => Start + Length;
}
