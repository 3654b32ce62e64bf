using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries.Llm;

/// <summary>Writes checked summaries and translated titles of articles, one per article and target language.</summary>
public interface IArticleSummarizer
{
    /// <summary>True when a model is configured and summaries are turned on.</summary>
    bool IsEnabled { get; }

    /// <param name="findings">The run's findings: figures they flag must appear in the article's summary.</param>
    Task<SummaryRunResult> SummarizeAsync(
        IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default);
}

/// <param name="Summaries">One per article and language, in article order then language order.</param>
public sealed record SummaryRunResult(IReadOnlyList<ArticleSummary> Summaries, SummaryCounts Counts)
{
    public static SummaryRunResult None { get; } = new([], new SummaryCounts(0, 0, 0, 0, 0, 0));
}
