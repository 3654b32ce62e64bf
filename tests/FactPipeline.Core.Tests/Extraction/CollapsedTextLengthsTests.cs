using AngleSharp.Html.Parser;
using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class CollapsedTextLengthsTests
{
    [Fact]
    public void Measure_SpacesAtTagBoundaries_LengthIsThatOfTheCollapsedText()
    {
        var body = new HtmlParser().ParseDocument("<body><div id=\"story\"> <p>Fares,<b> rose </b></p>\n<p>again</p> </div></body>").Body!;

        var lengths = CollapsedTextLengths.Measure(body);

        // "Fares, rose again": the runs around <b> and between the paragraphs count as one space each.
        lengths.LengthOf(body.QuerySelector("#story")!).ShouldBe("Fares, rose again".Length);
        lengths.CommasOf(body.QuerySelector("#story")!).ShouldBe(1);
        lengths.LengthOf(body.QuerySelector("b")!).ShouldBe("rose".Length);
    }

    [Fact]
    public void Measure_FullWidthAndIdeographicCommas_AreCounted()
    {
        var body = new HtmlParser().ParseDocument("<body><p>北京、上海，<span>广州,</span>深圳</p></body>").Body!;

        CollapsedTextLengths.Measure(body).CommasOf(body.QuerySelector("p")!).ShouldBe(3);
    }

    [Fact]
    public void Measure_EveryElementOfANestedPage_AgreesWithCollapsingItsTextContent()
    {
        const string html = """
            <html><body><header> <a href="/"> Home </a><nav><ul><li> News</li> <li>Sport ,</li></ul></nav></header>
            <article><h1>Tram line opens</h1><div class="lead">The new tram line,	 <em>12 km</em>long, opens on <time>Monday</time>.</div>
            <p>  Tickets cost <b>2</b><i> </i>euros, the operator said,<br>and  run every <span> 8 </span>minutes . </p>
            <!-- a comment --><p></p><p> </p><table><tr><td>Stops</td><td> 14</td></tr></table></article>
            <footer>  Contact , press </footer></body></html>
            """;
        var body = new HtmlParser().ParseDocument(html).Body!;

        var lengths = CollapsedTextLengths.Measure(body);

        foreach (var element in body.QuerySelectorAll("*").Prepend(body))
        {
            var collapsed = TextShape.CollapseWhitespace(element.TextContent);
            lengths.LengthOf(element).ShouldBe(collapsed.Length, element.OuterHtml);
            lengths.CommasOf(element).ShouldBe(CollapsedTextLengths.CountCommas(collapsed), element.OuterHtml);
        }
    }

    [Fact]
    public void Measure_LinksUnderEveryElement_AreWhatAQueryForLinksFindsInOrder()
    {
        const string html = """
            <html><body><nav><a href="/">Home</a> <A href="#top">Top</A></nav>
            <article><p>See <a href="/a">one</a>, <span><a>two</a></span> and <a href="#n1">note</a>.</p>
            <ul><li><a href="/b"><b>bold link</b></a></li><li>no link</li></ul></article></body></html>
            """;
        var body = new HtmlParser().ParseDocument(html).Body!;

        var lengths = CollapsedTextLengths.Measure(body);

        foreach (var element in body.QuerySelectorAll("*").Prepend(body))
        {
            lengths.TryGetLinks(element, out var links).ShouldBeTrue();
            var found = links.ToArray();
            var expected = element.QuerySelectorAll("a").ToList();
            found.Select(link => link.Link).ToList().ShouldBe(expected, element.OuterHtml);
            found.Select(link => link.Href).ToList().ShouldBe(expected.Select(link => link.GetAttribute("href")).ToList(), element.OuterHtml);
        }
        lengths.TryGetLinks(body.ParentElement!, out _).ShouldBeFalse();
    }
}
