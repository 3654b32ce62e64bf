using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FactPipeline.Core.Extraction;
using FactPipeline.Evaluation.Extraction;
using FactPipeline.TestSupport;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class ScriptAndStyleTextTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    [Fact]
    public void Drop_InlineScriptAndStyle_EmptiesThemAndKeepsTheirTags()
    {
        ScriptAndStyleText.Drop("<p>a<script src=x.js>run();</script>b<style media=print>p{}</style>c</p>")
            .ShouldBe("<p>a<script src=x.js></script>b<style media=print></style>c</p>");
    }

    [Fact]
    public void Drop_UpperCaseTagsAndSpaceBeforeTheEnd_StillFound()
    {
        ScriptAndStyleText.Drop("<SCRIPT>a()</Script ><Style>b{}</STYLE\n>").ShouldBe("<SCRIPT></Script ><Style></STYLE\n>");
    }

    [Fact]
    public void Drop_EndTagNameOnlyStartsTheSame_NotTheEnd()
    {
        ScriptAndStyleText.Drop("<script>s = '</scripts>';</script>").ShouldBe("<script></script>");
    }

    [Fact]
    public void Drop_JsonLd_KeptWhole()
    {
        const string page = "<script type=\"application/ld+json\">{\"a\":1}</script><script>x()</script>";

        ScriptAndStyleText.Drop(page).ShouldBe("<script type=\"application/ld+json\">{\"a\":1}</script><script></script>");
    }

    [Fact]
    public void Drop_ScriptTagsInCommentsAttributesAndTextElements_LeftAlone()
    {
        const string page = "<!-- <script>a()</script> --><div title=\"<script>b()</script>\"></div>"
            + "<textarea><script>c()</script></textarea><title><style>d</style></title>";

        ScriptAndStyleText.Drop(page).ShouldBe(page);
    }

    [Fact]
    public void Drop_QuotedAttributeHoldsGreaterThan_TagEndsAfterTheQuote()
    {
        ScriptAndStyleText.Drop("<script data-x=\"a>b\">c()</script>").ShouldBe("<script data-x=\"a>b\"></script>");
    }

    [Fact]
    public void Drop_InsideSvg_NothingDroppedUntilTheSvgEnds()
    {
        ScriptAndStyleText.Drop("<svg><title>Share</title><style>c{}</style></svg><style>d{}</style>")
            .ShouldBe("<svg><title>Share</title><style>c{}</style></svg><style></style>");
    }

    [Fact]
    public void Drop_MarkupInsideAnSvgStyle_StopsAndLeavesTheRest()
    {
        const string page = "<svg><style><b>c</b></style></svg><style>d{}</style>";

        ScriptAndStyleText.Drop(page).ShouldBe(page);
    }

    [Fact]
    public void Drop_StyleInsideSelect_StopsAndLeavesTheRest()
    {
        const string page = "<script>a()</script><select><style>o{}</style></select><script>b()</script>";

        ScriptAndStyleText.Drop(page).ShouldBe("<script></script><select><style>o{}</style></select><script>b()</script>");
    }

    [Fact]
    public void Drop_ScriptOpensAComment_StopsAndLeavesTheRest()
    {
        const string page = "<style>s{}</style><script><!-- w('<script>i()</script>') --></script><script>b()</script>";

        ScriptAndStyleText.Drop(page).ShouldBe("<style></style><script><!-- w('<script>i()</script>') --></script><script>b()</script>");
    }

    [Fact]
    public void Drop_UnterminatedScript_LeftAsWritten()
    {
        ScriptAndStyleText.Drop("<p>x</p><script>never ends").ShouldBe("<p>x</p><script>never ends");
    }

    [Fact]
    public void Drop_NoScriptOrStyle_ReturnsTheSameString()
    {
        const string page = "<p>plain <b>text</b> 1 < 2</p>";

        ScriptAndStyleText.Drop(page).ShouldBeSameAs(page);
    }

    [Fact]
    public void Drop_TokenizerCasesFixture_DropsSomethingAndParsesToTheSameTree()
    {
        var page = File.ReadAllText(Path.Combine(Fixtures, "Extraction", "script-style-tokenizer-cases.html"));

        var dropped = ScriptAndStyleText.Drop(page);

        dropped.Length.ShouldBeLessThan(page.Length);
        dropped.ShouldNotContain("track(\"berths\")");
        dropped.ShouldNotContain("afterAbrupt()");
        dropped.ShouldNotContain("afterSelfClosingSvg()");
        dropped.ShouldContain("<select><option>One</option><style>option{}</style>");
        dropped.ShouldContain("\"datePublished\":\"2025-03-04\"");
        TreeDifference(page, dropped).ShouldBeNull();
    }

    [Fact]
    public void Drop_EveryHtmlFixture_ParsesToTheSameTreeApartFromScriptAndStyleText()
    {
        var pages = Directory.GetFiles(Fixtures, "*.htm*", SearchOption.AllDirectories);
        pages.Length.ShouldBeGreaterThan(5);

        foreach (var path in pages)
        {
            var page = File.ReadAllText(path);
            TreeDifference(page, ScriptAndStyleText.Drop(page)).ShouldBeNull(path);
        }
    }

    /// <summary>Every AEB and htmldate page (../shared/benchmarks/extraction), when present: real pages of many sites.</summary>
    [Fact]
    [Trait("Category", "Benchmark")]
    [Trait("Category", "Slow")]
    public void Drop_BenchmarkPages_ParseToTheSameTreeApartFromScriptAndStyleText()
    {
        var aeb = RepoPaths.FindShared(Path.Combine("benchmarks", "extraction", "aeb"));
        var htmldate = RepoPaths.FindShared(Path.Combine("benchmarks", "extraction", "htmldate"));
        if (aeb is null || htmldate is null)
        {
            Assert.Skip("shared/benchmarks/extraction (aeb, htmldate) not found above the test output directory");
        }
        var pages = AebCorpus.Load(aeb).Select(p => (p.Url, p.Html))
            .Concat(HtmldateCorpus.Load(Path.Combine(htmldate, "htmldate-corpus.tgz"))
                .Select(p => (p.Url, Html: TextDecoder.Decode(p.Content, null, isHtml: true).Text ?? "")))
            .ToArray();
        var dropped = 0L;

        var differences = pages.AsParallel()
            .Select(page =>
            {
                var after = ScriptAndStyleText.Drop(page.Html);
                Interlocked.Add(ref dropped, page.Html.Length - after.Length);
                return TreeDifference(page.Html, after) is { } difference ? $"{page.Url}: {difference}" : null;
            })
            .OfType<string>()
            .ToArray();

        differences.ShouldBeEmpty();
        dropped.ShouldBeGreaterThan(pages.Sum(p => (long)p.Html.Length) / 5);
    }

    /// <summary>
    /// The first place the two pages' trees differ, or null: node types and names, attributes in order, text and
    /// comments, template contents; the text inside script and style elements is not compared (JSON-LD is).
    /// </summary>
    private static string? TreeDifference(string before, string after)
    {
        var parser = new HtmlParser(new HtmlParserOptions(), BrowsingContext.New(Configuration.Default));
        using var one = parser.ParseDocument(before);
        using var other = parser.ParseDocument(after);
        return Difference(one, other, "document");
    }

    private static string? Difference(INode one, INode other, string path)
    {
        if (one.NodeType != other.NodeType || one.NodeName != other.NodeName)
        {
            return $"{path}: {one.NodeName} vs {other.NodeName}";
        }
        if (one is ICharacterData text && text.Data != ((ICharacterData)other).Data)
        {
            return $"{path}: text \"{Clip(text.Data)}\" vs \"{Clip(((ICharacterData)other).Data)}\"";
        }
        if (one is IElement element)
        {
            var otherElement = (IElement)other;
            var attributes = Describe(element.Attributes);
            if (attributes != Describe(otherElement.Attributes))
            {
                return $"{path}: attributes {attributes} vs {Describe(otherElement.Attributes)}";
            }
            if (element.LocalName is "script" or "style" && element.NamespaceUri == otherElement.NamespaceUri
                && element.NamespaceUri == "http://www.w3.org/1999/xhtml" && element.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) != true)
            {
                return null;
            }
            if (element is IHtmlTemplateElement template
                && Difference(template.Content, ((IHtmlTemplateElement)otherElement).Content, path + "/#content") is { } inTemplate)
            {
                return inTemplate;
            }
        }
        if (one.ChildNodes.Length != other.ChildNodes.Length)
        {
            return $"{path}: {one.ChildNodes.Length} vs {other.ChildNodes.Length} children";
        }
        for (var i = 0; i < one.ChildNodes.Length; i++)
        {
            if (Difference(one.ChildNodes[i], other.ChildNodes[i], $"{path}/{one.ChildNodes[i].NodeName}[{i}]") is { } difference)
            {
                return difference;
            }
        }
        return null;
    }

    private static string Describe(INamedNodeMap attributes)
    {
        var text = new StringBuilder();
        foreach (var attribute in attributes)
        {
            text.Append(attribute.Name).Append('=').Append(attribute.Value).Append(';');
        }
        return text.ToString();
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
