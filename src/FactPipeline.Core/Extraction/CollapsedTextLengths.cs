using System.Runtime.InteropServices;
using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// For every element of a subtree: the length and comma count of
/// <c>TextShape.CollapseWhitespace(element.TextContent)</c>, measured in one pass over the text nodes, and the links
/// (<c>a</c> elements) under it. Scoring asks this of every block, every candidate container and every link; building
/// each element's text again for each of its ancestors made page reading quadratic in the nesting depth, and so did
/// querying each candidate's links again. Valid while the subtree is not changed.
/// </summary>
internal sealed class CollapsedTextLengths
{
    private readonly Dictionary<IElement, Entry> _entries = new(ReferenceEqualityComparer.Instance);

    // Every link under the root in document order (the order a query for "a" lists them), with its href: an
    // element's links are the run from its Entry.FirstLink up to Entry.EndLink.
    private readonly List<(IElement Link, string? Href)> _links = [];

    private CollapsedTextLengths()
    {
    }

    /// <summary>Measures <paramref name="root"/> and every element under it.</summary>
    public static CollapsedTextLengths Measure(IElement root)
    {
        var lengths = new CollapsedTextLengths();
        // Depth-first with an explicit stack (pages nest deeply): each element's piece is its children's, in order.
        var stack = new Stack<(IElement Element, int Next, Piece Sum, int FirstLink)>();
        stack.Push((root, 0, Piece.Empty, 0));
        while (stack.TryPop(out var frame))
        {
            var (element, next, sum, firstLink) = frame;
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
                stack.Push((element, next, sum, firstLink));
                // Matched as the type selector "a" matches: the tag name, ignoring case. A link's own runs after it.
                if (string.Equals(descendInto.LocalName, "a", StringComparison.OrdinalIgnoreCase))
                {
                    lengths._links.Add((descendInto, descendInto.GetAttribute("href")));
                }
                stack.Push((descendInto, 0, Piece.Empty, lengths._links.Count));
                continue;
            }
            lengths._entries[element] = new Entry(sum, firstLink, lengths._links.Count);
            if (stack.TryPop(out var parent))
            {
                stack.Push((parent.Element, parent.Next, Piece.Join(parent.Sum, sum), parent.FirstLink));
            }
        }
        return lengths;
    }

    /// <summary>
    /// The links under <paramref name="element"/> (not itself), in document order, with their href; false when the
    /// element was not measured.
    /// </summary>
    public bool TryGetLinks(IElement element, out ReadOnlySpan<(IElement Link, string? Href)> links)
    {
        if (_entries.TryGetValue(element, out var entry))
        {
            links = CollectionsMarshal.AsSpan(_links)[entry.FirstLink..entry.EndLink];
            return true;
        }
        links = default;
        return false;
    }

    /// <summary>Length of the element's collapsed text.</summary>
    public int LengthOf(IElement element) =>
        _entries.TryGetValue(element, out var entry) ? entry.Text.Length : TextShape.CollapseWhitespace(element.TextContent).Length;

    /// <summary>Commas (Latin, full-width, ideographic, Arabic) in the element's text.</summary>
    public int CommasOf(IElement element) =>
        _entries.TryGetValue(element, out var entry) ? entry.Text.Commas : CountCommas(element.TextContent);

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

    private readonly record struct Entry(Piece Text, int FirstLink, int EndLink);

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
