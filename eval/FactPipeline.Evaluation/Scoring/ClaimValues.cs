using System.Globalization;
using FactPipeline.Core.Model;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>Compares and prints claim values the way the scorer needs them.</summary>
public static class ClaimValues
{
    /// <summary>
    /// The same amount and interval (and part-of-whole, and currency when both are money): such a pair agrees,
    /// whatever the finding around it says. Count nouns are not compared: they are written in each article's language.
    /// </summary>
    public static bool Same(Quantity a, Quantity b) =>
        a.Amount == b.Amount && a.Low == b.Low && a.High == b.High && a.Whole == b.Whole
        && (a.Kind != QuantityKind.Money || b.Kind != QuantityKind.Money || string.Equals(a.Unit, b.Unit, StringComparison.Ordinal));

    /// <summary>"“sekitar 12.000 warga” = 12000 [11000, 13000]" style: the surface text and what was read.</summary>
    public static string Describe(Quantity q)
    {
        var unit = q.Unit.Length > 0 ? " " + q.Unit : "";
        var interval = q.Low == q.Amount && q.High == q.Amount ? "" : $" [{Bound(q.Low)}, {Bound(q.High)}]";
        var whole = q.Whole is { } w ? $" of {Number(w)}" : "";
        return $"\"{q.Text}\" = {Number(q.Amount)}{unit}{whole}{interval}";
    }

    private static string Bound(decimal? value) => value is { } v ? Number(v) : "∞";

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
