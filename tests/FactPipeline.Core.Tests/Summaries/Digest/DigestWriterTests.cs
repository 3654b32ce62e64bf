using AngleSharp.Html.Parser;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Summaries.Digest;

public sealed class DigestWriterTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public Task Run_Samples_KoreanDigestHasBudgetFindingWithBothFiguresAndQuotes() => AssertKoreanBudgetFinding(RepoPaths.Samples);

    [Fact]
    public Task Run_Seeds_KoreanDigestHasBudgetFindingWithBothFiguresAndQuotes()
    {
        var seeds = RepoPaths.Seeds;
        if (seeds is null)
        {
            Assert.Skip("../shared/corpus/seeds is not present in this checkout");
        }
        return AssertKoreanBudgetFinding(seeds);
    }

    /// <summary>Acceptance 1 of issue 5: both figures written the Korean way, both quotes, marked original.</summary>
    private async Task AssertKoreanBudgetFinding(string input)
    {
        var result = await _harness.RunAsync(input);
        foreach (var name in new[] { "digest.en.md", "digest.ko.md", "digest.en.html", "digest.ko.html" })
        {
            File.Exists(_harness.Temp.File("out/" + name)).ShouldBeTrue(name);
        }
        var report = result.Report;
        var budget = report.Findings.Single(f => f.Concept == "budget" && f.Topic.Contains("KRW", StringComparison.Ordinal) && f.Severity == Severity.Minor);
        var quotes = budget.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Quote.Replace("\n", " ", StringComparison.Ordinal)).ToArray();

        var korean = await File.ReadAllTextAsync(_harness.Temp.File("out/digest.ko.md"), Ct);

        var findings = korean[..korean.IndexOf("## 기사", StringComparison.Ordinal)];
        findings.ShouldContain("10조 원");
        findings.ShouldContain("10조 1,000억 원");
        findings.ShouldContain("원문");
        foreach (var quote in quotes)
        {
            findings.ShouldContain(FactPipeline.Core.Summaries.Digest.DigestMarkdown.Escape(quote));
        }
        findings.ShouldContain(budget.Explanation.Ko);
    }

    [Fact]
    public async Task Run_Samples_KoreanHtmlParsesWithLangKoUtf8AndNoExternalResources()
    {
        await _harness.RunAsync(RepoPaths.Samples);
        var html = await File.ReadAllTextAsync(_harness.Temp.File("out/digest.ko.html"), Ct);

        using var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

        document.DocumentElement.GetAttribute("lang").ShouldBe("ko");
        document.QuerySelector("meta[charset]")!.GetAttribute("charset").ShouldBe("utf-8");
        document.QuerySelector("style")!.TextContent.ShouldContain("Noto Sans CJK KR");
        document.QuerySelectorAll("link, script, img, iframe").ShouldBeEmpty();
        document.QuerySelectorAll("[src], [href]").ShouldBeEmpty();
        document.Body!.TextContent.ShouldContain("10조 1,000억 원");
        document.QuerySelectorAll("section.finding").Length.ShouldBeGreaterThan(0);
        document.QuerySelectorAll("article").Length.ShouldBe(7);
    }

    [Fact]
    public async Task Run_Samples_EnglishHtmlHasLangEn()
    {
        await _harness.RunAsync(RepoPaths.Samples);
        var html = await File.ReadAllTextAsync(_harness.Temp.File("out/digest.en.html"), Ct);

        using var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

        document.DocumentElement.GetAttribute("lang").ShouldBe("en");
        document.Body!.TextContent.ShouldContain("10.1 trillion won");
    }

    [Fact]
    public async Task Run_Samples_NoUntranslatedTitleIsPresentedAsTranslated()
    {
        var result = await _harness.RunAsync(RepoPaths.Samples);
        var html = await File.ReadAllTextAsync(_harness.Temp.File("out/digest.ko.html"), Ct);
        using var document = new HtmlParser().ParseDocument(html);

        var headings = document.QuerySelectorAll("article > h3").ToArray();
        headings.Length.ShouldBe(result.Report.Articles.Count);
        foreach (var (article, heading) in result.Report.Articles.Zip(headings))
        {
            if (article.Language == "ko")
            {
                continue;
            }
            // Every non-Korean sample title is a sentence, not a glossary name: it stays as written, tagged with its language.
            heading.TextContent.ShouldBe((article.Title ?? Path.GetFileName(article.Source)).Trim());
            heading.GetAttribute("lang").ShouldBe(article.Language);
            heading.NextElementSibling!.TextContent.ShouldContain("원문");
        }
    }

    [Fact]
    public void Html_EscapesArticleText()
    {
        var article = new Article
        {
            Id = "a1", Source = "x.txt", Title = "<script>alert(1)</script> & co", Language = "en",
            Paragraphs = Article.Layout(["The budget is <b>big</b> & growing, said the minister in Seoul today."]),
        };
        var report = new Core.Summaries.RunReport("r1", DateTimeOffset.UnixEpoch, ["x"], [article], [], [], []);
        var writer = new Core.Summaries.Digest.DigestWriter(
            new Core.Summaries.FindingExplainer(CoreData.Lexicon),
            CoreData.Lexicon, CoreData.Glossary);

        var html = writer.Html(report, "en");

        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<b>big</b>");
        html.ShouldContain("&lt;script&gt;");
        html.ShouldContain("&amp; growing");
    }

    [Fact]
    public async Task Run_ArticleWithMarkupInTitleAndText_MarkdownDigestEscapesIt()
    {
        var file = _harness.Temp.File("hostile.txt");
        await File.WriteAllTextAsync(file, "<script>alert(1)</script> Anggaran [AI](javascript:alert(1)) Naik\n\n"
            + "Pemerintah <img src=x onerror=alert(1)> menaikkan anggaran AI menjadi 10,1 triliun won tahun depan, kata kementerian.\n\n"
            + "Dana itu dipakai untuk membeli GPU dan melatih model bahasa besar buatan dalam negeri.\n", Ct);

        await _harness.RunAsync(file);

        foreach (var name in new[] { "digest.en.md", "digest.ko.md" })
        {
            var markdown = await File.ReadAllTextAsync(_harness.Temp.File("out/" + name), Ct);
            // Every '<' and ']' from the page is backslash-escaped, so no renderer makes a tag or a link of it.
            System.Text.RegularExpressions.Regex.IsMatch(markdown, @"(?<!\\)<(script|img)").ShouldBeFalse();
            System.Text.RegularExpressions.Regex.IsMatch(markdown, @"(?<!\\)\]\(javascript:").ShouldBeFalse();
            markdown.ShouldContain("\\<script\\>");
        }
    }

    private const string PossibleHeadingEn = "Possible matches (not checked: the sources may be about different things)";
    private const string PossibleHeadingKo = "동일 사실 여부 미확인 (다른 대상일 수 있음)";

    [Fact]
    public void Markdown_PossibleHidden_NotListedAndCountsSayHowMany()
    {
        var markdown = SummaryReports.Writer().Markdown(PossibleFindingReports.Make(), "en");

        markdown.ShouldContain("2 articles, 4 claims, 1 findings: 1 conflicts, 0 minor, 0 consistent. 1 possible match hidden; --show-possible lists it.");
        markdown.ShouldContain("### 1. [CONFLICT]");
        markdown.ShouldNotContain(PossibleHeadingEn);
        markdown.ShouldNotContain("[POSSIBLE]");
        var findings = markdown[..markdown.IndexOf("## Articles", StringComparison.Ordinal)];
        findings.ShouldNotContain(PossibleFindingReports.PossibleFigureEn);
    }

    [Fact]
    public void Markdown_ShowPossible_ListsThemInTheirOwnSectionAfterTheFindings()
    {
        var markdown = SummaryReports.Writer().Markdown(PossibleFindingReports.Make(), "en", showPossible: true);

        markdown.ShouldContain("1 findings: 1 conflicts, 0 minor, 0 consistent. 1 possible match listed apart.");
        var start = markdown.IndexOf("## " + PossibleHeadingEn, StringComparison.Ordinal);
        var end = markdown.IndexOf("## Articles", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(markdown.IndexOf("### 1. [CONFLICT]", StringComparison.Ordinal));
        start.ShouldBeLessThan(end);
        var possible = markdown[start..end];
        possible.ShouldContain("### 2. [POSSIBLE] the employees — 8.3% apart");
        possible.ShouldContain(PossibleFindingReports.PossibleFigureEn);
        possible.ShouldContain(PossibleFindingReports.EnglishWorkers);
        possible.ShouldNotContain("[CONFLICT]");
    }

    [Fact]
    public void Markdown_ShowPossibleKorean_ListsThemUnderTheKoreanHeading()
    {
        var markdown = SummaryReports.Writer().Markdown(PossibleFindingReports.Make(), "ko", showPossible: true);

        var start = markdown.IndexOf("## " + PossibleHeadingKo, StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        var possible = markdown[start..markdown.IndexOf("## 기사", StringComparison.Ordinal)];
        possible.ShouldContain("### 2. [미확인]");
        possible.ShouldContain(PossibleFindingReports.PossibleFigureKo);
        markdown.ShouldContain("충돌 1건, 경미 0건, 일치 0건. 동일 사실 여부 미확인 1건은 따로 표시.");
    }

    [Fact]
    public void Markdown_ShowPossibleWithNone_SectionSaysThereAreNone()
    {
        var markdown = SummaryReports.Writer().Markdown(PossibleFindingReports.Make(possible: 0), "en", showPossible: true);

        markdown.ShouldContain("## " + PossibleHeadingEn + "\n\nNo possible matches.\n");
        markdown.ShouldContain("1 findings: 1 conflicts, 0 minor, 0 consistent.\n");
    }

    [Fact]
    public void Html_ShowPossible_SectionOfItsOwnWithPossibleTag()
    {
        var html = SummaryReports.Writer().Html(PossibleFindingReports.Make(), "ko", showPossible: true);

        using var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

        document.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldBe(["발견 사항", PossibleHeadingKo, "기사"]);
        var sections = document.QuerySelectorAll("section.finding");
        sections.Length.ShouldBe(2);
        sections[0].QuerySelector(".sev")!.ClassList.ShouldContain("conflict");
        sections[1].QuerySelector(".sev")!.ClassList.ShouldContain("possible");
        sections[1].QuerySelector(".sev")!.TextContent.ShouldBe("미확인");
        sections[1].TextContent.ShouldContain(PossibleFindingReports.PossibleFigureKo);
        document.QuerySelector("style")!.TextContent.ShouldContain(".possible{");
    }

    [Fact]
    public void Html_PossibleHidden_NoSectionAndNoPossibleRow()
    {
        var html = SummaryReports.Writer().Html(PossibleFindingReports.Make(), "en");

        using var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

        document.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldBe(["Findings", "Articles"]);
        document.QuerySelectorAll("section.finding").Length.ShouldBe(1);
        document.QuerySelectorAll(".possible").ShouldBeEmpty();
        document.QuerySelector("p")!.TextContent.ShouldContain("1 possible match hidden; --show-possible lists it.");
    }
}
