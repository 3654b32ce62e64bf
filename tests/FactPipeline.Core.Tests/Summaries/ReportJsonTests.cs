using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Summaries;
using FactPipeline.Core.Summaries.Llm;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Summaries;

public sealed class ReportJsonTests
{
    [Fact]
    public void Serialize_ClaimsAndStatements_CarriesExtractorsCanonicalAndStatements()
    {
        var llm = ClaimBuilder.Money("a1", 10_100_000_000_000m, "KRW") with
        {
            Extractors = ["rules", "llm"],
            Canonical = new CanonicalPhrasing("South Korea", "AI budget", "2026", "p1"),
        };
        var offline = ClaimBuilder.Money("a1", 5m, "KRW");
        var statement = new Statement
        {
            Id = "s1", ArticleId = "a1", Quote = "Kementerian memilih lima tim.", QuoteStart = 0,
            Subject = "the Ministry of Science and ICT", Predicate = "selected", Object = "five teams", PromptVersion = "p1",
        };
        var report = new RunReport("r1", DateTimeOffset.UnixEpoch, ["x"], [], [llm, offline], [], []) { Statements = [statement] };

        using var json = JsonDocument.Parse(ReportJson.Serialize(report));

        var claims = json.RootElement.GetProperty("claims");
        claims[0].GetProperty("extractors").EnumerateArray().Select(e => e.GetString()).ShouldBe(["rules", "llm"]);
        var canonical = claims[0].GetProperty("canonical");
        canonical.GetProperty("subject").GetString().ShouldBe("South Korea");
        canonical.GetProperty("metric").GetString().ShouldBe("AI budget");
        canonical.GetProperty("timeScope").GetString().ShouldBe("2026");
        canonical.GetProperty("promptVersion").GetString().ShouldBe("p1");
        claims[1].TryGetProperty("canonical", out _).ShouldBeFalse();
        claims[1].GetProperty("extractors").EnumerateArray().Select(e => e.GetString()).ShouldBe(["rules"]);
        var statements = json.RootElement.GetProperty("statements");
        statements.GetArrayLength().ShouldBe(1);
        statements[0].GetProperty("predicate").GetString().ShouldBe("selected");
        statements[0].GetProperty("object").GetString().ShouldBe("five teams");
        statements[0].GetProperty("quoteStart").GetInt32().ShouldBe(0);
        json.RootElement.GetProperty("run").GetProperty("counts").GetProperty("statements").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Serialize_Summaries_CarriesEachSummaryAndTheLlmCounts()
    {
        ArticleSummary[] summaries =
        [
            new("a1", "ko", SummaryStatus.KeptAfterRegeneration)
            {
                Title = "한국, AI 예산 3배로", Text = "한국 정부는 AI 예산을 10조 1,000억 원으로 늘린다.", NamesCorrected = 2, PromptVersion = "p9",
            },
            new("a1", "en", SummaryStatus.Replaced)
            {
                AddedFigures = ["10.2 trillion won"], MissingFigures = ["10.1 trillion won"], Problem = "invalid JSON", PromptVersion = "p9",
            },
        ];
        var llm = new LlmRunSummary(LlmRunUsage.Empty("r1"), new Dictionary<string, int>(), new Dictionary<string, int>(), 1)
        {
            Summaries = SummaryCounts.Of(summaries, textsChecked: 4),
        };
        var report = new RunReport("r1", DateTimeOffset.UnixEpoch, ["x"], [], [], [], [])
        {
            Summaries = summaries, SummaryModel = "gpt-test-mini", Llm = llm,
        };

        using var json = JsonDocument.Parse(ReportJson.Serialize(report));

        var written = json.RootElement.GetProperty("summaries");
        written.GetArrayLength().ShouldBe(2);
        var kept = written[0];
        kept.GetProperty("articleId").GetString().ShouldBe("a1");
        kept.GetProperty("language").GetString().ShouldBe("ko");
        kept.GetProperty("status").GetString().ShouldBe("keptAfterRegeneration");
        kept.GetProperty("title").GetString().ShouldBe("한국, AI 예산 3배로");
        kept.GetProperty("text").GetString().ShouldBe("한국 정부는 AI 예산을 10조 1,000억 원으로 늘린다.");
        kept.GetProperty("namesCorrected").GetInt32().ShouldBe(2);
        kept.GetProperty("promptVersion").GetString().ShouldBe("p9");
        kept.GetProperty("addedFigures").GetArrayLength().ShouldBe(0);
        kept.TryGetProperty("problem", out _).ShouldBeFalse();
        var replaced = written[1];
        replaced.GetProperty("status").GetString().ShouldBe("replaced");
        replaced.TryGetProperty("text", out _).ShouldBeFalse();
        replaced.GetProperty("addedFigures").EnumerateArray().Select(e => e.GetString()).ShouldBe(["10.2 trillion won"]);
        replaced.GetProperty("missingFigures").EnumerateArray().Select(e => e.GetString()).ShouldBe(["10.1 trillion won"]);
        replaced.GetProperty("problem").GetString().ShouldBe("invalid JSON");
        var counts = json.RootElement.GetProperty("llm").GetProperty("summaries");
        counts.GetProperty("model").GetString().ShouldBe("gpt-test-mini");
        counts.GetProperty("textsChecked").GetInt32().ShouldBe(4);
        counts.GetProperty("kept").GetInt32().ShouldBe(0);
        counts.GetProperty("keptAfterRegeneration").GetInt32().ShouldBe(1);
        counts.GetProperty("replaced").GetInt32().ShouldBe(1);
        counts.GetProperty("offline").GetInt32().ShouldBe(0);
        counts.GetProperty("namesCorrected").GetInt32().ShouldBe(2);
        json.RootElement.GetProperty("llm").GetProperty("augmentedArticles").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Serialize_Offline_SummariesEmptyAndNoSummaryCounts()
    {
        var withLlm = new RunReport("r1", DateTimeOffset.UnixEpoch, ["x"], [], [], [], [])
        {
            Llm = new LlmRunSummary(LlmRunUsage.Empty("r1"), new Dictionary<string, int>(), new Dictionary<string, int>(), 0),
        };
        var offline = withLlm with { Llm = null };

        using var json = JsonDocument.Parse(ReportJson.Serialize(withLlm));
        using var offlineJson = JsonDocument.Parse(ReportJson.Serialize(offline));

        json.RootElement.GetProperty("summaries").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("llm").TryGetProperty("summaries", out _).ShouldBeFalse();
        offlineJson.RootElement.GetProperty("summaries").GetArrayLength().ShouldBe(0);
        offlineJson.RootElement.TryGetProperty("llm", out _).ShouldBeFalse();
    }

    [Fact]
    public void Serialize_PossibleMatch_ListedWithSeverityPossibleAndCountedApart()
    {
        var report = PossibleFindingReports.Make();

        using var json = JsonDocument.Parse(ReportJson.Serialize(report));

        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        findings.Select(f => (f.GetProperty("id").GetString(), f.GetProperty("severity").GetString()))
            .ShouldBe([("f-budget", "conflict"), ("f-workers", "possible")]);
        findings[1].GetProperty("explanation").GetProperty("en").GetString()!.ShouldContain("Not checked");
        var counts = json.RootElement.GetProperty("run").GetProperty("counts");
        counts.GetProperty("findings").GetInt32().ShouldBe(2);
        counts.GetProperty("conflicts").GetInt32().ShouldBe(1);
        counts.GetProperty("minor").GetInt32().ShouldBe(0);
        counts.GetProperty("consistent").GetInt32().ShouldBe(0);
        counts.GetProperty("possible").GetInt32().ShouldBe(1);
    }
}
