using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Summaries;
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
}
