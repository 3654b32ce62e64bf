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

    [Fact]
    public void Serialize_EveryField_SameTextAsTheSerialiserGaveTheReportShape()
    {
        var claim = ClaimBuilder.Money("a1", 10_400_000_000_000m, "KRW") with
        {
            Value = ClaimBuilder.Money("a1", 10_400_000_000_000m, "KRW").Value with { Low = 9.5m, High = 12.50m, Whole = 100m, Hedge = Hedge.Approximately },
            Extractors = ["rules", "llm"],
            Canonical = new CanonicalPhrasing("Port authority", null, "2026", "p1"),
            SubjectId = "s-port", SubjectName = "Otoritas \"Pelabuhan\" <Utama>", SubjectSource = SubjectSource.Context, Year = 2026,
            Scope = new ClaimScope { Basis = ScopeBasis.Total, Rate = ScopeRate.PerYear, SpanYears = 3, IsPart = true, SubPeriod = 2, Status = ScopeStatus.Planned },
        };
        var possible = PossibleFindingReports.Make();
        var german = possible.Articles[0] with { Id = "de-1", Language = "de", Title = null, PublishedAt = new DateOnly(2026, 2, 3), Author = "Jo" };
        var statement = new Statement
        {
            Id = "s1", ArticleId = "a1", Quote = "Kementerian memilih lima tim.", QuoteStart = 4,
            Subject = "the ministry", Predicate = "selected", Object = null, PromptVersion = "p1",
        };
        ArticleSummary[] summaries = [new("a1", "ko", SummaryStatus.Replaced) { AddedFigures = ["3"], Problem = "invalid JSON", PromptVersion = "p9" }];
        var report = possible with
        {
            Inputs = ["pages/", "https://example.org/feed.xml"],
            Articles = [.. possible.Articles, german],
            Claims = [.. possible.Claims, claim],
            Problems = [new InputProblem("broken.html", "no article text found")],
        };
        var offline = report;
        var withLlm = report with
        {
            Statements = [statement],
            Summaries = summaries,
            SummaryModel = "gpt-test-mini",
            Llm = new LlmRunSummary(Usage, new Dictionary<string, int> { ["quote"] = 2 }, new Dictionary<string, int> { ["circuit open"] = 1 }, 1)
            {
                Summaries = SummaryCounts.Of(summaries, textsChecked: 1),
            },
        };

        foreach (var each in new[] { offline, withLlm })
        {
            ReportJson.Serialize(each).ShouldBe(JsonSerializer.Serialize(SerialiserShape(each), SerialiserOptions));
        }
    }

    private static readonly LlmRunUsage Usage = LlmRunUsage.Empty("r1") with
    {
        Calls = 3, CachedAnswers = 1, PromptTokens = 1200, CompletionTokens = 340, EstimatedCostUsd = 0.0123m,
        ByStage = new Dictionary<string, LlmUsageLine> { ["ExtractClaims"] = new(2, 1, 1000, 300, 0.01m), ["SummarizeArticle"] = new(1, 0, 200, 40, 0.0023m) },
        UnavailableReasons = new Dictionary<string, int> { ["HTTP 503 after 3 attempts"] = 2 },
        BudgetExhausted = true,
    };

    private static readonly JsonSerializerOptions SerialiserOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The report's shape as the serialiser wrote it before ReportJson wrote it field by field: the spec it holds to.</summary>
    private static object SerialiserShape(RunReport report) => new
    {
        run = new
        {
            id = report.RunId,
            startedAt = report.StartedAt,
            inputs = report.Inputs,
            counts = new
            {
                articles = report.Articles.Count,
                claims = report.Claims.Count,
                statements = report.Statements.Count,
                findings = report.Findings.Count,
                conflicts = report.Count(Severity.Conflict),
                minor = report.Count(Severity.Minor),
                consistent = report.Count(Severity.Consistent),
                // Probably, not surely, the same fact: listed in findings[] with severity "possible", never a conflict or minor.
                possible = report.Count(Severity.Possible),
                // One source changed its own figure between two fetches: listed in findings[] with severity "correction".
                corrections = report.Count(Severity.Correction),
                problems = report.Problems.Count,
            },
            // Articles per language stored without claims: the recognizer does not read that language.
            setAside = report.SetAside().ToDictionary(pair => pair.Language, pair => pair.Articles, StringComparer.Ordinal),
        },
        articles = report.Articles.Select(a => new
        {
            a.Id, a.Source, a.Title, a.Language,
            publishedAt = a.PublishedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            modifiedAt = a.ModifiedAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            a.Author, a.SiteName, a.CanonicalUrl,
            paragraphs = a.Paragraphs.Count,
        }),
        claims = report.Claims.Select(c => new
        {
            c.Id, c.ArticleId, c.Quote, c.QuoteStart,
            value = new
            {
                c.Value.Amount, c.Value.Unit, c.Value.Low, c.Value.High, c.Value.Kind, c.Value.Hedge,
                c.Value.Text, c.Value.Start, c.Value.Length, c.Value.Step, c.Value.Whole,
            },
            measure = c.Concept,
            c.Concept, c.Subject, c.SubjectId, c.SubjectName, c.SubjectSource,
            scope = new { c.Scope.Basis, c.Scope.Rate, c.Scope.SpanYears, c.Scope.IsPart, c.Scope.SubPeriod, c.Scope.Status },
            c.Year, c.Language, c.Extractors,
            canonical = c.Canonical is { } canonical
                ? new { canonical.Subject, canonical.Metric, canonical.TimeScope, canonical.PromptVersion }
                : null,
        }),
        statements = report.Statements.Select(s => new
        {
            s.Id, s.ArticleId, s.Quote, s.QuoteStart, s.Subject, s.Predicate, s.Object, s.TimeScope, s.PromptVersion,
        }),
        findings = report.Findings.Select(f => new
        {
            f.Id, f.Severity, f.Topic, f.ClaimIds, f.Reason, f.Concept, f.DifferencePercent, f.MatchedBy,
            explanation = new { en = f.Explanation.En, ko = f.Explanation.Ko },
        }),
        // Empty offline. Title and text are null (so left out) unless the summary was kept.
        summaries = report.Summaries.Select(s => new
        {
            s.ArticleId, s.Language, s.Status, s.Title, s.Text, s.AddedFigures, s.MissingFigures, s.Problem,
            s.NamesCorrected, s.PromptVersion,
        }),
        llm = report.Llm is not { } llm ? null : new
        {
            summary = llm.Describe(),
            llm.Usage.Calls, llm.Usage.CachedAnswers, llm.Usage.PromptTokens, llm.Usage.CompletionTokens,
            estimatedCostUsd = llm.Usage.EstimatedCostUsd,
            llm.Usage.ByStage, llm.Usage.UnavailableReasons, llm.Usage.BudgetExhausted,
            rejectedClaims = llm.Rejections, offlineArticles = llm.Fallbacks, augmentedArticles = llm.Augmented,
            summaries = llm.Summaries is not { } counts ? null : new
            {
                model = report.SummaryModel,
                counts.TextsChecked, counts.Kept, counts.KeptAfterRegeneration, counts.Replaced, counts.Offline, counts.NamesCorrected,
            },
        },
        problems = report.Problems.Select(p => new { p.Source, p.Reason }),
    };
}
