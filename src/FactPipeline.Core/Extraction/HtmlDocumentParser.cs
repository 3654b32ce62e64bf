using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Parses pages into AngleSharp documents with one parser per thread, over a browsing context without attribute
/// observers. <c>new HtmlParser()</c> builds a fresh context for every page (seventeen services, among them an
/// observer with thirty registered callbacks), and the observer then runs for every attribute of every element:
/// link relations, URL parsing of href and src, class lists, select and input state. None of that changes the
/// tree, the attributes or the text the extractor reads, and none of it is asked for. A context resolves its
/// services lazily and is not thread-safe, hence one per thread; a parsed document does not hold on to it.
/// Script and style text is dropped first (<see cref="ScriptAndStyleText"/>): half of a page, and never read.
/// </summary>
internal static class HtmlDocumentParser
{
    private static readonly IConfiguration WithoutObservers = Configuration.Default.Without<IAttributeObserver>();

    [ThreadStatic]
    private static HtmlParser? t_parser;

    public static IHtmlDocument Parse(string html) =>
        (t_parser ??= new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(WithoutObservers))).ParseDocument(ScriptAndStyleText.Drop(html));
}
