using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// The values a claim allows. <see cref="Strict"/> is what the words commit to; <see cref="Loose"/> adds the
/// rounding the surface form implies ("10 triliun" may be 10,4) and slack for "about"/"nearly".
/// </summary>
internal readonly record struct ClaimInterval(decimal Low, decimal High)
{
    public bool Overlaps(ClaimInterval other) => Low <= other.High && other.Low <= High;

    public static ClaimInterval Strict(Quantity q) => new(q.Low ?? decimal.MinValue, q.High ?? decimal.MaxValue);

    public static ClaimInterval Loose(Quantity q, double hedgeSlack)
    {
        var half = q.Step / 2;
        var slack = q.Hedge is Hedge.Approximately or Hedge.Below ? Math.Abs(q.Amount) * (decimal)hedgeSlack : 0m;
        var strict = Strict(q);
        var low = strict.Low == decimal.MinValue ? decimal.MinValue : strict.Low - half - slack;
        var high = strict.High == decimal.MaxValue ? decimal.MaxValue : strict.High + half + slack;
        return new ClaimInterval(low, high);
    }
}
