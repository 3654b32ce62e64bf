using System.Text.Json;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.Llm;
using FactPipeline.Core.Tests.TestSupport;
using Shouldly;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>
/// The whole pipeline with an LLM configured: the real Semantic Kernel OpenAI connector talks HTTP to a
/// scripted OpenAI-compatible server on 127.0.0.1. The LLM adds; it never replaces the deterministic checks.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class LlmPipelineTests : IAsyncLifetime
{
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

    private PipelineHarness Harness(string? databasePath = null, bool llm = true)
    {
        var settings = llm
            ? LlmHarness.Defaults(_server.BaseUrl).ToDictionary(p => "Llm:" + p.Key, p => p.Value)
            : null;
        // Real clock: Polly's retry delays and the breaker wait on the injected TimeProvider.
        var harness = new PipelineHarness(databasePath, settings, systemClock: true);
        _harnesses.Add(harness);
        return harness;
    }

    /// <summary>A model that reports the budget sentence of the minister profile, with the right figure.</summary>
    private static ScriptedReply TruthfulModel(ChatRequest request)
    {
        const string sentence = "Pemerintah memutuskan menaikkan anggaran AI lebih dari tiga kali lipat menjadi 10,1 triliun won atau setara US$6,9 miliar tahun depan.";
        if (request.UserContent.Contains("10,1 triliun won atau setara", StringComparison.Ordinal))
        {
            return ScriptedReply.Json(JsonSerializer.Serialize(new
            {
                claims = new object[]
                {
                    new { quote = sentence, kind = "money", value = new { amount = 10_100_000_000_000m, unit = "KRW" }, subject = "South Korea's government", metric = "AI budget", time_scope = "next year", predicate = (string?)null, @object = (string?)null },
                    new { quote = sentence, kind = "money", value = new { amount = 10_200_000_000_000m, unit = "KRW" }, subject = "South Korea", metric = "AI budget", time_scope = "next year", predicate = (string?)null, @object = (string?)null },
                    new { quote = "Korea will spend 99 trillion won on AI.", kind = "money", value = new { amount = 99_000_000_000_000m, unit = "KRW" }, subject = "Korea", metric = "AI budget", time_scope = (string?)null, predicate = (string?)null, @object = (string?)null },
                },
            }));
        }
        return request.SystemContent.Contains("same_fact", StringComparison.Ordinal) || request.UserContent.Contains("same_fact", StringComparison.Ordinal)
            ? ScriptedReply.Json("""{"pairs":[]}""")
            : ScriptedReply.Json("""{"claims":[]}""");
    }

    [Fact]
    public async Task Run_WithTruthfulModel_StoresGroundedClaimsRejectsTheRestAndKeepsOfflineFindings()
    {
        _server.Responder = TruthfulModel;
        var offline = await Harness(llm: false).RunAsync(RepoPaths.Samples);

        var result = await Harness().RunAsync(RepoPaths.Samples);

        var report = result.Report;
        var llm = report.Llm.ShouldNotBeNull();
        llm.Usage.Calls.ShouldBeGreaterThan(0);
        llm.Rejections.GetValueOrDefault("number mismatch").ShouldBe(1);
        llm.Rejections.GetValueOrDefault("ungrounded").ShouldBe(1);
        var merged = report.Claims.Single(c => c.Value.Amount == 10_100_000_000_000m && c.Extractors.Contains("llm"));
        merged.Extractors.ShouldBe(["rules", "llm"]);
        merged.Canonical.ShouldNotBeNull().Metric.ShouldBe("AI budget");
        report.Claims.ShouldNotContain(c => c.Value.Amount == 99_000_000_000_000m || c.Value.Amount == 10_200_000_000_000m);
        report.Findings.Where(f => f.Severity != Severity.Consistent).Select(f => (f.Severity, f.Topic))
            .ShouldBe(offline.Report.Findings.Where(f => f.Severity != Severity.Consistent).Select(f => (f.Severity, f.Topic)));
    }

    [Fact]
    public async Task Run_SecondTimeOverSameArticles_MakesNoModelCalls()
    {
        _server.Responder = TruthfulModel;
        var first = Harness();
        await first.RunAsync(RepoPaths.Samples);
        var requestsAfterFirst = _server.Requests.Count;

        var rerun = await Harness(first.DatabasePath).RunAsync(RepoPaths.Samples);

        _server.Requests.Count.ShouldBe(requestsAfterFirst);
        rerun.Report.Llm.ShouldNotBeNull().Usage.Calls.ShouldBe(0);
    }

    [Fact(Timeout = 120_000)]
    public async Task Run_SeedsAgainstEndpointAnswering500_CompletesOfflineWithSameFindingsAndSaysSo()
    {
        var seeds = RepoPaths.Seeds;
        if (seeds is null)
        {
            Assert.Skip("../shared/corpus/seeds is not present in this checkout");
        }
        _server.Responder = _ => ScriptedReply.Error(500);
        var offline = await Harness(llm: false).RunAsync(seeds);

        var harness = Harness();
        var result = await harness.Runner.RunAsync(
            new FactPipeline.Core.Pipeline.RunRequest([seeds], null),
            cancellationToken: TestContext.Current.CancellationToken);

        result.NothingProcessed.ShouldBeFalse();
        var llm = result.Report.Llm.ShouldNotBeNull();
        llm.Unavailable.ShouldBeTrue();
        llm.Usage.UnavailableReasons.ShouldNotBeEmpty();
        result.Report.Findings.Select(f => (f.Id, f.Severity)).ShouldBe(offline.Report.Findings.Select(f => (f.Id, f.Severity)));
        // The breaker opens after a few failures: the dead endpoint is not asked once per article and attempt.
        _server.Requests.Count.ShouldBeLessThan(5 * 3);
    }

    [Fact(Timeout = 120_000)]
    public async Task Cli_SeedsAgainstEndpointAnswering500_ExitsZeroAndSaysLlmUnavailable()
    {
        var seeds = RepoPaths.Seeds;
        if (seeds is null)
        {
            Assert.Skip("../shared/corpus/seeds is not present in this checkout");
        }
        _server.Responder = _ => ScriptedReply.Error(500);
        using var temp = new TempDirectory();
        var settings = new Dictionary<string, string?> { ["Llm:Resilience:RetryBaseDelay"] = "00:00:00.050" };

        var (exitCode, printed, errors) = await CliRunner.RunAsync(temp.Path, settings,
            ["run", seeds, "--out", temp.File("out"), "--db", temp.File("cli.db"), "--llm-endpoint", _server.BaseUrl.ToString(), "--llm-model", "any"],
            TestContext.Current.CancellationToken);

        exitCode.ShouldBe(0, errors);
        printed.ShouldContain("LLM unavailable");
        printed.ShouldContain("minor");
    }
}
