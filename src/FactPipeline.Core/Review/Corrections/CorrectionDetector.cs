using FactPipeline.Core.Model;

namespace FactPipeline.Core.Review.Corrections;

/// <summary>One version of a source's text and the claims read from it.</summary>
public sealed record VersionText(ArticleVersion Version, IReadOnlyList<Claim> Claims);

/// <summary>A figure a source changed between two versions of its text: what it said before and what it says now.</summary>
public sealed record Correction(ArticleVersion Before, Claim Was, ArticleVersion After, Claim Now)
{
    /// <summary>The change in percent of the smaller amount, as the cross-check measures a difference.</summary>
    public decimal DifferencePercent
    {
        get
        {
            var (a, b) = (Math.Abs(Was.Value.Amount), Math.Abs(Now.Value.Amount));
            var (min, max) = (Math.Min(a, b), Math.Max(a, b));
            return min > 0 ? Math.Round((max - min) / min * 100m, 2) : 0m;
        }
    }
}

/// <summary>
/// Finds the silent corrections between two versions of one source. Figures are matched by what they state, never by
/// where they stand: a figure of the old text and one of the new text state the same thing when their sentences have
/// one shape with the digits masked (<see cref="FindingAnchors.ShapeOf"/>), the figure stands at the same place in it,
/// and they measure the same thing of the same subject, in the same unit, for the same year. Such a pair with another
/// value is a correction. Not a correction: the same value (a sentence moved, a paragraph added above it), a figure
/// with no counterpart (added or removed), a value re-worded ("10 triliun" → "10.000 miliar": another shape, so no
/// counterpart), and any statement the old or new text makes more than once with different values left over, since
/// which changed into which is then a guess.
/// </summary>
public static class CorrectionDetector
{
    public static IReadOnlyList<Correction> Detect(VersionText previous, VersionText current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        if (previous.Version.ArticleId == current.Version.ArticleId)
        {
            return [];
        }
        var was = previous.Claims.GroupBy(StatementKey.Of).ToDictionary(g => g.Key, g => g.ToList());
        var now = current.Claims.GroupBy(StatementKey.Of).ToDictionary(g => g.Key, g => g.ToList());
        var corrections = new List<Correction>();
        foreach (var (key, before) in was)
        {
            if (!now.TryGetValue(key, out var after))
            {
                continue;
            }
            // Figures that still say what they said are no one's correction, wherever they moved.
            var leftBefore = before.ToList();
            var leftAfter = after.ToList();
            foreach (var claim in before)
            {
                var same = leftAfter.FindIndex(c => SameValue(c.Value, claim.Value));
                if (same >= 0)
                {
                    leftAfter.RemoveAt(same);
                    leftBefore.Remove(claim);
                }
            }
            if (leftBefore is [var old] && leftAfter is [var changed])
            {
                corrections.Add(new Correction(previous.Version, old, current.Version, changed));
            }
        }
        return [.. corrections.OrderBy(c => c.Now.Value.Start)];
    }

    private static bool SameValue(Quantity a, Quantity b) =>
        a.Amount == b.Amount && a.Low == b.Low && a.High == b.High && a.Hedge == b.Hedge;

    /// <summary>What a figure states, without its value.</summary>
    private sealed record StatementKey(string Shape, int Place, string Measure, string Subject, string Unit, QuantityKind Kind, int? Year)
    {
        public static StatementKey Of(Claim claim) => new(
            FindingAnchors.ShapeOf(claim.Quote),
            FindingAnchors.PlaceInShape(claim.Quote, claim.Value.Start - claim.QuoteStart),
            claim.Concept ?? string.Join(' ', claim.Metric),
            (claim.SubjectId ?? claim.SubjectName ?? string.Join(' ', claim.Subject)).ToLowerInvariant(),
            claim.Value.Unit,
            claim.Value.Kind,
            claim.Year);
    }
}
