using FactPipeline.Core.Model;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries;
using FactPipeline.Core.Summaries.Llm;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Pipeline;

/// <summary>Step 8, report: the run's report from the store and the steps' results, and its files (report.json, Markdown, digests).</summary>
public sealed class ReportStep(IFactStore store, ReportWriter reportWriter, IOptions<LlmOptions> llmOptions)
{
    /// <param name="usage">The LLM's usage in this run; null when no LLM is configured.</param>
    internal async Task<(RunReport Report, IReadOnlyList<string> Files)> WriteAsync(
        RunRequest request, RunRecord run, IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, IReadOnlyList<Finding> findings,
        SummaryRunResult? summaries, LlmRunUsage? usage, LlmClaimStats llmStats, CancellationToken cancellationToken)
    {
        var problems = await store.LoadProblemsAsync(run.Id, cancellationToken);
        var statements = await store.LoadStatementsAsync(articles.Select(a => a.Id).ToArray(), cancellationToken);
        var llmSummary = usage is null ? null : new LlmRunSummary(usage, llmStats.Rejections, llmStats.Fallbacks, llmStats.Augmented)
        {
            Summaries = summaries?.Counts,
        };
        var report = new RunReport(run.Id, run.StartedAt, request.Inputs, articles, claims, findings, problems)
        {
            Statements = statements,
            Llm = llmSummary,
            Summaries = (summaries ?? SummaryRunResult.None).Summaries,
            SummaryModel = summaries is null ? null : llmOptions.Value.Model,
        };
        var files = request.OutputDirectory is null
            ? []
            : await reportWriter.WriteAsync(report, request.OutputDirectory, request.ShowPossible, cancellationToken);
        return (report, files);
    }
}
