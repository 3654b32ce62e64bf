using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FactPipeline.Core.Common;

/// <summary>
/// Traces and metrics of a run through System.Diagnostics: one activity per run and per step, counters of articles,
/// claims, findings and LLM tokens. Core only emits; a host decides whether anything listens (the CLI exports
/// over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set). With no listener, starting an activity returns null and
/// adding to a counter does nothing, so an offline run pays next to nothing.
/// </summary>
public static class PipelineTelemetry
{
    /// <summary>The ActivitySource and Meter name a host subscribes to.</summary>
    public const string Name = "FactPipeline";

    public const string RunActivity = "factpipeline.run";
    public const string StepActivityPrefix = "factpipeline.step.";

    public static readonly ActivitySource Source = new(Name, typeof(PipelineTelemetry).Assembly.GetName().Version?.ToString());

    private static readonly Meter Meter = new(Name, typeof(PipelineTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Counter<long> Articles = Meter.CreateCounter<long>("factpipeline.articles", "{article}", "Articles in a finished run's report.");
    public static readonly Counter<long> Claims = Meter.CreateCounter<long>("factpipeline.claims", "{claim}", "Claims of a finished run's articles.");
    public static readonly Counter<long> Findings = Meter.CreateCounter<long>("factpipeline.findings", "{finding}", "Findings of a finished run, by severity.");
    public static readonly Counter<long> Problems = Meter.CreateCounter<long>("factpipeline.problems", "{problem}", "Inputs a finished run could not use.");

    /// <summary>Tokens the LLM endpoint billed (or we counted, when it reported none), by gen_ai.token.type input or output.</summary>
    public static readonly Counter<long> LlmTokens = Meter.CreateCounter<long>("factpipeline.llm.tokens", "{token}", "LLM tokens per call, prompt (input) and completion (output).");

    /// <summary>One activity around a whole run; the steps' activities become its children.</summary>
    public static Activity? StartRun(int inputs) =>
        Source.StartActivity(RunActivity)?.SetTag("factpipeline.inputs", inputs);

    /// <summary>One activity per step of a run: read, cross-check, explain, summarise, report.</summary>
    public static Activity? StartStep(string step) => Source.StartActivity(StepActivityPrefix + step);

    /// <summary>What a finished run reports; findings by severity ("conflict", "minor", ...).</summary>
    public static void RecordRun(int articles, int claims, int problems, IEnumerable<(string Severity, int Count)> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Articles.Add(articles);
        Claims.Add(claims);
        Problems.Add(problems);
        foreach (var (severity, count) in findings)
        {
            Findings.Add(count, new KeyValuePair<string, object?>("factpipeline.severity", severity));
        }
    }

    public static void RecordLlmTokens(string stage, int promptTokens, int completionTokens)
    {
        var stageTag = new KeyValuePair<string, object?>("factpipeline.stage", stage);
        if (promptTokens > 0)
        {
            LlmTokens.Add(promptTokens, new KeyValuePair<string, object?>("gen_ai.token.type", "input"), stageTag);
        }
        if (completionTokens > 0)
        {
            LlmTokens.Add(completionTokens, new KeyValuePair<string, object?>("gen_ai.token.type", "output"), stageTag);
        }
    }
}
