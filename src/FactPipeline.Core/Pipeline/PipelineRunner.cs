using FactPipeline.Core.Common;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Model;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries.Llm;
using FactPipeline.Core.Summaries;
using Microsoft.Extensions.Logging;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Runs the pipeline in one process as a sequence of steps: read → extract → claims → store (<see cref="ArticleFlow"/>,
/// every article, prepared on every core and written in batches in input order), then <see cref="RunFinisher"/>:
/// cross-check → explain → store findings → track them for the desk (decisions carried over, changes recorded) →
/// summarise → report. An article already stored under the same claims version is linked, not processed again, so
/// a killed run resumes where it stopped; a local file already read is not even read again, and a cross-check over
/// exactly the inputs of an earlier one loads its findings (<see cref="FindingsReuse"/>).
/// </summary>
public sealed partial class PipelineRunner(
    ArticleFlow articleFlow,
    RunFinisher finisher,
    IFactStore store,
    IRunLedger ledger,
    ILlmRunMonitor llmMonitor,
    TimeProvider time,
    ILogger<PipelineRunner> logger)
{
    public async Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var runActivity = PipelineTelemetry.StartRun(request.Inputs.Count);
        var runStarted = time.GetTimestamp();
        await articleFlow.InitializeAsync(cancellationToken);
        var run = await store.StartRunAsync(request.Inputs, time.GetUtcNow(), cancellationToken);
        await ledger.BeginAsync(run.Id, RunTrigger.Manual, run.StartedAt, cancellationToken);
        await llmMonitor.BeginRunAsync(run.Id, cancellationToken);
        LogStarted(run.Id, request.Inputs.Count, run.Resumed);
        try
        {
            // Read, extract, claims and store interleave article by article: one traced step for the four.
            var state = await StepTrace.RunAsync("articles", () => articleFlow.RunAsync(run.Id, request.Inputs, progress, cancellationToken), time, logger);
            var (articles, claims) = await StepTrace.RunAsync("load", async () =>
            {
                // A run that saved every article itself holds them as the store would give them back: not read again.
                if (!run.Resumed && state.SavedArticles is { } saved)
                {
                    return store.InLoadOrder(saved);
                }
                var loaded = await store.LoadRunArticlesAsync(run.Id, cancellationToken);
                return (loaded, await store.LoadClaimsAsync(loaded.Select(a => a.Id).ToArray(), cancellationToken));
            }, time, logger);
            var finished = await finisher.FinishAsync(request, run, articles, claims, state.StoryOf, state.LlmStats, cancellationToken);
            var report = finished.Report;
            PipelineTelemetry.RecordRun(articles.Count, claims.Count, report.Problems.Count,
                finished.Findings.GroupBy(f => f.Severity).Select(g => (g.Key.ToString().ToLowerInvariant(), g.Count())));
            runActivity?.SetTag("factpipeline.articles", articles.Count).SetTag("factpipeline.findings", finished.Findings.Count);
            var elapsed = time.GetElapsedTime(runStarted);
            LogFinished(run.Id, articles.Count, state.Reused, claims.Count, finished.Findings.Count, report.Problems.Count, finished.FindingsReused, elapsed.TotalSeconds);
            return new RunResult(report, run.Resumed, state.Reused, finished.Files) { Elapsed = elapsed };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A cancelled run is resumable and stays "running"; one that broke says why in its history.
            await ledger.SetStatusAsync(run.Id, RunStatus.Failed, time.GetUtcNow(), error: e.Message, cancellationToken: CancellationToken.None);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} started: {Inputs} inputs (resumed: {Resumed})")]
    private partial void LogStarted(string runId, int inputs, bool resumed);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Run {RunId} finished: {Articles} articles ({Reused} reused), {Claims} claims, {Findings} findings, {Problems} problems (findings reused: {FindingsReused}) in {Seconds:F2} s")]
    private partial void LogFinished(string runId, int articles, int reused, int claims, int findings, int problems, bool findingsReused, double seconds);
}

public sealed record RunRequest(IReadOnlyList<string> Inputs, string? OutputDirectory)
{
    /// <summary>
    /// List the possible matches (<see cref="Severity.Possible"/>) in the Markdown reports and digests, in a section of
    /// their own. report.json lists them either way.
    /// </summary>
    public bool ShowPossible { get; init; }
}

/// <param name="Processed">Articles processed so far in this run.</param>
public sealed record RunProgress(string Source, int Processed, InputProblem? Problem = null);

/// <param name="ReusedArticles">Articles whose stored claims were reused instead of extracted again.</param>
public sealed record RunResult(RunReport Report, bool Resumed, int ReusedArticles, IReadOnlyList<string> Files)
{
    /// <summary>
    /// From the start of <see cref="PipelineRunner.RunAsync"/> to its report files written: the run alone, without
    /// the process start and host building before it.
    /// </summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>True when nothing at all could be processed: the only case the CLI exits non-zero.</summary>
    public bool NothingProcessed => Report.Articles.Count == 0;
}
