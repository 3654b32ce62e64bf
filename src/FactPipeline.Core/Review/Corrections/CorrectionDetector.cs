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
/// one shape with the figure and other digits masked (<see cref="FindingAnchors.ShapeOf"/>'s idea), and they measure the
/// same thing of the same subject, in the same unit, for the same year. Such a pair with another value is a
/// correction. Not a correction: the same value (a sentence moved, a paragraph added above it, or the value re-worded:
/// "10 triliun" → "10.000 miliar" is one amount), a figure with no counterpart (added or removed), and any statement
/// the old or new text makes more than once with different values left over, since which changed into which is then
/// a guess.
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
    /// <remarks>
    /// The figure itself is masked whole, not only its digits: "3조 원" → "3조5000억 원" and "10 triliun" → "12.000 miliar"
    /// change the scale words with the value, and are still the same statement. The text either side of it is shaped as
    /// <see cref="FindingAnchors.ShapeOf"/> does (other figures' digits masked), which also fixes the figure's place.
    /// </remarks>
    private sealed record StatementKey(string Before, string After, string Measure, string Subject, string Unit, QuantityKind Kind, int? Year)
    {
        public static StatementKey Of(Claim claim)
        {
            var at = Math.Clamp(claim.Value.Start - claim.QuoteStart, 0, claim.Quote.Length);
            var end = Math.Clamp(at + claim.Value.Length, at, claim.Quote.Length);
            return Of(claim, FindingAnchors.ShapeOf(claim.Quote[..at]), FindingAnchors.ShapeOf(claim.Quote[end..]));
        }

        private static StatementKey Of(Claim claim, string before, string after) => new(
            before,
            after,
            claim.Concept ?? string.Join(' ', claim.Metric),
            (claim.SubjectId ?? claim.SubjectName ?? string.Join(' ', claim.Subject)).ToLowerInvariant(),
            claim.Value.Unit,
            claim.Value.Kind,
            claim.Year);
    }
}
