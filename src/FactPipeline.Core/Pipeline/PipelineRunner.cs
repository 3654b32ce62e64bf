using FactPipeline.Core.Common;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Model;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries.Llm;
using FactPipeline.Core.Summaries;
using Microsoft.Extensions.Logging;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Runs the pipeline as a sequence of steps: read → extract → claims → store (<see cref="ArticleFlow"/>, every article,
/// prepared on every core and written in batches in input order) → cross-check → explain → store findings →
/// track them for the desk (decisions carried over, changes recorded) → summarise → report. An article already stored under the same claims version is linked, not processed again, so
/// a killed run resumes where it stopped; a local file already read is not even read again, and a cross-check over
/// exactly the inputs of an earlier one loads its findings (<see cref="FindingsReuse"/>).
/// </summary>
public sealed partial class PipelineRunner(
    ArticleFlow articleFlow,
    FindingsReuse findingsReuse,
    CrossCheckStep crossCheck,
    CorrectionStep corrections,
    ExplainStep explain,
    TrackStep track,
    SummariseStep summarise,
    ReportStep reportStep,
    IFactStore store,
    ILlmClient llm,
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
        await llmMonitor.BeginRunAsync(run.Id, cancellationToken);
        LogStarted(run.Id, request.Inputs.Count, run.Resumed);
        // Read, extract, claims and store interleave article by article: one traced step for the four.
        var state = await TracedAsync("articles", () => articleFlow.RunAsync(run.Id, request.Inputs, progress, cancellationToken));

        var (articles, claims) = await TracedAsync("load", async () =>
        {
            // A run that saved every article itself holds them as the store would give them back: not read again.
            if (!run.Resumed && state.SavedArticles is { } saved)
            {
                return store.InLoadOrder(saved);
            }
            var loaded = await store.LoadRunArticlesAsync(run.Id, cancellationToken);
            return (loaded, await store.LoadClaimsAsync(loaded.Select(a => a.Id).ToArray(), cancellationToken));
        });
        var (checkKey, stored) = await TracedAsync("reuse-findings", () => findingsReuse.FindAsync(articles, claims, cancellationToken));
        var findings = stored ?? await CheckAndExplainAsync(articles, claims, state, cancellationToken);
        (findings, claims) = await TracedAsync("corrections", () => corrections.AddAsync(articles, claims, findings, cancellationToken));
        var completed = time.GetUtcNow();
        await store.CompleteRunAsync(run.Id, findings, completed, cancellationToken);
        await TracedAsync("track", async () =>
        {
            await track.TrackAsync(run.Id, completed, articles, claims, findings, cancellationToken);
            return true;
        });
        if (stored is null && checkKey is not null)
        {
            await findingsReuse.SaveAsync(checkKey, findings, cancellationToken);
        }
        SummaryRunResult? summaries = summarise.IsEnabled
            ? await TracedAsync("summarise", () => summarise.SummariseAsync(articles, claims, findings, cancellationToken))
            : null;
        var usage = llm.IsEnabled ? await llmMonitor.EndRunAsync(cancellationToken) : null;
        var (report, files) = await TracedAsync("report",
            () => reportStep.WriteAsync(request, run, articles, claims, findings, summaries, usage, state.LlmStats, cancellationToken));
        PipelineTelemetry.RecordRun(articles.Count, claims.Count, report.Problems.Count,
            findings.GroupBy(f => f.Severity).Select(g => (g.Key.ToString().ToLowerInvariant(), g.Count())));
        runActivity?.SetTag("factpipeline.articles", articles.Count).SetTag("factpipeline.findings", findings.Count);
        var elapsed = time.GetElapsedTime(runStarted);
        LogFinished(run.Id, articles.Count, state.Reused, claims.Count, findings.Count, report.Problems.Count, stored is not null, elapsed.TotalSeconds);
        return new RunResult(report, run.Resumed, state.Reused, files) { Elapsed = elapsed };
    }

    private async Task<IReadOnlyList<Finding>> CheckAndExplainAsync(
        IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, ArticleRunState state, CancellationToken cancellationToken)
    {
        var matched = await TracedAsync("cross-check", () => crossCheck.CheckAsync(articles, claims, state.StoryOf, cancellationToken));
        return Traced("explain", () => explain.Explain(matched, claims));
    }

    private T Traced<T>(string step, Func<T> work)
    {
        using var activity = PipelineTelemetry.StartStep(step);
        var started = time.GetTimestamp();
        var result = work();
        LogStep(step, time.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    private async Task<T> TracedAsync<T>(string step, Func<Task<T>> work)
    {
        using var activity = PipelineTelemetry.StartStep(step);
        var started = time.GetTimestamp();
        var result = await work();
        LogStep(step, time.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} started: {Inputs} inputs (resumed: {Resumed})")]
    private partial void LogStarted(string runId, int inputs, bool resumed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Step {Step} took {Milliseconds:F0} ms")]
    private partial void LogStep(string step, double milliseconds);

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
