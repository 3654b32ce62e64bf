using FactPipeline.Core.Model;
using FactPipeline.Core.Storage;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>
/// A real store that counts the questions asked of it about stored articles and documents, and can claim to hold
/// more articles than it does (what decides when a <c>StoredLookup</c> reads the keys) and hold the reading of
/// the keys until released (to have many callers wait on one read).
/// </summary>
internal sealed class CountingFactStore(IFactStore inner) : IFactStore
{
    private int _hasClaims;
    private int _findDocument;
    private int _loadKeys;

    public int HasClaimsCalls => Volatile.Read(ref _hasClaims);

    public int FindDocumentArticleCalls => Volatile.Read(ref _findDocument);

    public int LoadStoredKeysCalls => Volatile.Read(ref _loadKeys);

    /// <summary>What <see cref="EstimateArticlesAsync"/> answers instead of the inner store's estimate.</summary>
    public long? EstimatedArticles { get; init; }

    /// <summary>When set, reading the keys waits for it.</summary>
    public Task? KeysReleased { get; init; }

    public Task<StoredRun?> LoadRunAsync(string runId, CancellationToken cancellationToken = default) => inner.LoadRunAsync(runId, cancellationToken);

    public Task<bool> HasClaimsAsync(string articleId, string extractorVersion, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _hasClaims);
        return inner.HasClaimsAsync(articleId, extractorVersion, cancellationToken);
    }

    public Task<string?> FindDocumentArticleAsync(string documentKey, string extractorVersion, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _findDocument);
        return inner.FindDocumentArticleAsync(documentKey, extractorVersion, cancellationToken);
    }

    public async Task<StoredKeys> LoadStoredKeysAsync(string extractorVersion, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _loadKeys);
        if (KeysReleased is { } released)
        {
            await released.WaitAsync(cancellationToken);
        }
        return await inner.LoadStoredKeysAsync(extractorVersion, cancellationToken);
    }

    public async Task<long> EstimateArticlesAsync(CancellationToken cancellationToken = default) =>
        EstimatedArticles ?? await inner.EstimateArticlesAsync(cancellationToken);

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<RunRecord> StartRunAsync(IReadOnlyList<string> inputs, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.StartRunAsync(inputs, now, cancellationToken);

    public Task SaveArticleAsync(string runId, Article article, IReadOnlyList<Claim> claims, string extractorVersion, CancellationToken cancellationToken = default) =>
        inner.SaveArticleAsync(runId, article, claims, extractorVersion, cancellationToken);

    public Task SaveArticleAsync(string runId, Article article, IReadOnlyList<Claim> claims, IReadOnlyList<Statement> statements, string extractorVersion, CancellationToken cancellationToken = default) =>
        inner.SaveArticleAsync(runId, article, claims, statements, extractorVersion, cancellationToken);

    public Task<IFactBatch> BeginBatchAsync(string runId, CancellationToken cancellationToken = default) => inner.BeginBatchAsync(runId, cancellationToken);

    public Task LinkArticleAsync(string runId, string articleId, string source, CancellationToken cancellationToken = default) =>
        inner.LinkArticleAsync(runId, articleId, source, cancellationToken);

    public Task RecordProblemAsync(string runId, InputProblem problem, CancellationToken cancellationToken = default) =>
        inner.RecordProblemAsync(runId, problem, cancellationToken);

    public Task<Article?> LoadArticleAsync(string articleId, CancellationToken cancellationToken = default) => inner.LoadArticleAsync(articleId, cancellationToken);

    public Task<IReadOnlyList<Article>> LoadRunArticlesAsync(string runId, CancellationToken cancellationToken = default) =>
        inner.LoadRunArticlesAsync(runId, cancellationToken);

    public Task<IReadOnlyList<Claim>> LoadClaimsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) =>
        inner.LoadClaimsAsync(articleIds, cancellationToken);

    public (IReadOnlyList<Article> Articles, IReadOnlyList<Claim> Claims) InLoadOrder(IReadOnlyList<SavedArticle> saved) =>
        inner.InLoadOrder(saved);

    public Task SaveStatementsAsync(string articleId, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default) =>
        inner.SaveStatementsAsync(articleId, statements, cancellationToken);

    public Task<IReadOnlyList<Statement>> LoadStatementsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default) =>
        inner.LoadStatementsAsync(articleIds, cancellationToken);

    public Task<IReadOnlyList<InputProblem>> LoadProblemsAsync(string runId, CancellationToken cancellationToken = default) =>
        inner.LoadProblemsAsync(runId, cancellationToken);

    public Task CompleteRunAsync(string runId, IReadOnlyList<Finding> findings, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.CompleteRunAsync(runId, findings, now, cancellationToken);

    public Task<IReadOnlyList<Finding>> LoadFindingsAsync(string runId, CancellationToken cancellationToken = default) =>
        inner.LoadFindingsAsync(runId, cancellationToken);

    public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);

    public Task RememberDocumentsAsync(IReadOnlyCollection<DocumentArticle> documents, CancellationToken cancellationToken = default) =>
        inner.RememberDocumentsAsync(documents, cancellationToken);

    public Task<IReadOnlyList<Finding>?> LoadCheckedFindingsAsync(string checkKey, CancellationToken cancellationToken = default) =>
        inner.LoadCheckedFindingsAsync(checkKey, cancellationToken);

    public Task SaveCheckedFindingsAsync(string checkKey, IReadOnlyList<Finding> findings, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        inner.SaveCheckedFindingsAsync(checkKey, findings, now, cancellationToken);
}
