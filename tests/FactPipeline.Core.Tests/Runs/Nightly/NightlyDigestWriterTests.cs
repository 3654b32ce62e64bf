using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Runs.Nightly;
using static FactPipeline.Core.Tests.Runs.Nightly.NightlyRuns;

namespace FactPipeline.Core.Tests.Runs.Nightly;

public sealed class NightlyDigestWriterTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private string RunDirectory => WriteRunDigests(temp.File("run"));

    private string NightlyDirectory => temp.File("nightly");

    private async Task<NightlyDigest> WriteAsync(RunDetail run, RunSummary? previous) =>
        await Writer(NightlyDirectory).WriteAsync(Night, run, previous, RunDirectory, DeskUrl, TestContext.Current.CancellationToken);

    private static string Read(NightlyDigest digest, string name) => File.ReadAllText(Path.Combine(digest.Folder, name));

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Write_FullDiff_WritesTheFourDigestsInTheNightsFolder()
    {
        var digest = await WriteAsync(Run(FullDiff), Previous);

        digest.Folder.ShouldBe(Path.Combine(NightlyDirectory, "2026-12-02"));
        digest.Files.Select(Path.GetFileName).ShouldBe(["digest.en.md", "digest.ko.md", "digest.en.html", "digest.ko.html"]);
        Read(digest, "digest.en.md").ShouldBe(digest.EnglishMarkdown);
        Read(digest, "digest.ko.md").ShouldEndWith("RUN-DIGEST-KO-MD 한국어 본문\n");
        Read(digest, "digest.en.html").ShouldContain("<p>RUN-DIGEST-EN-HTML</p>");
        Read(digest, "digest.ko.html").ShouldContain("<p>RUN-DIGEST-KO-HTML 한국어 본문</p>");
        Directory.GetFiles(digest.Folder).Length.ShouldBe(4);
    }

    [Fact]
    public async Task Write_FullDiff_EnglishSectionOnTopListsCountsFindingsChangesAndLinks()
    {
        var md = Read(await WriteAsync(Run(FullDiff, FailedFeed), Previous), "digest.en.md");

        md.ShouldStartWith("## Since last night");
        md.IndexOf("RUN-DIGEST-EN-MD", StringComparison.Ordinal).ShouldBeGreaterThan(md.IndexOf("### This run", StringComparison.Ordinal));
        md.ShouldContain("Run run-42 compared with run run-41, completed 2026-12-01 01:35 UTC.");
        md.ShouldContain("2 new, 1 resolved, 1 changed, 1 reopened; corrections: 1.");
        md.ShouldContain("### New (2)");
        md.ShouldContain("- **conflict** State budget 2027 — Outlets: kompas.com, yna.co.kr — [open on the desk](<https://desk.example/findings/f-new-1>)");
        md.ShouldContain("### Changed (1)");
        md.ShouldContain("Export growth — Outlets: kompas.com, yna.co.kr — kompas.com now says 10.4 trillion won (was 10.2 trillion won)");
        md.ShouldContain("Fuel subsidy — Outlets: kompas.com, yna.co.kr — kompas.com no longer says 5.1 trillion rupiah");
        md.ShouldContain("Inflation rate — Outlets: kompas.com, yna.co.kr — a new source says 3.1% (yna.co.kr)");
        md.ShouldContain("### Corrections (1)");
        md.ShouldContain("- **correction** Jobless total");
        md.ShouldContain("120 articles, 860 claims, 14 findings; 125 items, 5 failed.");
    }

    [Fact]
    public async Task Write_FullDiff_KoreanSectionUsesKoreanWordingInBothFormats()
    {
        var digest = await WriteAsync(Run(FullDiff, FailedFeed), Previous);
        var md = Read(digest, "digest.ko.md");
        var html = Read(digest, "digest.ko.html");

        md.ShouldStartWith("## 어젯밤 이후");
        md.ShouldContain("실행 run-42을(를) 2026-12-01 01:35 UTC에 완료된 실행 run-41과(와) 비교했습니다.");
        md.ShouldContain("새 발견 2건, 해결 1건, 변경 1건, 재개 1건, 정정 1건.");
        md.ShouldContain("### 새 발견 (2)");
        md.ShouldContain("- **충돌** State budget 2027 — 매체: kompas.com, yna.co.kr — [데스크에서 보기](<https://desk.example/findings/f-new-1>)");
        md.ShouldContain("kompas.com: 10.2 trillion won → 10.4 trillion won");
        md.ShouldContain("새 출처(yna.co.kr)는 3.1%(이)라고 보도");
        md.ShouldContain("기사 120건, 주장 860건, 발견 14건; 항목 125건 중 5건 실패.");
        md.ShouldContain("https://kompas.com/feed.xml: 항목 10건 중 5건 실패");
        html.ShouldContain("<section class=\"nightly\" lang=\"ko\">");
        html.ShouldContain("<h2>어젯밤 이후</h2>");
        html.ShouldContain("kompas.com: 10.2 trillion won → 10.4 trillion won");
        html.ShouldContain("<a href=\"https://desk.example/findings/f-changed\">데스크에서 보기</a>");
    }

    [Fact]
    public async Task Write_Html_PutsTheSectionFirstInTheBodyAndItsStyleInTheHead()
    {
        var html = Read(await WriteAsync(Run(FullDiff), Previous), "digest.en.html");

        var body = html.IndexOf("<body>", StringComparison.Ordinal);
        var section = html.IndexOf("<section class=\"nightly\" lang=\"en\">", StringComparison.Ordinal);
        section.ShouldBeGreaterThan(body);
        section.ShouldBeLessThan(html.IndexOf("<h1>FactPipeline digest</h1>", StringComparison.Ordinal));
        html.IndexOf(".nightly{", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("</head>", StringComparison.Ordinal));
        html.ShouldContain("<span class=\"sev conflict\">conflict</span> <strong>State budget 2027</strong>");
        html.ShouldContain("<span class=\"sev correction\">correction</span> <strong>Jobless total</strong>");
    }

    [Fact]
    public async Task Write_NoPreviousRun_SaysFirstRun()
    {
        var digest = await WriteAsync(Run(FullDiff), previous: null);

        digest.FirstRun.ShouldBeTrue();
        foreach (var name in new[] { "digest.en.md", "digest.en.html" })
        {
            Read(digest, name).ShouldContain("First run: there is no earlier completed run to compare with, so every finding is new.");
            Read(digest, name).ShouldNotContain("compared with run");
        }
        foreach (var name in new[] { "digest.ko.md", "digest.ko.html" })
        {
            Read(digest, name).ShouldContain("첫 실행입니다: 비교할 이전 완료 실행이 없어 모든 발견 사항이 새 항목입니다.");
        }
    }

    [Fact]
    public async Task Write_EmptyDiff_SaysNothingChangedAndListsNoGroups()
    {
        var digest = await WriteAsync(Run(RunDiff.Empty, HealthyFeed), Previous);
        var en = Read(digest, "digest.en.md");
        var ko = Read(digest, "digest.ko.html");

        en.ShouldContain("No changes since the last run: no new, resolved, changed or reopened findings, and no corrections.");
        en.ShouldNotContain("### New");
        en.ShouldNotContain("open on the desk");
        en.ShouldContain("No source failed.");
        ko.ShouldContain("지난 실행 이후 변경 사항이 없습니다");
        ko.ShouldContain("실패한 출처가 없습니다.");
        ko.ShouldNotContain("<ul>");
    }

    [Fact]
    public async Task Write_FirstRunWithEmptyDiff_SaysNothingFound()
    {
        var digest = await WriteAsync(Run(RunDiff.Empty), previous: null);

        Read(digest, "digest.en.md").ShouldContain("Nothing found: no findings and no corrections.");
        Read(digest, "digest.en.md").ShouldNotContain("No changes since the last run");
        Read(digest, "digest.ko.md").ShouldContain("발견 사항도 정정도 없습니다.");
    }

    [Fact]
    public async Task Write_FailedSources_ListsEachWithAtMostThreeReasons()
    {
        var digest = await WriteAsync(Run(RunDiff.Empty, FailedFeed, HealthyFeed), Previous);
        var md = Read(digest, "digest.en.md");
        var html = Read(digest, "digest.en.html");

        md.ShouldContain("- https://kompas.com/feed.xml: 5 of 10 items failed");
        md.ShouldContain("  - HTTP 503 after 4 attempts (https://kompas.com/p3)");
        md.ShouldNotContain("https://kompas.com/p4");
        md.ShouldContain("  - and 2 more");
        md.ShouldNotContain("yna.co.kr/rss");
        html.ShouldContain("<li>https://kompas.com/feed.xml: 5 of 10 items failed<ul><li>HTTP 503 after 4 attempts (https://kompas.com/p1)</li>");
    }

    [Fact]
    public async Task Write_RunError_IsShownInBothLanguages()
    {
        var run = Run(RunDiff.Empty) with { Summary = Summary("run-42", RunStatus.Failed, "cross-check ran out of memory") };

        var digest = await WriteAsync(run, Previous);

        Read(digest, "digest.en.md").ShouldContain("**Run error:** cross-check ran out of memory");
        Read(digest, "digest.ko.html").ShouldContain("<strong>실행 오류:</strong> cross-check ran out of memory");
    }

    [Fact]
    public async Task Write_HostileTopicOutletAndReason_AreEncodedInHtmlAndEscapedInMarkdown()
    {
        var hostile = new RunDiffEntry("f\"><script>x</script>", HostileTopic, "conflict", ReviewStatus.Open,
            [new FigureChange("https://kompas.com/e", "<b>1</b>", "<img src=x onerror=alert(1)>")], ["<i>outlet</i>"]);
        var feed = FailedFeed with { Failures = [new InputProblem("https://kompas.com/feed.xml", "<script>bad()</script>")], Failed = 1 };
        var run = Run(RunDiff.Empty with { New = [hostile] }, feed);

        var digest = await WriteAsync(run, Previous);

        foreach (var html in new[] { Read(digest, "digest.en.html"), Read(digest, "digest.ko.html") })
        {
            html.ShouldNotContain("<script>");
            html.ShouldNotContain("<img");
            html.ShouldNotContain("<i>outlet");
            html.ShouldContain("Budget &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; [link](javascript:x)");
            html.ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
            html.ShouldContain("&lt;script&gt;bad()&lt;/script&gt;");
            html.ShouldContain("href=\"https://desk.example/findings/f%22%3E%3Cscript%3Ex%3C%2Fscript%3E\"");
        }
        var md = Read(digest, "digest.en.md");
        md.ShouldContain(@"Budget \<script\>alert('x')\</script\> & \[link\](javascript:x)");
        md.ShouldContain(@"\<i\>outlet\</i\>");
        md.ShouldContain(@"\<script\>bad()\</script\>");
        md.ShouldContain("(<https://desk.example/findings/f%22%3E%3Cscript%3Ex%3C%2Fscript%3E>)");
    }

    [Fact]
    public async Task Write_TopicAndReasonWithLineBreaks_StayOnTheirListLines()
    {
        var entry = Entry("f-multiline", "Budget\n# Not a heading", "minor");
        var feed = FailedFeed with { Failures = [new InputProblem("https://kompas.com/feed.xml", "HTTP 503\r\n- not an item")], Failed = 1 };

        var md = Read(await WriteAsync(Run(RunDiff.Empty with { New = [entry] }, feed), Previous), "digest.en.md");

        md.ShouldContain(@"- **minor** Budget \# Not a heading — Outlets:");
        md.ShouldContain("  - HTTP 503 - not an item\n");
    }

    [Fact]
    public async Task Write_SameNightTwice_ReplacesTheFilesWithTheSecondRun()
    {
        await WriteAsync(Run(FullDiff), Previous);

        var digest = await WriteAsync(Run(RunDiff.Empty), Previous);

        var en = Read(digest, "digest.en.md");
        en.Split("## Since last night").Length.ShouldBe(2, "the section once");
        en.Split("RUN-DIGEST-EN-MD").Length.ShouldBe(2, "the run's digest once");
        en.ShouldContain("No changes since the last run");
        en.ShouldNotContain("State budget 2027");
        Read(digest, "digest.ko.html").Split("<section class=\"nightly\"").Length.ShouldBe(2);
        Directory.GetFiles(digest.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()
            .ShouldBe(["digest.en.html", "digest.en.md", "digest.ko.html", "digest.ko.md"], customMessage: "no temporary file left");
    }

    [Fact]
    public async Task Write_RunDigestMissing_ThrowsNamingItAndWritesNothing()
    {
        var run = RunDirectory;
        File.Delete(Path.Combine(run, "digest.ko.html"));

        var error = await Should.ThrowAsync<FileNotFoundException>(() =>
            Writer(NightlyDirectory).WriteAsync(Night, Run(FullDiff), Previous, run, DeskUrl, TestContext.Current.CancellationToken));

        error.Message.ShouldContain("digest.ko.html");
        Directory.Exists(NightlyDirectory).ShouldBeFalse();
    }
}
