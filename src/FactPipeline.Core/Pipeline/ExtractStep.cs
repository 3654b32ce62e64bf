using FactPipeline.Core.Claims;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Step 2, extract: a document's article, and for an article not stored yet its rule claims and story profile.
/// A local file whose bytes this build already read into an article stored with these claims is not decoded and
/// extracted again: its stored article is linked. Only reads (the store too), so it runs on any thread, for many
/// documents at once.
/// </summary>
public sealed class ExtractStep(IArticleExtractor extractor, ClaimsStep claims)
{
    /// <param name="stored">The run's questions to the store, about the claims version the caller took on the writing loop's thread (the prompt provider behind it is not shared across threads).</param>
    internal async Task<PreparedDocument> PrepareAsync(SourceDocument document, StoredLookup stored, CancellationToken cancellationToken)
    {
        var claimsVersion = stored.Version;
        // A fetched page has its own "unchanged" (a 304 on its validators), and its fetch state is saved from its article.
        var documentKey = document.IsFetched ? null : ReuseKeys.Document(document);
        if (documentKey is not null && await stored.FindDocumentArticleAsync(documentKey, cancellationToken) is { } storedId)
        {
            return new PreparedDocument(null, null, claimsVersion) { StoredArticleId = storedId };
        }
        var extraction = extractor.Extract(document);
        if (extraction.Article is not { } article || !SupportedLanguages.Contains(article.Language)
            || await stored.HasClaimsAsync(article.Id, cancellationToken))
        {
            return new PreparedDocument(extraction, null, claimsVersion) { DocumentKey = documentKey };
        }
        return new PreparedDocument(extraction, claims.ReadRules(article), claimsVersion) { DocumentKey = documentKey };
    }
}

/// <param name="Extraction">The document's article or problem; null when the document was not read again (<see cref="StoredArticleId"/>).</param>
/// <param name="Read">The rule claims and story profile; null when the article's language is not read or it was stored already.</param>
/// <param name="ClaimsVersion">The claims version the preparation looked the article up by.</param>
public sealed record PreparedDocument(ExtractionResult? Extraction, ClaimsAndStory? Read, string ClaimsVersion)
{
    /// <summary>
    /// A local document's key (<see cref="ReuseKeys.Document"/>), remembered with its article once that is stored, so
    /// the next run over the same bytes links the article without reading it; null for a fetched page.
    /// </summary>
    public string? DocumentKey { get; init; }

    /// <summary>The stored article these very bytes became, with claims of <see cref="ClaimsVersion"/>; the document was not read.</summary>
    public string? StoredArticleId { get; init; }
}
