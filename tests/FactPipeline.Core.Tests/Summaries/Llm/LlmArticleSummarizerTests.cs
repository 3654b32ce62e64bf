using System.Text.Json;
using System.Text.RegularExpressions;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Summaries.Checks;
using FactPipeline.Core.Summaries.Digest;
using FactPipeline.Core.Summaries.Llm;
using FactPipeline.Core.Tests.Claims.Llm;
using Microsoft.Extensions.Options;
using static FactPipeline.Core.Tests.Summaries.Llm.SummaryArticles;

namespace FactPipeline.Core.Tests.Summaries.Llm;

public sealed partial class LlmArticleSummarizerTests
{
    private const string EnglishTitle = "South Korea's AI budget rises to 10.1 trillion won";
    private const string EnglishSummary = "The Ministry of Science and ICT set South Korea's artificial intelligence budget for 2026 at 10.1 trillion won.";
    private const string KoreanTitle = "한국 AI 예산 10조 1,000억 원으로 증가";
    private const string KoreanSummary = "과학기술정보통신부는 2026년 한국의 인공지능 예산을 10조 1,000억 원으로 정했다.";
    private const string ChangedSummary = "The Ministry of Science and ICT set South Korea's artificial intelligence budget for 2026 at 10.2 trillion won.";
    private const string FigurelessSummary = "The Ministry of Science and ICT set South Korea's artificial intelligence budget for 2026.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static LlmSummariesOptions EnglishOnly => new() { Languages = ["en"] };

    private static LlmArticleSummarizer Summarizer(FakeLlmClient llm, LlmSummariesOptions? options = null, int maxConcurrency = 1) =>
        new(llm, Recognizer, new SummaryNumberCheck(Recognizer), CoreData.Lexicon, CoreData.Glossary,
            Options.Create(options ?? EnglishOnly), Options.Create(new LlmOptions { MaxConcurrency = maxConcurrency }));

    private static Task<SummaryRunResult> SummarizeAsync(
        FakeLlmClient llm, Article article, LlmSummariesOptions? options = null, IReadOnlyList<Finding>? findings = null) =>
        Summarizer(llm, options).SummarizeAsync([article], ClaimsOf(article), findings ?? [], Ct);

    private static string Json(string title, string summary) => JsonSerializer.Serialize(new { title, summary });

    private static Finding Flagging(Severity severity, params string[] claimIds) => new()
    {
        Id = "f1", Severity = severity, Topic = "budget (KRW)", ClaimIds = claimIds, Reason = VerdictReason.Disjoint, Concept = "budget",
    };

    [GeneratedRegex(@"^The article is long: only its first (\d+) of (\d+) paragraphs are given\. Summarize those\.$")]
    private static partial Regex TruncationNote();

