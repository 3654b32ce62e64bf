using AngleSharp.Dom;

namespace FactPipeline.Core.Extraction;

/// <summary>Where on a page a date belongs to something other than the article: comments, related lists, sidebars.</summary>
internal static partial class HtmlMetadataReader
{
    /// <summary>
    /// Blocks whose dates are other items' dates: a comment's time, a related story's teaser date, a sidebar's list
    /// of latest posts. Whole class/id words (<see cref="ClassTokens"/>), so "commentary" or "navigation" in an
    /// article's own wrapper does not count... only the words listed, and those starting with a starred one.
    /// </summary>
    private static readonly ClassWordList ElsewhereWords = new(
    [
        "comment", "comments", "kommentar", "kommentare", "related*", "sidebar*", "recommend*", "teaser*", "popular", "more stories",
        "read more", "readmore",
    ]);

    /// <summary>
    /// True when the element sits in a nav or a block named by <see cref="ElsewhereWords"/>, unless that block holds
    /// the page's h1 or half the page's text: then it is a layout wrapper named like one ("page-with-sidebar",
    /// WordPress's "comments-open" on the post itself) around the article. An &lt;aside&gt; is not enough: many
    /// articles put their own byline and date in one.
    /// </summary>
    private static bool IsElsewhere(IElement element)
    {
        var pageChars = -1;
        for (var at = element; at is not null && at.LocalName is not ("body" or "html"); at = at.ParentElement)
        {
            var classNames = at.GetAttribute("class");
            var id = at.GetAttribute("id");
            if (at.LocalName is "nav"
                || ((classNames is not null || id is not null) && ElsewhereWords.Matches(ClassTokens.Of(classNames, id))))
            {
                if (pageChars < 0)
                {
                    pageChars = at.Owner?.Body?.TextContent.Length ?? 0;
                }
                if (at.TextContent.Length * 2 < pageChars && CssSelectors.First(at, H1) is null)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
