using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// The values a claim allows. <see cref="Admitted"/> is what the words commit to, with a plain figure widened by
/// its own rounding and "more than"/"nearly" bounds open; <see cref="Loose"/> adds slack for "about"/"nearly".
/// </summary>
internal readonly record struct ClaimInterval(decimal Low, decimal High, bool LowOpen = false, bool HighOpen = false)
{
    public bool Overlaps(ClaimInterval other) =>
        Below(Low, LowOpen, other.High, other.HighOpen) && Below(other.Low, other.LowOpen, High, HighOpen);

    private static bool Below(decimal low, bool lowOpen, decimal high, bool highOpen) =>
        lowOpen || highOpen ? low < high : low <= high;

    public static ClaimInterval Strict(Quantity q) => new(q.Low ?? decimal.MinValue, q.High ?? decimal.MaxValue);

    /// <summary>What the words admit: "260 ribu" may be 260.400; "lebih dari 15" excludes 15.</summary>
    public static ClaimInterval Admitted(Quantity q)
    {
        var half = RoundingHalf(q);
        var low = q.Low ?? decimal.MinValue;
        var high = q.High ?? decimal.MaxValue;
        return q.Hedge switch
        {
            Hedge.Above => new(low, high, LowOpen: true),
            Hedge.Below => new(low, high, HighOpen: true),
            Hedge.AtMost or Hedge.AtLeast or Hedge.Range => new(low, high),
            _ => new(Widen(low, -half), Widen(high, half)),
        };
    }

    /// <summary>The figure as written, widened by its own rounding only: "about 39,000" is 38,500 to 39,500 here.</summary>
    public static ClaimInterval Stated(Quantity q)
    {
        var half = RoundingHalf(q);
        return new(q.Amount - half, q.Amount + half);
    }

    /// <summary>The interval with its ends included: "more than 48,000" then reaches the 48,000 another report rounds to.</summary>
    public static ClaimInterval Closed(ClaimInterval interval) => interval with { LowOpen = false, HighOpen = false };

    public static ClaimInterval Loose(Quantity q, double hedgeSlack)
    {
        var half = RoundingHalf(q);
        var slack = q.Hedge is Hedge.Approximately or Hedge.Below ? Math.Abs(q.Amount) * (decimal)hedgeSlack : 0m;
        var strict = Strict(q);
        return new ClaimInterval(Widen(strict.Low, -half - slack), Widen(strict.High, half + slack));
    }

    /// <summary>Half the rounding step the surface form implies; none for an exact count of a few things ("17 sekolah").</summary>
    public static decimal RoundingHalf(Quantity q) => q.Kind == QuantityKind.Count && q.Step <= 1 ? 0m : q.Step / 2;

    private static decimal Widen(decimal bound, decimal by) =>
        bound == decimal.MinValue || bound == decimal.MaxValue ? bound : bound + by;
}
