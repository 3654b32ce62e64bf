namespace FactPipeline.Core.Review.Corrections;

/// <summary>
/// One text a source (a URL or a path) was read as, with the first and the last time a run read it so. The articles
/// table keeps every distinct text under its id; this is what orders them per source.
/// </summary>
public sealed record ArticleVersion(string Source, string ArticleId, DateTimeOffset FirstFetchedAt, DateTimeOffset LastFetchedAt);

/// <summary>The versions of each source, oldest first (Storage writes them when a run saves or links an article).</summary>
public interface IArticleVersionStore
{
    /// <summary>Every version of these sources, per source in the order they were first read (oldest first).</summary>
    Task<IReadOnlyList<ArticleVersion>> LoadVersionsAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken = default);

    /// <summary>The version of one source read as one article, or null when that source never gave that text.</summary>
    Task<ArticleVersion?> FindVersionAsync(string source, string articleId, CancellationToken cancellationToken = default);
}
