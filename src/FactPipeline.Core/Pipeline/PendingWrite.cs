using FactPipeline.Core.Fetching;
using FactPipeline.Core.Model;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// One input's write, decided and waiting for its batch: a problem recorded, an article linked, or an article saved
/// with its claims and statements.
/// </summary>
/// <param name="Source">The source as given this time (what progress reports).</param>
/// <param name="Fetched">Saved once the batch is committed: only then may a later 304 point at the article.</param>
internal sealed record PendingWrite(string Source, Func<IFactBatch, CancellationToken, Task> Write, InputProblem? Problem = null, FetchState? Fetched = null)
{
    /// <summary>A local document and the article it became: remembered once the batch is committed, so a rerun over the same bytes links it unread.</summary>
    public DocumentArticle? Document { get; init; }

    /// <summary>The input that listed the item (feed, sitemap, folder), for the run's per-source counts.</summary>
    public string? Origin { get; init; }

    /// <summary>What the run's processing log records for the item.</summary>
    public RunItemOutcome Outcome { get; init; } = RunItemOutcome.Read;

    /// <summary>The article saved or linked; null for a problem.</summary>
    public string? ArticleId { get; init; }

    public RunItem ToItem(DateTimeOffset finishedAt) =>
        new(Source, Origin ?? Source, Outcome, Problem?.Reason, ArticleId, RunWorker.Name, finishedAt);

    public static PendingWrite Of(InputProblem problem) =>
        new(problem.Source, (batch, ct) => batch.RecordProblemAsync(problem, ct), problem) { Outcome = RunItemOutcome.Failed };

    public static PendingWrite Link(string articleId, string source, FetchState? fetched = null) =>
        new(source, (batch, ct) => batch.LinkArticleAsync(articleId, source, ct), Fetched: fetched) { ArticleId = articleId };

    public static PendingWrite Save(Article article, IReadOnlyList<Claim> claims, IReadOnlyList<Statement> statements, string version, FetchState? fetched = null) =>
        new(article.Source, (batch, ct) => batch.SaveArticleAsync(article, claims, statements, version, ct), Fetched: fetched) { ArticleId = article.Id };
}
