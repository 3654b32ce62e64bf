using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Pipeline.Llm;
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
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        using var stop = new CancellationTokenSource();
        var serving = Serve(listener, stop.Token);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DatabasePath"] = Path.Combine(folder, "cost.db"),
                ["Llm:Provider"] = "OpenAICompatible",
                ["Llm:Model"] = Model,
                ["Llm:Endpoint"] = $"http://127.0.0.1:{port}/v1",
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
            await stop.CancelAsync();
            listener.Stop();
            try
            {
                await serving;
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
            {
                // stopping the listener ends the accept loop
            }
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task Serve(HttpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var context = await listener.GetContextAsync();
            _ = Task.Run(() => Answer(context), cancellationToken);
        }
    }

    private static async Task Answer(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var request = JsonNode.Parse(await reader.ReadToEndAsync())!;
        var sent = string.Concat(request["messages"]!.AsArray().Select(m => m?["content"]?.ToString() ?? ""));
        var promptTokens = LlmTokenizer.Count(request["model"]?.ToString(), sent);
        var (content, completionTokens) = sent.Contains("short news summaries", StringComparison.Ordinal)
            ? (Summary(sent), SummaryAnswerTokens)
            : sent.Contains("same_fact", StringComparison.Ordinal)
                ? ("""{"pairs":[]}""", MatchingAnswerTokens)
                : ("""{"claims":[]}""", ClaimsAnswerTokens);
        var body = new JsonObject
        {
            ["id"] = "chatcmpl-cost",
            ["object"] = "chat.completion",
            ["created"] = 1_767_225_600,
            ["model"] = request["model"]?.ToString(),
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
            },
        }.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
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

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
