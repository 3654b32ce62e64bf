using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// For every element of a subtree: the length and comma count of
/// <c>TextShape.CollapseWhitespace(element.TextContent)</c>, measured in one pass over the text nodes. Scoring asks
/// this of every block, every candidate container and every link; building each element's text again for each of
/// its ancestors made page reading quadratic in the nesting depth. Valid while the subtree is not changed.
/// </summary>
internal sealed class CollapsedTextLengths
{
    private readonly Dictionary<IElement, Piece> _pieces = new(ReferenceEqualityComparer.Instance);

    private CollapsedTextLengths()
    {
    }

    /// <summary>Measures <paramref name="root"/> and every element under it.</summary>
    public static CollapsedTextLengths Measure(IElement root)
    {
        var lengths = new CollapsedTextLengths();
        // Depth-first with an explicit stack (pages nest deeply): each element's piece is its children's, in order.
        var stack = new Stack<(IElement Element, int Next, Piece Sum)>();
        stack.Push((root, 0, Piece.Empty));
        while (stack.TryPop(out var frame))
        {
            var (element, next, sum) = frame;
            var children = element.ChildNodes;
            IElement? descendInto = null;
            while (next < children.Length && descendInto is null)
            {
                var child = children[next++];
                if (child is IText text)
                {
                    sum = Piece.Join(sum, Piece.Of(text.Data));
                }
                else if (child is IElement childElement)
                {
                    descendInto = childElement;
                }
            }
            if (descendInto is not null)
            {
                stack.Push((element, next, sum));
                stack.Push((descendInto, 0, Piece.Empty));
                continue;
            }
            lengths._pieces[element] = sum;
            if (stack.TryPop(out var parent))
            {
                stack.Push((parent.Element, parent.Next, Piece.Join(parent.Sum, sum)));
            }
        }
        return lengths;
    }

    /// <summary>Length of the element's collapsed text.</summary>
    public int LengthOf(IElement element) =>
        _pieces.TryGetValue(element, out var piece) ? piece.Length : TextShape.CollapseWhitespace(element.TextContent).Length;

    /// <summary>Commas (Latin, full-width, ideographic, Arabic) in the element's text.</summary>
    public int CommasOf(IElement element) =>
        _pieces.TryGetValue(element, out var piece) ? piece.Commas : CountCommas(element.TextContent);

    public static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsComma(c))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsComma(char c) => c is ',' or '，' or '、' or '،';

    /// <summary>
    /// What collapsing a stretch of text leaves: its non-space characters, the whitespace runs between them (one
    /// space each), whether whitespace comes before the first or after the last, and its commas. Two stretches
    /// side by side join without looking at their characters again.
    /// </summary>
    private readonly record struct Piece(int NonSpace, int Gaps, bool LeadingSpace, bool TrailingSpace, bool AnySpace, int Commas)
    {
        public static readonly Piece Empty = default;

        public int Length => NonSpace + Gaps;

        public static Piece Of(string text)
        {
            var (nonSpace, gaps, commas) = (0, 0, 0);
            var (leading, pending, any) = (false, false, false);
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    any = true;
                    leading |= nonSpace == 0;
                    pending = nonSpace > 0;
                    continue;
                }
                gaps += pending ? 1 : 0;
                pending = false;
                nonSpace++;
                commas += IsComma(c) ? 1 : 0;
            }
            return new Piece(nonSpace, gaps, leading, pending, any, commas);
        }

        public static Piece Join(Piece first, Piece second)
        {
            if (first.NonSpace == 0)
            {
                return second with { LeadingSpace = second.LeadingSpace || first.AnySpace, AnySpace = first.AnySpace || second.AnySpace };
            }
            if (second.NonSpace == 0)
            {
                return first with { TrailingSpace = first.TrailingSpace || second.AnySpace, AnySpace = first.AnySpace || second.AnySpace };
            }
            return new Piece(
                first.NonSpace + second.NonSpace,
                first.Gaps + second.Gaps + (first.TrailingSpace || second.LeadingSpace ? 1 : 0),
                first.LeadingSpace,
                second.TrailingSpace,
                first.AnySpace || second.AnySpace,
                first.Commas + second.Commas);
        }
    }
}
