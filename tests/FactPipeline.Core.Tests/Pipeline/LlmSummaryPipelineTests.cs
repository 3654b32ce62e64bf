using FactPipeline.Core.Summaries.Llm;
using FactPipeline.Core.Tests.Pipeline.Llm;
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

    [Fact]
    public async Task Run_ObedientModel_KeepsEverySummary()
    {
        _server.Responder = r => ObedientSummaryModel.Answer(r);

        var result = await Harness().RunAsync(RepoPaths.Samples);

        var summaries = result.Report.Summaries;
        foreach (var s in summaries.Where(s => !s.IsKept))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{s.ArticleId} {s.Language} {s.Status} added=[{string.Join("; ", s.AddedFigures)}] missing=[{string.Join("; ", s.MissingFigures)}] {s.Problem}");
        }
        summaries.Count.ShouldBe(result.Report.Articles.Count * 2);
        summaries.ShouldAllBe(s => s.Status == SummaryStatus.Kept);
    }
}
