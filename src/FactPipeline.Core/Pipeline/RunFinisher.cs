using FactPipeline.Core.Llm;
using FactPipeline.Core.Model;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries;
using FactPipeline.Core.Summaries.Llm;
using Microsoft.Extensions.Logging;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// A run's steps after its articles are stored: cross-check → explain → silent corrections → store findings → track them for the desk →
/// summarise → report, and the run's totals in its history. The same for a run in one process
/// (<see cref="PipelineRunner"/>) and for a run fanned out as jobs (<see cref="FannedOutRun"/>, in its final job).
/// </summary>
public sealed class RunFinisher(
    FindingsReuse findingsReuse,
    CrossCheckStep crossCheck,
    CorrectionStep corrections,
    ExplainStep explain,
    TrackStep track,
    SummariseStep summarise,
    ReportStep reportStep,
    IFactStore store,
    IRunLedger ledger,
    ILlmClient llm,
    ILlmRunMonitor llmMonitor,
    TimeProvider time,
    ILogger<RunFinisher> logger)
{
    /// <param name="storyOf">The story profile made when an article was read in this process, or null to profile it again.</param>
    /// <param name="completes">
    /// The run is complete when this returns (one process); false for a run over workers, which its final step's own
    /// bookkeeping completes after the work that follows (the nightly digest), so nobody reads it as done too early.
    /// </param>
    internal async Task<FinishedRun> FinishAsync(
        RunRequest request, RunRecord run, IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims,
        Func<Article, StoryProfile?> storyOf, LlmClaimStats llmStats, CancellationToken cancellationToken, bool completes = true)
    {
        var (checkKey, stored) = await StepTrace.RunAsync("reuse-findings", () => findingsReuse.FindAsync(articles, claims, cancellationToken), time, logger);
        var findings = stored ?? await CheckAndExplainAsync(articles, claims, storyOf, cancellationToken);
        // Silent corrections: a source read before at another version, with a figure changed (its old claims join the run's).
        (findings, claims) = await StepTrace.RunAsync("corrections", () => corrections.AddAsync(articles, claims, findings, cancellationToken), time, logger);
        var completed = time.GetUtcNow();
        await store.CompleteRunAsync(run.Id, findings, completed, cancellationToken);
        await StepTrace.RunAsync("track", async () =>
        {
            await track.TrackAsync(run.Id, completed, articles, claims, findings, cancellationToken);
            return true;
        }, time, logger);
        if (stored is null && checkKey is not null)
        {
            await findingsReuse.SaveAsync(checkKey, findings, cancellationToken);
        }
        SummaryRunResult? summaries = summarise.IsEnabled
            ? await StepTrace.RunAsync("summarise", () => summarise.SummariseAsync(articles, claims, findings, cancellationToken), time, logger)
            : null;
        var usage = llm.IsEnabled ? await llmMonitor.EndRunAsync(cancellationToken) : null;
        var (report, files) = await StepTrace.RunAsync("report",
            () => reportStep.WriteAsync(request, run, articles, claims, findings, summaries, usage, llmStats, cancellationToken), time, logger);
        var totals = new RunTotals(articles.Count, claims.Count, findings.Count, usage?.Calls ?? 0, usage?.TotalTokens ?? 0, usage?.EstimatedCostUsd ?? 0m);
        await ledger.SetStatusAsync(run.Id, completes ? RunStatus.Completed : RunStatus.Finishing, time.GetUtcNow(), totals, cancellationToken: cancellationToken);
        return new FinishedRun(report, files, findings, stored is not null);
    }

    private async Task<IReadOnlyList<Finding>> CheckAndExplainAsync(
        IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, Func<Article, StoryProfile?> storyOf, CancellationToken cancellationToken)
    {
        var matched = await StepTrace.RunAsync("cross-check", () => crossCheck.CheckAsync(articles, claims, storyOf, cancellationToken), time, logger);
        return StepTrace.Run("explain", () => explain.Explain(matched, claims), time, logger);
    }
}

/// <param name="FindingsReused">The findings of an earlier cross-check over exactly these inputs were loaded, not checked again.</param>
internal sealed record FinishedRun(RunReport Report, IReadOnlyList<string> Files, IReadOnlyList<Finding> Findings, bool FindingsReused);