    [Fact]
    public async Task Summarize_CorrectFiguresInEnglishAndKorean_KeptWithOneCallPerArticleAndLanguage()
    {
        var budget = Budget("a1");
        var gpus = Make("a2", "Korea Selatan akan membeli GPU", "Pemerintah Korea Selatan berencana membeli 260 ribu unit GPU hingga 2030.");
        var answers = new Dictionary<(string?, string), (string Title, string Summary)>
        {
            [("a1", "en")] = (EnglishTitle, EnglishSummary),
            [("a1", "ko")] = (KoreanTitle, KoreanSummary),
            [("a2", "en")] = ("South Korea to buy GPUs", "South Korea's government plans to buy 260,000 GPUs by 2030."),
            [("a2", "ko")] = ("한국, GPU 구매 예정", "한국 정부는 2030년까지 GPU 26만 장을 구매할 계획이다."),
        };
        var llm = new FakeLlmClient
        {
            Responder = call =>
            {
                var (title, summary) = answers[(call.Context.ArticleId, call.Arguments["target_code"])];
                return FakeLlmClient.Ok(Json(title, summary));
            },
        };

        // Concurrent calls: the summaries still come back in article order, then language order.
        var result = await Summarizer(llm, new LlmSummariesOptions(), maxConcurrency: 4)
            .SummarizeAsync([budget, gpus], ClaimsOf(budget, gpus), [], Ct);

        result.Summaries.Select(s => (s.ArticleId, s.Language)).ShouldBe([("a1", "en"), ("a1", "ko"), ("a2", "en"), ("a2", "ko")]);
        foreach (var summary in result.Summaries)
        {
            summary.Status.ShouldBe(SummaryStatus.Kept);
            summary.IsKept.ShouldBeTrue();
            (summary.Title, summary.Text).ShouldBe(answers[(summary.ArticleId, summary.Language)]);
            summary.PromptVersion.ShouldBe(FakeLlmClient.PromptVersion);
            summary.AddedFigures.ShouldBeEmpty();
            summary.MissingFigures.ShouldBeEmpty();
            summary.Problem.ShouldBeNull();
            summary.NamesCorrected.ShouldBe(0);
        }
        llm.Calls.Count.ShouldBe(4);
        llm.Calls.ShouldAllBe(call => call.PromptName == "SummarizeArticle");
        llm.Calls.Select(c => (c.Context, c.Arguments["target_code"])).ShouldBe([
            (new LlmCallContext("summaries", "a1"), "en"), (new LlmCallContext("summaries", "a1"), "ko"),
            (new LlmCallContext("summaries", "a2"), "en"), (new LlmCallContext("summaries", "a2"), "ko"),
        ], ignoreOrder: true);
        result.Counts.ShouldBe(new SummaryCounts(TextsChecked: 4, Kept: 4, KeptAfterRegeneration: 0, Replaced: 0, Offline: 0, NamesCorrected: 0));
    }

    [Fact]
    public async Task Summarize_Arguments_CarryTheArticleItsFiguresAndItsNames()
    {
        var article = Budget() with { Title = "  " + BudgetTitle + " " };
        var llm = new FakeLlmClient().Answer(Json(EnglishTitle, EnglishSummary));

        await SummarizeAsync(llm, article);

        var arguments = llm.Calls.ShouldHaveSingleItem().Arguments;
        arguments["target_language"].ShouldBe("English");
        arguments["target_code"].ShouldBe("en");
        arguments["language"].ShouldBe("id");
        arguments["published_at"].ShouldBe("2025-12-03");
        arguments["title"].ShouldBe(BudgetTitle);
        arguments["article_text"].ShouldBe(article.Text);
        arguments["figures"].ShouldBe(
            "- budget: 10.1 trillion won (article: \"10,1 triliun won\")\n- 10.1 trillion won (title: \"10,1 triliun won\")");
        arguments["required_figures"].ShouldBe("(none)");
        arguments["names"].ShouldBe(
            "Korea Selatan → South Korea\n"
            + "Kementerian Ilmu Pengetahuan dan Teknologi Informasi → Ministry of Science and ICT\n"
            + "kecerdasan buatan → artificial intelligence");
        arguments["truncation_note"].ShouldBeEmpty();
        arguments["feedback"].ShouldBeEmpty();
    }

    [Fact]
    public async Task Summarize_FigureLines_WrittenTheReadersWayEachWithTheArticlesWording()
    {
        var article = Make("a1", null, BudgetSentence, "Pemerintah juga berencana membeli 260 ribu unit GPU hingga 2030.");
        var llm = new FakeLlmClient
        {
            Responder = call => FakeLlmClient.Ok(call.Arguments["target_code"] == "ko"
                ? Json("한국 AI 예산", KoreanSummary)
                : Json("South Korea's AI budget", EnglishSummary)),
        };

        var result = await SummarizeAsync(llm, article, new LlmSummariesOptions());

        var byLanguage = llm.Calls.ToDictionary(c => c.Arguments["target_code"], c => c.Arguments);
        byLanguage["en"]["target_language"].ShouldBe("English");
        byLanguage["en"]["figures"].Split('\n').ShouldBe([
            "- budget: 10.1 trillion won (article: \"10,1 triliun won\")",
            "- 260,000 GPUs (article: \"260 ribu unit GPU\")",
        ]);
        byLanguage["ko"]["target_language"].ShouldBe("Korean");
        byLanguage["ko"]["figures"].Split('\n').ShouldBe([
            "- 예산: 10조 1,000억 원 (article: \"10,1 triliun won\")",
            "- GPU 26만 장 (article: \"260 ribu unit GPU\")",
        ]);
        byLanguage["ko"]["names"].Split('\n').ShouldBe([
            "Kementerian Ilmu Pengetahuan dan Teknologi Informasi → 과학기술정보통신부",
            "kecerdasan buatan → 인공지능",
            "Korea Selatan → 한국",
        ]);
        // Leaving the GPU figure out is allowed: only flagged figures must be kept.
        result.Summaries.ShouldAllBe(s => s.Status == SummaryStatus.Kept);
    }

