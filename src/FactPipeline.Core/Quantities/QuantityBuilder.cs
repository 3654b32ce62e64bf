using FactPipeline.Core.Model;

namespace FactPipeline.Core.Quantities;

/// <summary>
/// Turns a resolved term (or range) and its hedge into a <see cref="Quantity"/> with the interval it stands for.
/// </summary>
/// <remarks>
/// Interval conventions (see docs/NUMBERS.md): no hedge → Low = High = Amount; Approximately → Amount ± max(Step/2, 5% of Amount);
/// Below ("hampir", "nearly") → [0.9·Amount, Amount]; Above → [Amount, ∞); AtMost → (−∞, Amount]; Range → [Low, High], Amount = midpoint.
/// </remarks>
internal static class QuantityBuilder
{
    /// <summary>Half-width of an "about" interval relative to the amount, when the rounding step is finer.</summary>
    private const decimal ApproximateFraction = 0.05m;

    /// <summary>Lower bound of "nearly X" relative to X.</summary>
    private const decimal NearlyFraction = 0.9m;

    public static Quantity Build(
        string text, int start, int end, QuantityKind kind, string unit, bool isRange, QuantityTerm low, QuantityTerm high, Hedge hedge, decimal? whole = null)
    {
        decimal amount;
        decimal? lo, hi;
        decimal step;
        if (isRange)
        {
            amount = (low.Value + high.Value) / 2;
            lo = low.Value;
            hi = high.Value;
            step = Math.Min(low.Step, high.Step);
            hedge = Hedge.Range;
        }
        else
        {
            amount = low.Value;
            step = low.Step;
            (lo, hi) = hedge switch
            {
                Hedge.Approximately => ((decimal?)(amount - HalfWidth(amount, step)), (decimal?)(amount + HalfWidth(amount, step))),
                Hedge.Below => (amount * NearlyFraction, amount),
                Hedge.Above or Hedge.AtLeast => (amount, null),
                Hedge.AtMost => (null, amount),
                _ => ((decimal?)amount, (decimal?)amount),
            };
        }

        return new Quantity
        {
            Start = start,
            Length = end - start,
            Text = text[start..end],
            Kind = kind,
            Amount = Normalize(amount),
            Low = lo is { } l ? Normalize(l) : null,
            High = hi is { } h ? Normalize(h) : null,
            Hedge = hedge,
            Unit = unit,
            Step = Normalize(step),
            Whole = whole is { } w ? Normalize(w) : null,
        };
    }

    /// <summary>
    /// An order of magnitude ("ribuan", "thousands of", "수천"): the range [<paramref name="low"/>, <paramref name="high"/>] with step 1,
    /// because the bounds already are all the vagueness the words allow; a comparer's rounding slack must not widen them further.
    /// </summary>
    public static Quantity BuildInterval(string text, int start, int end, QuantityKind kind, string unit, decimal low, decimal high) => new()
    {
        Start = start,
        Length = end - start,
        Text = text[start..end],
        Kind = kind,
        Amount = Normalize((low + high) / 2),
        Low = Normalize(low),
        High = Normalize(high),
        Hedge = Hedge.Range,
        Unit = unit,
        Step = 1,
    };

    /// <summary>Drops trailing zeros of the scale ("10100000000000.0" → "10100000000000").</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    private static decimal HalfWidth(decimal amount, decimal step) => Math.Max(step / 2, Math.Abs(amount) * ApproximateFraction);
}
