using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// How two figures of the same fact relate. Two plain figures are equal, differ only by the rounding the coarser
/// one implies ("10 triliun" covers 10,1 triliun: minor), or disagree (conflict). A bound or range agrees with a
/// figure it admits ("lebih dari 260.000" and "260 ribu", whose rounding reaches past 260.000), but "about 156" and
/// 156.3 differ by rounding (minor); a bound that
/// excludes the figure is a conflict ("kurang dari 500" vs 650). Exact small counts carry no rounding: 2 vs 3
/// rounds, 17 vs 18 schools are conflicts.
/// </summary>
public static class ValueComparer
{
    public static VerdictReason Compare(Quantity a, Quantity b, double hedgeSlack)
    {
        if (!IsBound(a) && !IsBound(b))
        {
            if (a.Amount == b.Amount)
            {
                return VerdictReason.Equal;
            }
            return ClaimInterval.Loose(a, hedgeSlack).Overlaps(ClaimInterval.Loose(b, hedgeSlack)) ? VerdictReason.Rounding : VerdictReason.Disjoint;
        }
        if (ClaimInterval.Admitted(a).Overlaps(ClaimInterval.Admitted(b)))
        {
            if (BoundMissesStatedValue(a, b) || BoundMissesStatedValue(b, a))
            {
                return VerdictReason.Rounding;
            }
            return a.Amount == b.Amount && a.Hedge == b.Hedge ? VerdictReason.Equal : VerdictReason.HedgesOverlap;
        }
        return ClaimInterval.Loose(a, hedgeSlack).Overlaps(ClaimInterval.Loose(b, hedgeSlack)) ? VerdictReason.Rounding : VerdictReason.Disjoint;
    }

    public static Severity SeverityOf(VerdictReason reason) => reason switch
    {
        VerdictReason.Disjoint or VerdictReason.ScopeDiffers => Severity.Conflict,
        VerdictReason.Rounding => Severity.Minor,
        _ => Severity.Consistent,
    };

    /// <summary>
    /// "More than 40,000" against "about 39,000": the about figure's own value (39,000, give or take its last digit) lies
    /// outside the bound; only the margin "about" allows reaches it. The two reports disagree on which side of 40,000
    /// the figure is, so they are at least a rounding apart (minor), never consistent. A bound still admits an about figure
    /// its own rounding reaches ("more than 48,000" and "about 48,000"), and a plain round figure in words is no about
    /// figure ("lebih dari 260.000" and "260 ribu" agree: "260 ribu" may be 260.400).
    /// </summary>
    private static bool BoundMissesStatedValue(Quantity bound, Quantity about) =>
        IsBound(bound) && about.Hedge == Hedge.Approximately && !IsBound(about)
        && !ClaimInterval.Closed(ClaimInterval.Admitted(bound)).Overlaps(ClaimInterval.Stated(about));

    /// <summary>
    /// A bound or range states where the figure lies, so it agrees with any figure it admits. "About 156" is not a
    /// bound: it is 156 said loosely, and 156.3 elsewhere differs from it by rounding (minor), as "10 triliun" does
    /// from "10,1 triliun".
    /// </summary>
    private static bool IsBound(Quantity q) =>
        !IsStatedMaximum(q)
        && (q.Hedge is Hedge.Above or Hedge.AtLeast or Hedge.Below or Hedge.AtMost or Hedge.Range || (q.Hedge != Hedge.Approximately && q.Low != q.High));

    /// <summary>
    /// "Jarak tempuh hingga 512 km", "up to 250 km/h", "최대 585마력": "up to" before a measurement (a range, a top speed,
    /// an output) states the specification's value, its maximum, not a bound on an unknown figure. Against "about 510
    /// km" it is a rounding apart, as 512 would be. "Up to 100 people" stays a bound.
    /// </summary>
    private static bool IsStatedMaximum(Quantity q) =>
        q.Hedge == Hedge.AtMost && q.Kind == QuantityKind.Count && Quantities.UnitClasses.IsMeasure(q.Unit);
}
