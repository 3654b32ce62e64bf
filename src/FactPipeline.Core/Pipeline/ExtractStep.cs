using FactPipeline.Core.Claims;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Model;
using FactPipeline.Core.Storage;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Step 2, extract: a document's article, and for an article not stored yet its rule claims and story profile.
/// Only reads (the store too), so it runs on any thread, for many documents at once.
/// </summary>
public sealed class ExtractStep(IArticleExtractor extractor, ClaimsStep claims, IFactStore store)
{
    /// <param name="claimsVersion">Taken by the caller on the writing loop's thread: the prompt provider behind it is not shared across threads.</param>
    public async Task<PreparedDocument> PrepareAsync(SourceDocument document, string claimsVersion, CancellationToken cancellationToken)
    {
        var extraction = extractor.Extract(document);
        if (extraction.Article is not { } article || !SupportedLanguages.Contains(article.Language)
            || await store.HasClaimsAsync(article.Id, claimsVersion, cancellationToken))
        {
            return new PreparedDocument(extraction, null, claimsVersion);
        }
        return new PreparedDocument(extraction, claims.ReadRules(article), claimsVersion);
    }
}

/// <param name="Read">The rule claims and story profile; null when the article's language is not read or it was stored already.</param>
/// <param name="ClaimsVersion">The claims version the preparation looked the article up by.</param>
public sealed record PreparedDocument(ExtractionResult Extraction, ClaimsAndStory? Read, string ClaimsVersion);
