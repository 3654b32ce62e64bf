using FactPipeline.Core.Model;
using FactPipeline.Core.Summaries.Llm;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Step 7, summarise: per article, a summary by the LLM with every figure checked against the article; nothing
/// when no LLM is configured. Answers are cached, so a re-run is as idempotent as the other steps.
/// </summary>
public sealed class SummariseStep(IArticleSummarizer summarizer)
{
    public bool IsEnabled => summarizer.IsEnabled;

    public Task<SummaryRunResult> SummariseAsync(
        IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, IReadOnlyList<Finding> findings, CancellationToken cancellationToken) =>
        summarizer.IsEnabled
            ? summarizer.SummarizeAsync(articles, claims, findings, cancellationToken)
            : Task.FromResult(SummaryRunResult.None);
}
