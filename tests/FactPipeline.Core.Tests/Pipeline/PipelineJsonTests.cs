using System.Text.Json;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Storage;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>
/// The generated serialisers write the cross-check settings (part of the findings reuse key) and a run's LLM usage
/// (llm_runs.usage_json) exactly as the reflection serialiser did: keys of stored findings still match, stored usage
/// still reads back.
/// </summary>
public sealed class PipelineJsonTests
{
    [Fact]
    public void Serialize_CrossCheckOptions_SameTextAsReflection()
    {
        var changed = new CrossCheckOptions { MaxRatio = 2.5, MinContextOverlap = 0.1, MinSharedStoryNames = 4, HedgeSlack = 0.125 };

        foreach (var options in new[] { new CrossCheckOptions(), changed })
        {
            JsonSerializer.Serialize(options, PipelineJson.Default.CrossCheckOptions).ShouldBe(JsonSerializer.Serialize(options));
        }
    }

    [Fact]
    public void Serialize_LlmRunUsage_SameTextAsReflectionWithWebDefaultsAndReadsBack()
    {
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var usage = new LlmRunUsage(
            "run-1", 3, 1, 1200, 340, 0.0123m,
            new Dictionary<string, LlmUsageLine> { ["ExtractClaims"] = new(2, 1, 1000, 300, 0.01m), ["요약"] = new(1, 0, 200, 40, 0.0023m) },
            new Dictionary<string, LlmUsageLine> { ["a1"] = new(3, 1, 1200, 340, 0.0123m) },
            new Dictionary<string, int> { ["HTTP 503 after 3 attempts"] = 2 },
            true);

        foreach (var value in new[] { usage, LlmRunUsage.Empty(null) })
        {
            var generated = JsonSerializer.Serialize(value, LlmStoreJson.Default.LlmRunUsage);
            generated.ShouldBe(JsonSerializer.Serialize(value, web));
            var read = JsonSerializer.Deserialize(generated, LlmStoreJson.Default.LlmRunUsage).ShouldNotBeNull();
            JsonSerializer.Serialize(read, web).ShouldBe(generated);
        }
        // Names in any case and numbers written as strings were read before (web defaults), and are read alike.
        const string Loose = """{"RunId":"r","calls":"4","promptTokens":"10","estimatedCostUsd":"0.5","byStage":{},"byArticle":{},"unavailableReasons":{"x":"2"},"budgetExhausted":false}""";
        var loose = JsonSerializer.Deserialize(Loose, LlmStoreJson.Default.LlmRunUsage).ShouldNotBeNull();
        JsonSerializer.Serialize(loose, web).ShouldBe(JsonSerializer.Serialize(JsonSerializer.Deserialize<LlmRunUsage>(Loose, web), web));
        loose.Calls.ShouldBe(4);
    }
}