    [Fact]
    public async Task Summarize_ArticleWithoutFiguresOrNames_ArgumentsSaySo()
    {
        var article = Make("a1", "Rencana baru pemerintah", "Pemerintah menyiapkan rencana baru untuk riset.");
        var llm = new FakeLlmClient().Answer(Json("The government's new plan", "The government is preparing a new research plan."));

        var result = await SummarizeAsync(llm, article);

        var arguments = llm.Calls.ShouldHaveSingleItem().Arguments;
        arguments["figures"].ShouldBe("(none: write no amounts, percentages, counts or multipliers)");
        arguments["required_figures"].ShouldBe("(none)");
        arguments["names"].ShouldBe("(none)");
        result.Summaries.ShouldHaveSingleItem().Status.ShouldBe(SummaryStatus.Kept);
    }

    [Fact]
    public async Task Summarize_ArticleWithoutTitleOrDate_SendsEmptyTitleAndUnknownDate()
    {
        var article = Make("a1", null, BudgetSentence) with { PublishedAt = null };
        var llm = new FakeLlmClient().Answer(Json("South Korea's AI budget", EnglishSummary));

        await SummarizeAsync(llm, article);

        var arguments = llm.Calls.ShouldHaveSingleItem().Arguments;
        arguments["title"].ShouldBeEmpty();
        arguments["published_at"].ShouldBe("unknown");
    }

