using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Llm;
using FactPipeline.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Bench;

/// <summary>
/// Tokens and calls per stage for the cost table in the README: the whole pipeline with an LLM configured, the
/// real Semantic Kernel connector talking to an OpenAI-compatible server on 127.0.0.1. Prompt tokens are
/// measured: the server counts the messages the connector sent with gpt-4o-mini's tokenizer (o200k_base, via
/// <see cref="LlmTokenizer"/>), without the chat format's few tokens per message. Completion tokens are estimated:
/// no model runs here, so each answer gets a fixed size, printed with the result.
/// </summary>
internal static partial class LlmCostBench
{
    /// <summary>The model the prices below are for; its tokenizer counts the prompts.</summary>
    private const string Model = "gpt-4o-mini";

    private const int ClaimsAnswerTokens = 350;
    private const int MatchingAnswerTokens = 350;
    private const int SummaryAnswerTokens = 250;

    public static async Task<int> Run(IReadOnlyList<string> inputs)
    {
        if (inputs.Count == 0)
        {
            inputs = new[] { "../shared/corpus/seeds", "samples" }.Where(Directory.Exists).ToArray();
        }
        var folder = Path.Combine(Path.GetTempPath(), "factpipeline-llmcost", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using var server = await ScriptedOpenAiServer.StartAsync();
        server.Responder = Answer;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DatabasePath"] = Path.Combine(folder, "cost.db"),
                ["Llm:Provider"] = "OpenAICompatible",
                ["Llm:Model"] = Model,
                ["Llm:Endpoint"] = server.BaseUrl.ToString(),
                ["Llm:PromptsDirectory"] = Path.GetFullPath("prompts"),
            }).Build();
            await using var services = new ServiceCollection().AddFactPipeline(configuration).BuildServiceProvider();
            var result = await services.GetRequiredService<PipelineRunner>().RunAsync(new RunRequest(inputs, Path.Combine(folder, "out")));
            var usage = result.Report.Llm?.Usage ?? throw new InvalidOperationException("the run used no LLM");
            Console.WriteLine($"inputs: {string.Join(", ", inputs)}; {result.Report.Articles.Count} articles, {result.Report.Claims.Count} claims");
            Console.WriteLine($"prompt tokens: measured with {LlmTokenizer.EncodingFor(Model)} ({Model}); completion tokens: estimated, per answer: claims {ClaimsAnswerTokens}, matching {MatchingAnswerTokens}, summaries {SummaryAnswerTokens}");
            Console.WriteLine("| stage | calls | prompt tokens | completion tokens |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var (stage, line) in usage.ByStage.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(FormattableString.Invariant($"| {stage} | {line.Calls} | {line.PromptTokens:N0} | {line.CompletionTokens:N0} |"));
            }
            Console.WriteLine(FormattableString.Invariant($"| **{result.Report.Articles.Count} articles** | **{usage.Calls}** | **{usage.PromptTokens:N0}** | **{usage.CompletionTokens:N0}** |"));
            var per100 = 100m / result.Report.Articles.Count;
            foreach (var (model, input, output) in new[] { ("gpt-4o-mini", 0.15m, 0.60m), ("gpt-4o", 2.50m, 10.00m) })
            {
                var cost = (usage.PromptTokens * input + usage.CompletionTokens * output) / 1_000_000m * per100;
                Console.WriteLine(FormattableString.Invariant($"per 100 articles with {model} (${input}/${output} per M): {usage.Calls * per100:N0} calls, ${cost:N2}"));
            }
            Console.WriteLine(result.Report.Llm!.Describe());
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The answer to one request: empty claims or pairs, or a summary, with its usage figures.</summary>
    private static ScriptedReply Answer(ChatRequest request)
    {
        var sent = string.Concat(request.Messages.Select(m => m.Content));
        var promptTokens = LlmTokenizer.Count(request.Model, sent);
        var (content, completionTokens) = sent.Contains("short news summaries", StringComparison.Ordinal)
            ? (Summary(sent), SummaryAnswerTokens)
            : sent.Contains("same_fact", StringComparison.Ordinal)
                ? ("""{"pairs":[]}""", MatchingAnswerTokens)
                : ("""{"claims":[]}""", ClaimsAnswerTokens);
        return ScriptedReply.Json(content, promptTokens: promptTokens, completionTokens: completionTokens);
    }

    /// <summary>A summary that carries the required figures as listed, so the run makes no regeneration calls.</summary>
    private static string Summary(string prompt)
    {
        var required = RequiredSection().Match(prompt).Groups[1].Value
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal))
            .Select(l => l[2..]);
        var titleFigures = TitleFigure().Matches(prompt).Select(m => m.Groups[1].Value);
        return JsonSerializer.Serialize(new
        {
            title = "Title " + string.Join(", ", titleFigures),
            summary = "Summary. " + string.Join(", ", required),
        });
    }

    [GeneratedRegex(@"Figures the summary must include:\n(.*?)\n\s*\nNames:", RegexOptions.Singleline)]
    private static partial Regex RequiredSection();

    [GeneratedRegex("""^- (.+?) \(title: "[^"]*"\)$""", RegexOptions.Multiline)]
    private static partial Regex TitleFigure();
}
