using FactPipeline.Core.Fetching;
using FactPipeline.Core.Model;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Step 4, store: takes the inputs in input order and decides each one's write (a problem, a link to an article
/// already stored by the same claims version, or the article saved with its claims), then writes them in batches,
/// one transaction each. What is stored, reused and reported therefore does not depend on timing. An article is
/// stored once per run however many sources carry its text.
/// </summary>
public sealed class StoreStep(IFactStore store, IFetchStateStore fetchState, IRunLedger ledger, ClaimsStep claims, IOptions<PipelineOptions> options, TimeProvider time)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        await fetchState.InitializeAsync(cancellationToken);
        await ledger.InitializeAsync(cancellationToken);
    }

    /// <summary>
    /// Decides the input's write and adds it to the batch, written when full. Everything that is not a write to the
    /// facts (LLM calls, reading stored articles, forgetting a fetch state) happens here, outside any batch.
    /// </summary>
    /// <param name="prepared">The document's preparation (<see cref="ExtractStep"/>); null for a problem or an unchanged URL.</param>
    internal async Task AddAsync(ArticleRunState state, SourceResult item, PreparedDocument? prepared, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var write = await DecideAsync(state, item, prepared, cancellationToken);
        state.Pending.Add(write with { Origin = item.Origin ?? item.Source });
        if (state.Pending.Count >= options.Value.BatchSize)
        {
            await FlushAsync(state, cancellationToken);
        }
    }

    private async Task<PendingWrite> DecideAsync(ArticleRunState state, SourceResult item, PreparedDocument? prepared, CancellationToken cancellationToken)
    {
        if (item.Problem is { } problem)
        {
            return PendingWrite.Of(problem);
        }
        if (item.Unchanged is { } unchanged)
        {
            return await ReuseUnchangedAsync(state, unchanged, cancellationToken);
        }
        var document = item.Document!;
        var ready = prepared!;
        if (ready.StoredArticleId is { } storedId)
        {
            return ready.ClaimsVersion == claims.Version
                ? LinkStoredDocument(state, storedId, document.Source)
                : await ReuseUnchangedAsync(state, new UnchangedSource(document.Source, storedId), cancellationToken);
        }
        if (ready.Extraction!.Problem is { } extractProblem)
        {
            return PendingWrite.Of(extractProblem);
        }
        var article = ready.Extraction.Article!;
        var remembered = ready.DocumentKey is { } key ? new DocumentArticle(key, article.Id) : null;
        var version = claims.Version;
        // Only now that the article is stored may a later 304 point at it: saved after the batch commits.
        var fetched = document.IsFetched && (document.ETag is not null || document.LastModified is not null)
            ? new FetchState(document.Source, document.ETag, document.LastModified, article.Id)
            : null;
        // Stored by this run already (the same text under an earlier source): its claims are this version's.
        // Otherwise, when the preparation found it not stored by this version, it still is not: only this loop stores.
        var mayBeStored = ready.Read is null || ready.ClaimsVersion != version;
        if (state.Stored(article.Id) || (mayBeStored && await store.HasClaimsAsync(article.Id, version, cancellationToken)))
        {
            state.MarkStored(article.Id);
            state.Reused++;
            return PendingWrite.Link(article.Id, article.Source, fetched) with { Document = remembered };
        }
        var read = ready.Read ?? (SupportedLanguages.Contains(article.Language) ? claims.ReadRules(article) : null);
        var (found, statements) = await claims.CompleteAsync(article, read?.Claims, state.LlmStats, cancellationToken);
        state.Remember(article, read?.Story);
        state.MarkStored(article.Id);
        state.RememberSaved(article, found);
        return PendingWrite.Save(article, found, statements, version, fetched) with { Document = remembered };
    }

    /// <summary>
    /// A local file with the same bytes as one an earlier run stored, with this version's claims (<see cref="ExtractStep"/>
    /// found it, and only this loop stores): linked without reading it, as a URL answering 304 is.
    /// </summary>
    private static PendingWrite LinkStoredDocument(ArticleRunState state, string articleId, string source)
    {
        state.MarkStored(articleId);
        state.Reused++;
        return PendingWrite.Link(articleId, source) with { Outcome = RunItemOutcome.Unchanged };
    }

    /// <summary>
    /// A URL answered 304: link the article stored from it. Claims made by older rules are redone from the stored
    /// text, so a rules update never needs a re-download.
    /// </summary>
    private async Task<PendingWrite> ReuseUnchangedAsync(ArticleRunState state, UnchangedSource unchanged, CancellationToken cancellationToken)
    {
        var version = claims.Version;
        PendingWrite write;
        if (state.Stored(unchanged.ArticleId) || await store.HasClaimsAsync(unchanged.ArticleId, version, cancellationToken))
        {
            write = PendingWrite.Link(unchanged.ArticleId, unchanged.Source);
        }
        else if (await store.LoadArticleAsync(unchanged.ArticleId, cancellationToken) is not { } stored)
        {
            await fetchState.ForgetAsync(unchanged.Source, cancellationToken);
            return PendingWrite.Of(new InputProblem(unchanged.Source, "unchanged on the server but its stored copy is gone; it is downloaded again next run"));
        }
        else
        {
            var article = stored with { Source = unchanged.Source };
            var (found, statements) = await claims.CompleteAsync(article, null, new LlmClaimStats(), cancellationToken);
            write = PendingWrite.Save(article, found, statements, version);
        }
        state.MarkStored(unchanged.ArticleId);
        state.Reused++;
        return write with { Outcome = RunItemOutcome.Unchanged };
    }

    /// <summary>
    /// Writes the pending writes in one transaction, reporting each as it is written. When cancelled, the writes
    /// made so far are committed before it stops, so a re-run reuses exactly the articles reported.
    /// </summary>
    internal async Task FlushAsync(ArticleRunState state, CancellationToken cancellationToken)
    {
        if (state.Pending.Count == 0)
        {
            return;
        }
        var written = 0;
        await using (var batch = await store.BeginBatchAsync(state.RunId, cancellationToken))
        {
            foreach (var write in state.Pending)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
                await write.Write(batch, CancellationToken.None);
                written++;
                if (write.Problem is null)
                {
                    state.Processed++;
                }
                state.Progress?.Report(new RunProgress(write.Source, state.Processed, write.Problem));
            }
            await batch.CommitAsync(CancellationToken.None);
        }
        foreach (var write in state.Pending.Take(written))
        {
            if (write.Fetched is { } fetched)
            {
                await fetchState.SaveAsync(fetched, CancellationToken.None);
            }
        }
        // Like a fetch state, only once its article is committed may a document point at it.
        await store.RememberDocumentsAsync(
            state.Pending.Take(written).Select(w => w.Document).OfType<DocumentArticle>().ToArray(), CancellationToken.None);
        // The processing log, after the facts: a crash in between leaves items a re-run links again, never a logged
        // item whose article is missing.
        var finishedAt = time.GetUtcNow();
        await ledger.RecordItemsAsync(state.RunId, state.Pending.Take(written).Select(w => w.ToItem(finishedAt)).ToArray(), CancellationToken.None);
        state.Pending.RemoveRange(0, written);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
