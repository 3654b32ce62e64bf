using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>What a run tells its log: start and finish with its counts at Information, each step's time at Debug.</summary>
public sealed class PipelineRunnerLoggingTests : IDisposable
{
    private readonly RecordingLogger<PipelineRunner> _log = new();
    private readonly RecordingLogger<RunFinisher> _finisherLog = new();
    private readonly PipelineHarness _harness;

    public PipelineRunnerLoggingTests() =>
        _harness = new PipelineHarness(configure: s => s
            .AddSingleton<ILogger<PipelineRunner>>(_log)
            .AddSingleton<ILogger<RunFinisher>>(_finisherLog));

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Run_Samples_LogsStartFinishWithTheReportsCountsAndEachStep()
    {
        var result = await _harness.RunAsync(RepoPaths.Samples);

        var report = result.Report;
        var information = _log.Entries.Where(e => e.Level == LogLevel.Information).Select(e => e.Message).ToArray();
        information.Length.ShouldBe(2);
        information[0].ShouldBe($"Run {report.RunId} started: 1 inputs (resumed: False)");
        information[1].ShouldBe(
            $"Run {report.RunId} finished: {report.Articles.Count} articles (0 reused), {report.Claims.Count} claims, {report.Findings.Count} findings, 0 problems (findings reused: False) "
            + $"in {result.Elapsed.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)} s");
        // The runner times reading and loading; the finisher (shared with runs over workers) the steps after.
        var steps = _log.Entries.Concat(_finisherLog.Entries).Where(e => e.Level == LogLevel.Debug).Select(e => e.Message.Split(' ')[1]).ToArray();
        steps.ShouldBe(["articles", "load", "reuse-findings", "cross-check", "explain", "corrections", "track", "report"]);
    }

    [Fact]
    public async Task Run_AgainOverUnchangedFiles_LogsTheReuse()
    {
        await _harness.RunAsync(RepoPaths.Samples);
        _log.Entries.Clear();

        var result = await _harness.RunAsync(RepoPaths.Samples);

        var finished = _log.Entries.Last(e => e.Level == LogLevel.Information).Message;
        finished.ShouldContain($"{result.Report.Articles.Count} articles ({result.Report.Articles.Count} reused)");
        finished.ShouldEndWith($"(findings reused: True) in {result.Elapsed.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)} s");
    }
}
