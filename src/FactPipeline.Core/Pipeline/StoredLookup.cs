using FactPipeline.Core.Storage;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// A run's questions to the store about what is already there under its claims version: does this document's key
/// name a stored article, has this article its claims stored. Each question to the database costs a statement;
/// once a run has asked about as many documents as reading every stored key would cost (or from the start, when
/// the store is small), the keys are read once and only a possible hit is asked. A new corpus then costs no
/// question at all, and a short run against a large store reads nothing it does not need. Articles stored by
/// this run after the keys were read are the writing loop's to know (<see cref="ArticleRunState.Stored"/>):
/// a missed one is only prepared again, never stored twice. Thread-safe: preparations ask it from every core.
/// </summary>
internal sealed class StoredLookup
{
    /// <summary>Reading one stored key costs roughly this fraction of one question to the database.</summary>
    private const long KeysPerQuestion = 64;

    private readonly IFactStore _store;
    private readonly long _questionsBeforeLoading;
    private long _questions;
    private readonly Lock _gate = new();
    private Task<StoredKeys>? _keys;

    private StoredLookup(IFactStore store, string version, long storedArticles)
    {
        (_store, Version) = (store, version);
        _questionsBeforeLoading = storedArticles / KeysPerQuestion;
    }

    /// <summary>The claims version the questions are about.</summary>
    public string Version { get; }

    public static async Task<StoredLookup> StartAsync(IFactStore store, string version, CancellationToken cancellationToken) =>
        new(store, version, await store.EstimateArticlesAsync(cancellationToken));

    /// <summary>The stored article this document key became with claims of <see cref="Version"/>, or null.</summary>
    public async Task<string?> FindDocumentArticleAsync(string documentKey, CancellationToken cancellationToken) =>
        KeysAsync(cancellationToken) is { } loading && !(await loading).Documents.MayContain(documentKey)
            ? null
            : await _store.FindDocumentArticleAsync(documentKey, Version, cancellationToken);

    /// <summary>True when the article's claims of <see cref="Version"/> are stored.</summary>
    public async Task<bool> HasClaimsAsync(string articleId, CancellationToken cancellationToken) =>
        (KeysAsync(cancellationToken) is not { } loading || (await loading).Articles.MayContain(articleId))
        && await _store.HasClaimsAsync(articleId, Version, cancellationToken);

    /// <summary>The stored keys once it pays to read them (started by the first caller to need them); null before.</summary>
    private Task<StoredKeys>? KeysAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _keys) is { } loaded)
        {
            return loaded;
        }
        if (Interlocked.Increment(ref _questions) <= _questionsBeforeLoading)
        {
            return null;
        }
        lock (_gate)
        {
            // Started on the pool, not run under the lock: the read of every key may take a while, and the other
            // preparations wait for it asynchronously rather than blocking their threads on the lock.
            return _keys ??= Task.Run(() => _store.LoadStoredKeysAsync(Version, cancellationToken), cancellationToken);
        }
    }
}
