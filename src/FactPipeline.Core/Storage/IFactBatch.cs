using FactPipeline.Core.Model;

namespace FactPipeline.Core.Storage;

/// <summary>
/// Writes of many articles to one run in one transaction (<see cref="IFactStore.BeginBatchAsync"/>): a run stores
/// thousands of articles, and one transaction each costs more than the writes. Nothing is visible to other
/// connections, nor durable, before <see cref="CommitAsync"/>; disposing without committing rolls everything back,
/// so a killed run loses at most the batch, which its re-run redoes. Other connections cannot write while a batch
/// is open (SQLite has one writer): finish LLM calls and fetch-state writes before beginning one.
/// </summary>
public interface IFactBatch : IAsyncDisposable
{
    /// <summary>As <see cref="IFactStore.SaveArticleAsync(string, Article, IReadOnlyList{Claim}, IReadOnlyList{Statement}, string, CancellationToken)"/>.</summary>
    Task SaveArticleAsync(Article article, IReadOnlyList<Claim> claims, IReadOnlyList<Statement> statements, string extractorVersion, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="IFactStore.LinkArticleAsync"/>.</summary>
    Task LinkArticleAsync(string articleId, string source, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="IFactStore.RecordProblemAsync"/>.</summary>
    Task RecordProblemAsync(InputProblem problem, CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);
}
