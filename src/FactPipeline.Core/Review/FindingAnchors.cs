using System.Globalization;
using System.Text;
using FactPipeline.Core.Common;

namespace FactPipeline.Core.Review;

/// <summary>
/// Where a finding's claims stand, as keys a later run's finding can share. Two keys per claim, so either survives
/// what breaks the other: the figure's offset and text in its source (kept when the sentence is re-cut by another rules
/// version) and its place in the sentence with its digits masked (kept when text above it changes or the figure is
/// corrected in place).
/// Claim ids are neither: they hash the article's whole text, so any edit to a source changes every one of them.
/// </summary>
public static class FindingAnchors
{
    public static IEnumerable<string> Of(TrackedFigure figure)
    {
        // With its text: after an edit above it, another figure may stand at the old offset.
        yield return StableId.Of("at", figure.Source, figure.ValueStart.ToString(CultureInfo.InvariantCulture), figure.ValueText);
        // With its place in the masked sentence: one sentence often gives several figures ("triples it to 10.1 trillion").
        yield return StableId.Of("says", figure.Source, figure.QuoteShape, PlaceInShape(figure).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Where the figure starts in its sentence's shape: the length of the shape of the text before it.</summary>
    private static int PlaceInShape(TrackedFigure figure) =>
        figure.ValueOffset >= 0 && figure.ValueOffset <= figure.Quote.Length ? ShapeOf(figure.Quote[..figure.ValueOffset]).Length : -1;

    /// <summary>The key every finding with a claim from this source has: which tracked findings a run re-read.</summary>
    public static string OfSource(string source) => StableId.Of("source", source);

    /// <summary>
    /// The sentence in lower case with runs of digits (and the separators between them) as one '#', and its spaces
    /// collapsed: "10,1 triliun" and "10,4 triliun" have one shape, a re-cut sentence's surrounding text another.
    /// </summary>
    public static string ShapeOf(string quote)
    {
        var shape = new StringBuilder(quote.Length);
        var inNumber = false;
        var space = false;
        for (var i = 0; i < quote.Length; i++)
        {
            var c = quote[i];
            if (char.IsDigit(c) || (inNumber && c is '.' or ',' && i + 1 < quote.Length && char.IsDigit(quote[i + 1])))
            {
                if (!inNumber)
                {
                    if (space)
                    {
                        shape.Append(' ');
                    }
                    shape.Append('#');
                }
                inNumber = true;
                space = false;
                continue;
            }
            inNumber = false;
            if (char.IsWhiteSpace(c))
            {
                space = shape.Length > 0;
                continue;
            }
            if (space)
            {
                shape.Append(' ');
                space = false;
            }
            shape.Append(char.ToLowerInvariant(c));
        }
        return shape.ToString();
    }
}
