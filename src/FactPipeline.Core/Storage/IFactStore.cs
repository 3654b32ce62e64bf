using FactPipeline.Core.Model;

namespace FactPipeline.Core.Storage;

/// <summary>
/// Durable state of runs, articles, claims and findings. Every write is keyed by a content-derived id
/// and is an upsert, so a step repeated after a crash changes nothing that was already stored.
/// </summary>
public interface IFactStore
{
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts a run, or resumes the unfinished run over the same inputs.</summary>
    Task<RunRecord> StartRunAsync(IReadOnlyList<string> inputs, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>A run by id, with the inputs it was started with, or null.</summary>
    Task<StoredRun?> LoadRunAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>True when this article's claims were stored by the given extractor version.</summary>
    Task<bool> HasClaimsAsync(string articleId, string extractorVersion, CancellationToken cancellationToken = default);

    /// <summary>Stores an article with its claims in one transaction and links it to the run.</summary>
    Task SaveArticleAsync(string runId, Article article, IReadOnlyList<Claim> claims, string extractorVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores an article with its claims and replaces its statements (an empty list clears them), all in one
    /// transaction, and links it to the run.
    /// </summary>
    Task SaveArticleAsync(string runId, Article article, IReadOnlyList<Claim> claims, IReadOnlyList<Statement> statements, string extractorVersion, CancellationToken cancellationToken = default);

    /// <summary>Opens a transaction for many articles' writes to the run (see <see cref="IFactBatch"/>).</summary>
    Task<IFactBatch> BeginBatchAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Links an already stored article to the run under the source as given this time.</summary>
    Task LinkArticleAsync(string runId, string articleId, string source, CancellationToken cancellationToken = default);

    Task RecordProblemAsync(string runId, InputProblem problem, CancellationToken cancellationToken = default);

    /// <summary>A stored article by id (source as first stored), or null.</summary>
    Task<Article?> LoadArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>The run's articles, each under the source the run gave it, ordered by source (UTF-8 byte order).</summary>
    Task<IReadOnlyList<Article>> LoadRunArticlesAsync(string runId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Claim>> LoadClaimsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// The articles a run saved and their claims, in the order <see cref="LoadRunArticlesAsync"/> and then
    /// <see cref="LoadClaimsAsync"/> of those articles return them once stored, as they would come back: a run that
    /// saved every one of its articles itself goes on with what it holds instead of reading it all back.
    /// </summary>
    /// <param name="saved">Every article of the run, each saved once by this run, under distinct sources.</param>
    (IReadOnlyList<Article> Articles, IReadOnlyList<Claim> Claims) InLoadOrder(IReadOnlyList<SavedArticle> saved);

    /// <summary>
    /// Replaces the article's statements (the LLM's grounded non-numeric facts) with <paramref name="statements"/>;
    /// an empty list clears them. The article must already be stored (<see cref="SaveArticleAsync"/>).
    /// </summary>
    Task SaveStatementsAsync(string articleId, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default);

    /// <summary>The stored statements of these articles, ordered by article and position.</summary>
    Task<IReadOnlyList<Statement>> LoadStatementsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<InputProblem>> LoadProblemsAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the run's findings (upserting each finding by id: a finding of the same claims takes this run's reading
    /// whole) and marks the run finished.
    /// </summary>
    Task CompleteRunAsync(string runId, IReadOnlyList<Finding> findings, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// The findings stored for the run, every severity (possible matches too), ordered by id. <see cref="Finding.MatchedBy"/>
    /// is not stored and comes back null.
    /// </summary>
    Task<IReadOnlyList<Finding>> LoadFindingsAsync(string runId, CancellationToken cancellationToken = default);

    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The article a document with this key became (<see cref="RememberDocumentsAsync"/>), when that article's claims
    /// were stored by the given extractor version; otherwise null (the document is read again).
    /// </summary>
    Task<string?> FindDocumentArticleAsync(string documentKey, string extractorVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Everything <see cref="HasClaimsAsync"/> and <see cref="FindDocumentArticleAsync"/> could answer yes to for this
    /// extractor version, as fingerprints: a run asking about thousands of documents reads them once instead.
    /// </summary>
    Task<StoredKeys> LoadStoredKeysAsync(string extractorVersion, CancellationToken cancellationToken = default);

    /// <summary>At least the number of stored articles, cheaply (without counting them).</summary>
    Task<long> EstimateArticlesAsync(CancellationToken cancellationToken = default);

    /// <summary>Remembers the article each document became, once that article is stored. Upserts, in one transaction.</summary>
    Task RememberDocumentsAsync(IReadOnlyCollection<DocumentArticle> documents, CancellationToken cancellationToken = default);

    /// <summary>
    /// The findings saved under this key by <see cref="SaveCheckedFindingsAsync"/>, in the order they were saved and
    /// exactly as they were (<see cref="Finding.MatchedBy"/> included); null when none are, or when a finding is no
    /// longer stored as it was then (a later run stored another reading of it).
    /// </summary>
    Task<IReadOnlyList<Finding>?> LoadCheckedFindingsAsync(string checkKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Remembers a cross-check's explained findings under a key naming its inputs, so a later run with the same inputs
    /// loads them instead of checking again. The findings must be stored already (<see cref="CompleteRunAsync"/>):
    /// only which ones, in what order, is saved. Only the most recently saved few keys are kept.
    /// </summary>
    Task SaveCheckedFindingsAsync(string checkKey, IReadOnlyList<Finding> findings, DateTimeOffset now, CancellationToken cancellationToken = default);
}

/// <summary>A document (by its key: what it was read from and its bytes) and the article it became.</summary>
public sealed record DocumentArticle(string DocumentKey, string ArticleId);

public sealed record RunRecord(string Id, DateTimeOffset StartedAt, bool Resumed);

/// <param name="FinishedAt">When its findings were stored; null while it runs.</param>
public sealed record StoredRun(string Id, IReadOnlyList<string> Inputs, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt);

public sealed record StoreCounts(long Runs, long Articles, long Claims, long Findings);

/// <summary>An article a run saved, with the claims saved with it, in the order they were saved.</summary>
public sealed record SavedArticle(Article Article, IReadOnlyList<Claim> Claims);
