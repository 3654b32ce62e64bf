using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// CSS selectors parsed once, for rules tested against many elements of every page
/// (<c>selector.Match(element, null)</c>) and for queries: a selector string handed to a query is looked up in the
/// document's parsed-selector cache, under a lock, at every call. The queries here find what the string
/// queries find, in the same (document) order; none of our selectors uses <c>:scope</c>.
/// </summary>
internal static class CssSelectors
{
    public static ISelector Parse(string selector) =>
        new CssSelectorParser().ParseSelector(selector) ?? throw new ArgumentException($"not a selector: {selector}", nameof(selector));

    /// <summary>The first element under <paramref name="root"/> that matches, as <c>root.QuerySelector(text)</c>.</summary>
    public static IElement? First(INode root, ISelector selector) => root.ChildNodes.QuerySelector(selector);

    /// <summary>Every element under <paramref name="root"/> that matches, as <c>root.QuerySelectorAll(text)</c>.</summary>
    public static IHtmlCollection<IElement> All(INode root, ISelector selector) => root.ChildNodes.QuerySelectorAll(selector);

    /// <summary>Every element under <paramref name="root"/> in document order, as <c>root.QuerySelectorAll("*")</c>, without matching.</summary>
    public static List<IElement> ElementsUnder(INode root)
    {
        var elements = new List<IElement>();
        var stack = new Stack<IElement>();
        PushChildElements(root, stack);
        while (stack.TryPop(out var element))
        {
            elements.Add(element);
            PushChildElements(element, stack);
        }
        return elements;
    }

    /// <summary>Pushes the child elements of <paramref name="node"/> last to first, so that they pop in document order.</summary>
    public static void PushChildElements(INode node, Stack<IElement> stack)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push(child);
            }
        }
    }
}