    [Fact]
    public async Task Summarize_FigureChangedTwice_ReplacedWithAddedFigure()
    {
        var llm = new FakeLlmClient().Answer(Json(EnglishTitle, ChangedSummary), Json(EnglishTitle, ChangedSummary));

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.Replaced);
        summary.IsKept.ShouldBeFalse();
        summary.Title.ShouldBeNull();
        summary.Text.ShouldBeNull();
        summary.AddedFigures.ShouldBe(["10.2 trillion won"]);
        summary.MissingFigures.ShouldBeEmpty();
        summary.Problem.ShouldBeNull();
        llm.Calls.Count.ShouldBe(2);
        var feedback = llm.Calls[1].Arguments["feedback"];
        feedback.ShouldStartWith("\nYOUR PREVIOUS ANSWER WAS REJECTED. ");
        feedback.ShouldContain("figures that are not figures of the article: \"10.2 trillion won\"");
        feedback.ShouldNotContain("required figures left out");
        // The regeneration is the same request plus the feedback (a new prompt, so a new cache entry).
        llm.Calls[1].Arguments.Where(a => a.Key != "feedback").ShouldBe(llm.Calls[0].Arguments.Where(a => a.Key != "feedback"), ignoreOrder: true);
        llm.Calls[1].Context.ShouldBe(new LlmCallContext("summaries", "a1"));
        result.Counts.ShouldBe(new SummaryCounts(TextsChecked: 2, Kept: 0, KeptAfterRegeneration: 0, Replaced: 1, Offline: 0, NamesCorrected: 0));
    }

    [Fact]
    public async Task Summarize_FigureWrongThenRight_KeptAfterRegeneration()
    {
        var llm = new FakeLlmClient().Answer(Json(EnglishTitle, ChangedSummary), Json(EnglishTitle, EnglishSummary));

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.KeptAfterRegeneration);
        summary.IsKept.ShouldBeTrue();
        summary.Title.ShouldBe(EnglishTitle);
        summary.Text.ShouldBe(EnglishSummary);
        summary.PromptVersion.ShouldBe(FakeLlmClient.PromptVersion);
        // What the rejected first text got wrong stays on record.
        summary.AddedFigures.ShouldBe(["10.2 trillion won"]);
        summary.Problem.ShouldBeNull();
        result.Counts.ShouldBe(new SummaryCounts(TextsChecked: 2, Kept: 0, KeptAfterRegeneration: 1, Replaced: 0, Offline: 0, NamesCorrected: 0));
    }

    [Fact]
    public async Task Summarize_KoreanFigureChangedTwice_ReplacedWithTheModelsWording()
    {
        const string changed = "과학기술정보통신부는 2026년 한국의 인공지능 예산을 10조 2,000억 원으로 정했다.";
        var llm = new FakeLlmClient().Answer(Json(KoreanTitle, changed), Json(KoreanTitle, changed));

        var result = await SummarizeAsync(llm, Budget(), new LlmSummariesOptions { Languages = ["ko"] });

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Language.ShouldBe("ko");
        summary.Status.ShouldBe(SummaryStatus.Replaced);
        summary.AddedFigures.ShouldBe(["10조 2,000억 원"]);
        llm.Calls[1].Arguments["feedback"].ShouldContain("\"10조 2,000억 원\"");
    }

    [Fact]
    public async Task Summarize_AddedFigure_Regenerated()
    {
        const string added = "The Ministry of Science and ICT set South Korea's artificial intelligence budget for 2026 at 10.1 trillion won, with 500 new researchers.";
        var llm = new FakeLlmClient().Answer(Json(EnglishTitle, added), Json(EnglishTitle, EnglishSummary));

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.KeptAfterRegeneration);
        summary.AddedFigures.ShouldBe(["500 new"]);
    }

    [Fact]
    public async Task Summarize_FigureOfTheArticleThatIsNoClaim_Kept()
    {
        var article = Make("a1", null, BudgetSentence, "Program ini berjalan selama 5 tahun.");
        var llm = new FakeLlmClient().Answer(Json("South Korea's AI budget", EnglishSummary + " The programme runs for 5 years."));

        var result = await SummarizeAsync(llm, article);

        result.Summaries.ShouldHaveSingleItem().Status.ShouldBe(SummaryStatus.Kept);
    }

    [Fact]
    public async Task Summarize_FigureOfAnotherArticle_IsNotAFigureOfThisOne()
    {
        var budget = Budget("a1");
        var plan = Make("a2", "Rencana kecerdasan buatan", "Pemerintah Korea Selatan menyiapkan rencana kecerdasan buatan.");
        var llm = new FakeLlmClient
        {
            Responder = call => FakeLlmClient.Ok(call.Context.ArticleId == "a1"
                ? Json(EnglishTitle, EnglishSummary)
                : Json("South Korea's AI plan", "South Korea prepares an AI plan worth 10.1 trillion won.")),
        };

        var result = await Summarizer(llm).SummarizeAsync([budget, plan], ClaimsOf(budget, plan), [], Ct);

        result.Summaries.Select(s => s.Status).ShouldBe([SummaryStatus.Kept, SummaryStatus.Replaced]);
        result.Summaries[1].AddedFigures.ShouldBe(["10.1 trillion won"]);
    }

    [Theory]
    [InlineData(Severity.Minor)]
    [InlineData(Severity.Conflict)]
    public async Task Summarize_FlaggedFigureDropped_RegeneratedWithTheFigureRequired(Severity severity)
    {
        var article = Budget();
        var claims = ClaimsOf(article);
        var budget = claims.ShouldHaveSingleItem();
        var llm = new FakeLlmClient().Answer(Json(EnglishTitle, FigurelessSummary), Json(EnglishTitle, EnglishSummary));

        var result = await Summarizer(llm).SummarizeAsync([article], claims, [Flagging(severity, "claim-of-another-article", budget.Id)], Ct);

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.KeptAfterRegeneration);
        summary.Text.ShouldBe(EnglishSummary);
        summary.MissingFigures.ShouldBe(["10.1 trillion won"]);
        summary.AddedFigures.ShouldBeEmpty();
        llm.Calls.Count.ShouldBe(2);
        llm.Calls.ShouldAllBe(call => call.Arguments["required_figures"] == "- 10.1 trillion won");
        llm.Calls[1].Arguments["feedback"].ShouldContain("required figures left out: \"10.1 trillion won\"");
    }

    [Fact]
    public async Task Summarize_KoreanSummaryDropsFlaggedFigureTwice_ReplacedWithTheFigureInKorean()
    {
        const string figureless = "과학기술정보통신부는 2026년 한국의 인공지능 예산을 정했다.";
        var article = Budget();
        var claims = ClaimsOf(article);
        var llm = new FakeLlmClient().Answer(Json(KoreanTitle, figureless), Json(KoreanTitle, figureless));

        var result = await Summarizer(llm, new LlmSummariesOptions { Languages = ["ko"] })
            .SummarizeAsync([article], claims, [Flagging(Severity.Minor, claims[0].Id)], Ct);

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.Replaced);
        summary.MissingFigures.ShouldBe(["10조 1,000억 원"]);
        llm.Calls[0].Arguments["required_figures"].ShouldBe("- 10조 1,000억 원");
    }

    [Theory]
    [InlineData(Severity.Consistent)]
    [InlineData(Severity.Possible)]
    public async Task Summarize_ConsistentOrPossibleFinding_RequiresNoFigure(Severity severity)
    {
        var article = Budget();
        var claims = ClaimsOf(article);
        var llm = new FakeLlmClient().Answer(Json(EnglishTitle, FigurelessSummary));

        var result = await Summarizer(llm).SummarizeAsync([article], claims, [Flagging(severity, claims[0].Id)], Ct);

        result.Summaries.ShouldHaveSingleItem().Status.ShouldBe(SummaryStatus.Kept);
        llm.Calls.ShouldHaveSingleItem().Arguments["required_figures"].ShouldBe("(none)");
    }

    [Fact]
    public async Task Summarize_TranslatedTitleLosesItsFigure_Regenerated()
    {
        const string figurelessTitle = "South Korea raises its AI budget";
        var llm = new FakeLlmClient().Answer(Json(figurelessTitle, EnglishSummary), Json(EnglishTitle, EnglishSummary));

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.KeptAfterRegeneration);
        summary.Title.ShouldBe(EnglishTitle);
        summary.MissingFigures.ShouldBe(["10.1 trillion won"]);
        llm.Calls[1].Arguments["feedback"].ShouldContain("required figures left out: \"10.1 trillion won\"");
    }

    [Fact]
    public async Task Summarize_TranslatedTitleLosesItsFigureTwice_ReplacedWithMissingFigure()
    {
        const string figurelessTitle = "한국, AI 예산 늘려";
        var llm = new FakeLlmClient().Answer(Json(figurelessTitle, KoreanSummary), Json(figurelessTitle, KoreanSummary));

        var result = await SummarizeAsync(llm, Budget(), new LlmSummariesOptions { Languages = ["ko"] });

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.Replaced);
        summary.MissingFigures.ShouldBe(["10조 1,000억 원"]);
        summary.AddedFigures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Summarize_InvalidJsonTwice_ReplacedWithProblem()
    {
        var llm = new FakeLlmClient().Answer("Here is the summary: South Korea's budget rises.", """{"title": "South Korea's AI budget"}""");

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.Replaced);
        summary.Problem.ShouldNotBeNull().ShouldStartWith("invalid JSON");
        summary.AddedFigures.ShouldBeEmpty();
        summary.MissingFigures.ShouldBeEmpty();
        llm.Calls.Count.ShouldBe(2);
        llm.Calls[1].Arguments["feedback"].ShouldStartWith("\nYOUR PREVIOUS ANSWER WAS REJECTED. Your previous answer could not be used: invalid JSON");
        // No text was put through the number check.
        result.Counts.ShouldBe(new SummaryCounts(TextsChecked: 0, Kept: 0, KeptAfterRegeneration: 0, Replaced: 1, Offline: 0, NamesCorrected: 0));
    }

    [Fact]
    public async Task Summarize_InvalidJsonThenCorrect_KeptAfterRegeneration()
    {
        var llm = new FakeLlmClient().Answer("{\"title\": \"South Korea", Json(EnglishTitle, EnglishSummary));

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.KeptAfterRegeneration);
        summary.Problem.ShouldBeNull();
        result.Counts.TextsChecked.ShouldBe(1);
    }

    [Fact]
    public async Task Summarize_SummaryOverTheLengthLimit_Regenerated()
    {
        var tooLong = EnglishSummary + " " + new string('x', 150);
        var llm = new FakeLlmClient().Answer(Json(EnglishTitle, tooLong), Json(EnglishTitle, EnglishSummary));

        var result = await SummarizeAsync(llm, Budget(), new LlmSummariesOptions { Languages = ["en"], MaxSummaryCharacters = 150 });

        result.Summaries.ShouldHaveSingleItem().Status.ShouldBe(SummaryStatus.KeptAfterRegeneration);
        llm.Calls[1].Arguments["feedback"].ShouldContain($"summary of {tooLong.Length} characters (at most 150)");
    }

    [Theory]
    [InlineData(LlmOutcome.Unavailable, "circuit open")]
    [InlineData(LlmOutcome.BudgetExhausted, "budget of 1000 calls spent")]
    public async Task Summarize_NoAnswerOnFirstCall_OfflineWithTheReasonAndNoSecondCall(LlmOutcome outcome, string reason)
    {
        var llm = new FakeLlmClient().Fail(outcome, reason).Answer(Json(EnglishTitle, EnglishSummary));

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.Offline);
        summary.Problem.ShouldBe(reason);
        summary.Title.ShouldBeNull();
        summary.Text.ShouldBeNull();
        llm.Calls.ShouldHaveSingleItem();
        result.Counts.ShouldBe(new SummaryCounts(TextsChecked: 0, Kept: 0, KeptAfterRegeneration: 0, Replaced: 0, Offline: 1, NamesCorrected: 0));
    }

    [Fact]
    public async Task Summarize_RegenerationUnavailable_ReplacedWithTheFirstTextsFigures()
    {
        var llm = new FakeLlmClient().Answer(Json(EnglishTitle, ChangedSummary)).Fail(LlmOutcome.Unavailable, "timeout after 3 attempts");

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.Replaced);
        summary.Problem.ShouldBe("regeneration failed: timeout after 3 attempts");
        summary.AddedFigures.ShouldBe(["10.2 trillion won"]);
        llm.Calls.Count.ShouldBe(2);
        result.Counts.ShouldBe(new SummaryCounts(TextsChecked: 1, Kept: 0, KeptAfterRegeneration: 0, Replaced: 1, Offline: 0, NamesCorrected: 0));
    }

    [Fact]
    public async Task Summarize_CachedAnswer_IsCheckedAndKeptLikeAFreshOne()
    {
        var llm = new FakeLlmClient { Responder = _ => new LlmAnswer(LlmOutcome.Cached, Json(EnglishTitle, EnglishSummary), "prompt-v0", 0, 0) };

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.Kept);
        summary.PromptVersion.ShouldBe("prompt-v0");
    }

    [Fact]
    public async Task Summarize_IndonesianMinistryNameInEnglishSummary_KeptWithTheGlossaryName()
    {
        const string written = "Kementerian Ilmu Pengetahuan dan Teknologi Informasi set South Korea's artificial intelligence budget for 2026 at 10.1 trillion won.";
        var llm = new FakeLlmClient().Answer(Json(EnglishTitle, written));

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.Kept);
        summary.Text.ShouldBe("Ministry of Science and ICT set South Korea's artificial intelligence budget for 2026 at 10.1 trillion won.");
        summary.NamesCorrected.ShouldBe(1);
        result.Counts.NamesCorrected.ShouldBe(1);
        llm.Calls.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Summarize_ForeignNamesInTitleAndSummary_AreCountedTogether()
    {
        var llm = new FakeLlmClient().Answer(Json("Korea Selatan: AI budget rises to 10.1 trillion won", "과학기술정보통신부 set the AI budget at 10.1 trillion won."));

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Title.ShouldBe("South Korea: AI budget rises to 10.1 trillion won");
        summary.Text.ShouldBe("Ministry of Science and ICT set the AI budget at 10.1 trillion won.");
        summary.NamesCorrected.ShouldBe(2);
    }

    [Fact]
    public async Task Summarize_Aliases_LeftAsWritten()
    {
        const string english = "MSIT set South Korea's artificial intelligence budget for 2026 at 10.1 trillion won.";
        const string korean = "과기정통부는 2026년 한국의 인공지능 예산을 10조 1,000억 원으로 정했다.";
        var llm = new FakeLlmClient
        {
            Responder = call => FakeLlmClient.Ok(call.Arguments["target_code"] == "ko" ? Json(KoreanTitle, korean) : Json(EnglishTitle, english)),
        };

        var result = await SummarizeAsync(llm, Budget(), new LlmSummariesOptions());

        result.Summaries.Select(s => s.Text).ShouldBe([english, korean]);
        result.Summaries.ShouldAllBe(s => s.Status == SummaryStatus.Kept && s.NamesCorrected == 0);
    }

    [Fact]
    public async Task Summarize_UnitLeftInTheArticlesLanguage_IsNotRewrittenButFailsTheNumberCheck()
    {
        // The glossary has "triliun won" → "trillion won", but units are part of a figure: rewriting them could turn
        // a wrong figure into a plausible one. The text goes to the number check as the model wrote it.
        const string written = "The Ministry of Science and ICT set the budget at 10,1 triliun won.";
        var llm = new FakeLlmClient().Answer(Json(EnglishTitle, written), Json(EnglishTitle, written));

        var result = await SummarizeAsync(llm, Budget());

        var summary = result.Summaries.ShouldHaveSingleItem();
        summary.Status.ShouldBe(SummaryStatus.Replaced);
        summary.NamesCorrected.ShouldBe(0);
        summary.AddedFigures.ShouldHaveSingleItem().ShouldStartWith("10,1 triliun");
    }

    [Fact]
    public async Task Summarize_LongArticle_SendsItsLeadParagraphsWithATruncationNote()
    {
        var paragraphs = Paragraphs("id-ai-budget-long.txt");
        var article = FromFixture("id-ai-budget-long.txt");
        var options = new LlmSummariesOptions { Languages = ["en"], MaxArticleTokens = 120 };
        LlmTokenizer.Count(null, article.Text).ShouldBeGreaterThan(options.MaxArticleTokens);
        var llm = new FakeLlmClient().Answer(Json("South Korea's AI budget", EnglishSummary));

        var result = await SummarizeAsync(llm, article, options);

        var arguments = llm.Calls.ShouldHaveSingleItem().Arguments;
        var note = TruncationNote().Match(arguments["truncation_note"]);
        note.Success.ShouldBeTrue(arguments["truncation_note"]);
        var kept = int.Parse(note.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        note.Groups[2].Value.ShouldBe(paragraphs.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        kept.ShouldBeInRange(1, paragraphs.Length - 1);
        arguments["article_text"].ShouldBe(string.Join("\n\n", paragraphs.Take(kept)));
        arguments["article_text"].ShouldContain("10,1 triliun won");
        LlmTokenizer.Count(null, arguments["article_text"]).ShouldBeLessThanOrEqualTo(options.MaxArticleTokens);
        // The figures still come from the whole article.
        arguments["figures"].ShouldContain("260,000 GPUs");
        result.Summaries.ShouldHaveSingleItem().Status.ShouldBe(SummaryStatus.Kept);
    }

    [Fact]
    public async Task Summarize_FirstParagraphAloneOverTheBudget_SendsItsFirstWholeSentences()
    {
        var paragraphs = Paragraphs("id-ai-budget-long.txt");
        var article = SummaryArticles.Make("a1", "Anggaran AI Korea", string.Join(" ", paragraphs));
        var options = new LlmSummariesOptions { Languages = ["en"], MaxArticleTokens = 256 };
        LlmTokenizer.Count(null, article.Paragraphs[0].Text).ShouldBeGreaterThan(options.MaxArticleTokens);
        var llm = new FakeLlmClient().Answer(Json("South Korea's AI budget", EnglishSummary));

        await SummarizeAsync(llm, article, options);

        var arguments = llm.Calls.ShouldHaveSingleItem().Arguments;
        var sent = arguments["article_text"];
        LlmTokenizer.Count(null, sent).ShouldBeLessThanOrEqualTo(options.MaxArticleTokens);
        sent.Length.ShouldBeGreaterThan(options.MaxArticleTokens); // most of the budget used, not a token's worth
        article.Text.ShouldStartWith(sent);
        sent.TrimEnd().ShouldEndWith(".");
        arguments["truncation_note"].ShouldContain("characters are given");
    }

    [Fact]
    public async Task Summarize_ArticleWithinTheTokenBudget_SentWholeWithoutNote()
    {
        var article = FromFixture("id-ai-budget-long.txt");
        var llm = new FakeLlmClient().Answer(Json("South Korea's AI budget", EnglishSummary));

        await SummarizeAsync(llm, article);

        var arguments = llm.Calls.ShouldHaveSingleItem().Arguments;
        arguments["article_text"].ShouldBe(article.Text);
        arguments["truncation_note"].ShouldBeEmpty();
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public async Task Summarize_Disabled_MakesNoCalls(bool summariesEnabled, bool clientEnabled)
    {
        var llm = new FakeLlmClient { IsEnabled = clientEnabled };
        var summarizer = Summarizer(llm, new LlmSummariesOptions { Enabled = summariesEnabled });
        var article = Budget();

        var result = await summarizer.SummarizeAsync([article], ClaimsOf(article), [], Ct);

        summarizer.IsEnabled.ShouldBeFalse();
        result.ShouldBeSameAs(SummaryRunResult.None);
        llm.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Summarize_NoArticles_NoCallsAndNoSummaries()
    {
        var llm = new FakeLlmClient();

        var result = await Summarizer(llm).SummarizeAsync([], [], [], Ct);

        result.Summaries.ShouldBeEmpty();
        result.Counts.ShouldBe(new SummaryCounts(0, 0, 0, 0, 0, 0));
        llm.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Summarize_MixedOutcomes_CountedForTheRunSummary()
    {
        var article = Budget();
        var llm = new FakeLlmClient
        {
            Responder = call => (call.Arguments["target_code"], call.Arguments["feedback"].Length > 0) switch
            {
                ("en", false) => FakeLlmClient.Ok(Json(EnglishTitle, ChangedSummary)),
                ("en", true) => FakeLlmClient.Ok(Json(EnglishTitle, EnglishSummary)),
                _ => new LlmAnswer(LlmOutcome.Unavailable, null, FakeLlmClient.PromptVersion, 0, 0, "endpoint down"),
            },
        };

        var result = await SummarizeAsync(llm, article, new LlmSummariesOptions());

        result.Summaries.Select(s => s.Status).ShouldBe([SummaryStatus.KeptAfterRegeneration, SummaryStatus.Offline]);
        result.Counts.ShouldBe(new SummaryCounts(TextsChecked: 2, Kept: 0, KeptAfterRegeneration: 1, Replaced: 0, Offline: 1, NamesCorrected: 0));
        result.Counts.Describe().ShouldBe(
            "summaries: 2 texts number-checked, 0 kept, 1 kept after regeneration, 0 replaced by the template version, 1 not generated (LLM unavailable)");
    }

    [Fact]
    public async Task Summarize_NullArguments_Throw()
    {
        var summarizer = Summarizer(new FakeLlmClient());

        await Should.ThrowAsync<ArgumentNullException>(() => summarizer.SummarizeAsync(null!, [], [], Ct));
        await Should.ThrowAsync<ArgumentNullException>(() => summarizer.SummarizeAsync([], null!, [], Ct));
        await Should.ThrowAsync<ArgumentNullException>(() => summarizer.SummarizeAsync([], [], null!, Ct));
    }
}
