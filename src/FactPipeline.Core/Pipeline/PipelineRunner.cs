using FactPipeline.Core.Model;
using FactPipeline.Core.Pipeline.Llm;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries;
using FactPipeline.Core.Summaries.Llm;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Runs the pipeline as a sequence of steps: read → extract → claims → store (<see cref="ArticleFlow"/>, every article,
/// prepared on every core and written in batches in input order) → cross-check → explain → store findings →
/// summarise → report. An article already stored under the same claims version is linked, not processed again, so
/// a killed run resumes where it stopped.
/// </summary>
public sealed class PipelineRunner(
    ArticleFlow articleFlow,
    CrossCheckStep crossCheck,
    ExplainStep explain,
    SummariseStep summarise,
    ReportStep reportStep,
    IFactStore store,
    ILlmClient llm,
    ILlmRunMonitor llmMonitor,
    TimeProvider time)
{
    public async Task<RunResult> RunAsync(RunRequest request, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await articleFlow.InitializeAsync(cancellationToken);
        var run = await store.StartRunAsync(request.Inputs, time.GetUtcNow(), cancellationToken);
        await llmMonitor.BeginRunAsync(run.Id, cancellationToken);
        var state = await articleFlow.RunAsync(run.Id, request.Inputs, progress, cancellationToken);

        var articles = await store.LoadRunArticlesAsync(run.Id, cancellationToken);
        var claims = await store.LoadClaimsAsync(articles.Select(a => a.Id).ToArray(), cancellationToken);
        var matched = await crossCheck.CheckAsync(articles, claims, state.StoryOf, cancellationToken);
        var findings = explain.Explain(matched, claims);
        await store.CompleteRunAsync(run.Id, findings, time.GetUtcNow(), cancellationToken);
        SummaryRunResult? summaries = summarise.IsEnabled ? await summarise.SummariseAsync(articles, claims, findings, cancellationToken) : null;
        var usage = llm.IsEnabled ? await llmMonitor.EndRunAsync(cancellationToken) : null;
        var (report, files) = await reportStep.WriteAsync(request, run, articles, claims, findings, summaries, usage, state.LlmStats, cancellationToken);
        return new RunResult(report, run.Resumed, state.Reused, files);
    }
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
    /// <summary>True when nothing at all could be processed: the only case the CLI exits non-zero.</summary>
    public bool NothingProcessed => Report.Articles.Count == 0;
}
