using FactPipeline.Core.Model;

namespace FactPipeline.Core.Fetching;

/// <summary>Turns the inputs a user named (files, directories, URLs, feeds, sitemaps) into raw documents.</summary>
public interface IDocumentSource
{
    /// <summary>
    /// Yields one result per document found. A bad input (missing, empty, binary, too large, unreachable)
    /// yields a <see cref="SourceResult"/> with <see cref="SourceResult.Problem"/> set; it never throws for bad input.
    /// </summary>
    IAsyncEnumerable<SourceResult> ReadAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default);
}

/// <summary>A document, a problem, or (for a URL) word that the stored article is still current.</summary>
public sealed record SourceResult(SourceDocument? Document, InputProblem? Problem, UnchangedSource? Unchanged = null)
{
    /// <summary>The input this result came from: the feed, sitemap or folder that listed it, or the page or file itself.</summary>
    public string? Origin { get; init; }

    /// <summary>The document's, problem's or unchanged URL's source.</summary>
    public string Source => Document?.Source ?? Problem?.Source ?? Unchanged!.Source;

    public static SourceResult Ok(SourceDocument document) => new(document, null);
    public static SourceResult Fail(string source, string reason) => new(null, new InputProblem(source, reason));

    /// <summary>The server says the page is gone (HTTP 404 or 410): a problem marked <see cref="InputProblem.Gone"/>.</summary>
    public static SourceResult Gone(string source, string reason) => new(null, new InputProblem(source, reason) { Gone = true });

    /// <summary>The server answered 304 Not Modified: the article stored from this URL is reused, not downloaded.</summary>
    public static SourceResult NotModified(string source, string articleId) => new(null, null, new UnchangedSource(source, articleId));
}

/// <param name="ArticleId">The article stored the last time this source was fetched.</param>
public sealed record UnchangedSource(string Source, string ArticleId);
