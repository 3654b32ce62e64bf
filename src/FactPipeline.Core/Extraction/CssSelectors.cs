using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// CSS selectors parsed once, for rules tested against many elements of every page
/// (<c>selector.Match(element, null)</c>): a selector string handed to a query is parsed again at every call.
/// </summary>
internal static class CssSelectors
{
    public static ISelector Parse(string selector) =>
        new CssSelectorParser().ParseSelector(selector) ?? throw new ArgumentException($"not a selector: {selector}", nameof(selector));
}
