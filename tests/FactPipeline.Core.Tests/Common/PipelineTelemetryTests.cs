using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using FactPipeline.Core.Common;
using FactPipeline.Core.Model;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Tests.Llm;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Common;

/// <summary>
/// A run emits one activity per run and step, and counts articles, claims, findings and LLM tokens. Other tests
/// run in parallel, so every test starts a parent activity of its own and keeps only what happened under it.
/// </summary>
public sealed class PipelineTelemetryTests : IDisposable
{
    private static readonly ActivitySource TestSource = new("FactPipeline.Tests.Telemetry");

    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();
    private Activity? _parent;
    private readonly PipelineHarness _harness = new();

    public PipelineTelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is PipelineTelemetry.Name or "FactPipeline.Tests.Telemetry",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => _activities.Enqueue(a),
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PipelineTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            // A measurement carries no trace, but it is taken inside the run: the ambient activity tells whose it is.
            if (_parent is { } parent && Activity.Current?.TraceId == parent.TraceId)
            {
                _measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
        _meterListener.Start();
    }

    /// <summary>The test's own parent activity, started in the test method so the ambient context flows into the run.</summary>
    private Activity Begin() => _parent = TestSource.StartActivity("test")!;

    public void Dispose()
    {
        _parent?.Dispose();
        _meterListener.Dispose();
        _activityListener.Dispose();
        _harness.Dispose();
    }

    private Activity[] Ours => _activities.Where(a => a.TraceId == _parent!.TraceId && a.Source.Name == PipelineTelemetry.Name).ToArray();

    private long Sum(string instrument, string? tag = null, object? value = null) =>
        _measurements.Where(m => m.Instrument == instrument && (tag is null || Equals(m.Tags.GetValueOrDefault(tag), value))).Sum(m => m.Value);

    [Fact]
    public async Task Run_Samples_OneRunActivityWithEachStepAsChild()
    {
        using var parent = Begin();

        await _harness.RunAsync(RepoPaths.Samples);

        var run = Ours.Where(a => a.OperationName == PipelineTelemetry.RunActivity).ShouldHaveSingleItem();
        run.ParentSpanId.ShouldBe(parent.SpanId);
        var steps = Ours.Where(a => a.ParentSpanId == run.SpanId).Select(a => a.OperationName).ToArray();
        steps.ShouldBe(
            // A first run: nothing to reuse, so the findings are looked for, then checked and explained.
            new[] { "articles", "load", "reuse-findings", "cross-check", "explain", "corrections", "track", "report" }.Select(s => PipelineTelemetry.StepActivityPrefix + s),
            ignoreOrder: true); // no "summarise" offline: the summarizer is off without a model
        run.GetTagItem("factpipeline.articles").ShouldBe(7);
    }

    [Fact]
    public async Task Run_Samples_CountsArticlesClaimsAndFindingsAsReported()
    {
        using var parent = Begin();

        var result = await _harness.RunAsync(RepoPaths.Samples);

        var report = result.Report;
        Sum("factpipeline.articles").ShouldBe(report.Articles.Count);
        Sum("factpipeline.claims").ShouldBe(report.Claims.Count);
        Sum("factpipeline.findings").ShouldBe(report.Findings.Count);
        Sum("factpipeline.findings", "factpipeline.severity", "minor").ShouldBe(report.Findings.Count(f => f.Severity == Severity.Minor));
        Sum("factpipeline.problems").ShouldBe(report.Problems.Count);
    }

    [Fact]
    public async Task CompleteAsync_ServerReportsUsage_CountsInputAndOutputTokens()
    {
        await using var llm = await LlmHarness.StartAsync(_harness.Temp.File("llm.db"));
        llm.Server.Enqueue(ScriptedReply.Json("""{"pong":"halo"}""", promptTokens: 1200, completionTokens: 300));
        using var parent = Begin();

        var answer = await llm.PingAsync("halo", stage: "claims");

        answer.Outcome.ShouldBe(LlmOutcome.Ok, answer.Reason);
        Sum("factpipeline.llm.tokens", "gen_ai.token.type", "input").ShouldBe(1200);
        Sum("factpipeline.llm.tokens", "gen_ai.token.type", "output").ShouldBe(300);
        _measurements.ShouldAllBe(m => m.Instrument != "factpipeline.llm.tokens" || Equals(m.Tags["factpipeline.stage"], "claims"));
    }
}
