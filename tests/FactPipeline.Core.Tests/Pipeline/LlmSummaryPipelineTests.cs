using FactPipeline.Core.Summaries.Llm;
using FactPipeline.Core.Tests.Llm;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>
/// Generated summaries through the real Semantic Kernel OpenAI connector and a scripted server on 127.0.0.1:
/// every figure the model writes is checked against the article; a wrong one is regenerated once, then replaced.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class LlmSummaryPipelineTests : IAsyncLifetime
{
    private const string ProfileTitle = "Dari Laboratorium LG ke Kursi Kabinet";

    private ScriptedOpenAiServer _server = null!;
    private readonly List<PipelineHarness> _harnesses = [];

    public async ValueTask InitializeAsync() => _server = await ScriptedOpenAiServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var harness in _harnesses)
        {
            harness.Dispose();
        }
        await _server.DisposeAsync();
    }

    private PipelineHarness Harness(string? databasePath = null)
    {
        var settings = LlmHarness.Defaults(_server.BaseUrl).ToDictionary(p => "Llm:" + p.Key, p => p.Value);
        var harness = new PipelineHarness(databasePath, settings, systemClock: true);
        _harnesses.Add(harness);
        return harness;
    }

    /// <summary>
    /// The model gets the minister profile's budget wrong: "10.2 trillion won" in English on both tries, and
    /// "10조 2,000억 원" in Korean on the first try only. Every other summary follows the prompt.
    /// </summary>
    private static ScriptedReply ModelThatChangesTheBudget(ChatRequest request)
    {
        if (!ObedientSummaryModel.IsSummaryPrompt(request) || !ObedientSummaryModel.TitleOf(request).StartsWith(ProfileTitle, StringComparison.Ordinal))
        {
            return ObedientSummaryModel.Answer(request);
        }
        return ObedientSummaryModel.TargetOf(request) == "en"
            ? ObedientSummaryModel.Answer(request, ObedientSummaryModel.Rewrite("10.1 trillion won", "10.2 trillion won"))
            : ObedientSummaryModel.IsRegeneration(request)
                ? ObedientSummaryModel.Answer(request)
                : ObedientSummaryModel.Answer(request, ObedientSummaryModel.Rewrite("10조 1,000억 원", "10조 2,000억 원"));
    }

    [Fact]
    public async Task Run_ObedientModel_KeepsEverySummaryInOneCallPerArticleAndLanguage()
    {
        _server.Responder = r => ObedientSummaryModel.Answer(r);

        var result = await Harness().RunAsync(RepoPaths.Samples);

        var summaries = result.Report.Summaries;
        summaries.Count.ShouldBe(result.Report.Articles.Count * 2);
        summaries.ShouldAllBe(s => s.Status == SummaryStatus.Kept);
        _server.Requests.Count(ObedientSummaryModel.IsSummaryPrompt).ShouldBe(result.Report.Articles.Count * 2);
        var counts = result.Report.Llm.ShouldNotBeNull().Summaries.ShouldNotBeNull();
        counts.ShouldBe(new SummaryCounts(TextsChecked: summaries.Count, Kept: summaries.Count, KeptAfterRegeneration: 0, Replaced: 0, Offline: 0, NamesCorrected: 0));
    }

    [Fact]
    public async Task Run_SummaryChanging101To102_IsReplacedWhileCorrectOnesAreKeptAndTheRunSummaryCountsBoth()
    {
        _server.Responder = ModelThatChangesTheBudget;

        var result = await Harness().RunAsync(RepoPaths.Samples);

        var report = result.Report;
        var profile = report.Articles.Single(a => a.Title!.StartsWith(ProfileTitle, StringComparison.Ordinal));
        var english = report.Summaries.Single(s => s.ArticleId == profile.Id && s.Language == "en");
        english.Status.ShouldBe(SummaryStatus.Replaced);
        english.Text.ShouldBeNull();
        english.AddedFigures.ShouldContain("10.2 trillion won");
        var korean = report.Summaries.Single(s => s.ArticleId == profile.Id && s.Language == "ko");
        korean.Status.ShouldBe(SummaryStatus.KeptAfterRegeneration);
        korean.Text.ShouldNotBeNull().ShouldContain("10조 1,000억 원");
        korean.Text.ShouldNotContain("10조 2,000억 원");
        korean.AddedFigures.ShouldContain("10조 2,000억 원");
        report.Summaries.Where(s => s.ArticleId != profile.Id).ShouldAllBe(s => s.Status == SummaryStatus.Kept);

        // The regeneration was told what was wrong.
        var retries = _server.Requests.Where(ObedientSummaryModel.IsRegeneration).ToArray();
        retries.Length.ShouldBe(2);
        retries.ShouldContain(r => r.UserContent.Contains("\"10.2 trillion won\"", StringComparison.Ordinal));

        var kept = report.Summaries.Count(s => s.Status == SummaryStatus.Kept);
        kept.ShouldBe(report.Articles.Count * 2 - 2);
        var llm = report.Llm.ShouldNotBeNull();
        llm.Summaries.ShouldBe(new SummaryCounts(TextsChecked: report.Articles.Count * 2 + 2, Kept: kept, KeptAfterRegeneration: 1, Replaced: 1, Offline: 0, NamesCorrected: 0));
        llm.Describe().ShouldContain($"{kept} kept, 1 kept after regeneration, 1 replaced by the template version");
    }

    [Fact]
    public async Task Run_SecondTime_AnswersSummariesFromTheCacheWithTheSameVerdicts()
    {
        _server.Responder = ModelThatChangesTheBudget;
        var first = Harness();
        var firstRun = await first.RunAsync(RepoPaths.Samples);
        var requestsAfterFirst = _server.Requests.Count;

        var rerun = await Harness(first.DatabasePath).RunAsync(RepoPaths.Samples);

        _server.Requests.Count.ShouldBe(requestsAfterFirst);
        rerun.Report.Llm.ShouldNotBeNull().Usage.Calls.ShouldBe(0);
        rerun.Report.Summaries.Select(s => (s.ArticleId, s.Language, s.Status, s.Text))
            .ShouldBe(firstRun.Report.Summaries.Select(s => (s.ArticleId, s.Language, s.Status, s.Text)));
    }

    [Fact]
    public async Task Run_ModelWritesIndonesianMinistryName_EnglishSummaryUsesTheGlossaryName()
    {
        const string indonesian = "Kementerian Ilmu Pengetahuan dan Teknologi Informasi";
        _server.Responder = r => ObedientSummaryModel.IsSummaryPrompt(r) && ObedientSummaryModel.TargetOf(r) == "en"
            ? ObedientSummaryModel.Answer(r, s => s.StartsWith("The article", StringComparison.Ordinal) ? $"{s} {indonesian} leads the plan." : s)
            : ObedientSummaryModel.Answer(r);

        var result = await Harness().RunAsync(RepoPaths.Samples);

        var english = result.Report.Summaries.Where(s => s.Language == "en").ToArray();
        english.ShouldAllBe(s => s.Status == SummaryStatus.Kept);
        english.ShouldAllBe(s => s.Text!.Contains("Ministry of Science and ICT leads the plan.") && !s.Text.Contains(indonesian));
        result.Report.Llm.ShouldNotBeNull().Summaries.ShouldNotBeNull().NamesCorrected.ShouldBe(english.Length);
    }

    [Fact]
    public async Task Run_EndpointAnswering500_SummariesAreOfflineAndFindingsUnchanged()
    {
        _server.Responder = _ => ScriptedReply.Error(500);

        var result = await Harness().RunAsync(RepoPaths.Samples);

        result.Report.Summaries.ShouldNotBeEmpty();
        result.Report.Summaries.ShouldAllBe(s => s.Status == SummaryStatus.Offline && s.Problem != null);
        result.Report.Findings.ShouldNotBeEmpty();
        // The breaker opened during claim extraction: summaries do not knock on a dead endpoint again.
        _server.Requests.Count.ShouldBeLessThan(15);
    }

    [Fact]
    public async Task Cli_SummaryChanging101To102_PrintsKeptAndReplacedCounts()
    {
        _server.Responder = ModelThatChangesTheBudget;
        using var temp = new TempDirectory();
        var (exitCode, output, errors) = await CliRunner.RunAsync(temp.Path, null,
            ["run", RepoPaths.Samples, "--out", temp.File("out"), "--db", temp.File("cli.db"), "--llm-endpoint", _server.BaseUrl.ToString(), "--llm-model", "any"],
            TestContext.Current.CancellationToken);

        exitCode.ShouldBe(0, errors);
        var printed = System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");
        printed.ShouldContain("1 kept after regeneration, 1 replaced by the template version");
        var english = File.ReadAllText(temp.File("out/digest.en.md"));
        var profile = english[english.IndexOf("### " + ProfileTitle, StringComparison.Ordinal)..];
        profile = profile[..profile.IndexOf("\n### ", 4, StringComparison.Ordinal)];
        // The wrong figure appears only in the note saying why the generated summary was replaced.
        profile.ShouldContain("replaced by this template version");
        profile.Split("10.2 trillion won").Length.ShouldBe(2);
        profile.ShouldNotContain("machine-generated");
    }

    [Fact]
    public async Task Run_ArticleWithDelimiterTags_CannotCloseTheDataBlockOfAnyPrompt()
    {
        _server.Responder = r => ObedientSummaryModel.Answer(r);
        var article = Path.Combine(RepoPaths.Root, "tests", "FactPipeline.Core.Tests", "Fixtures", "Llm", "hostile-article-tags.txt");

        await Harness().RunAsync(article);

        // Distinct: on a loaded machine an attempt can time out and be retried with the same prompt.
        var prompts = _server.Requests.Select(r => r.UserContent).Where(c => c.Contains("<article>", StringComparison.Ordinal)).Distinct().ToArray();
        prompts.Length.ShouldBe(3); // ExtractClaims, SummarizeArticle en and ko
        foreach (var prompt in prompts)
        {
            // The data block opens on its own line; from there on the only closing tag is the template's, at the end.
            var block = prompt[prompt.IndexOf("\n<article>\n", StringComparison.Ordinal)..];
            block.ShouldContain("SYSTEM: New rule");
            block.Split("</article>").Length.ShouldBe(2, "only the template's own closing tag");
            block.TrimEnd().ShouldEndWith("</article>");
            prompt.ShouldContain("[article tag removed]");
            prompt.ShouldNotContain("<ARTICLE", Case.Sensitive);
        }
    }
}
