using FactPipeline.Core.Model;

namespace FactPipeline.Core.Fetching;

/// <summary>
/// Lists what an input holds without reading the articles: a feed's or sitemap's article URLs, a folder's files, or the
/// input itself for a page or a file. A run fanned out as jobs expands each input in a job, then reads each item in a job of its own.
/// </summary>
public interface ISourceExpander
{
    /// <summary>Never throws for bad input: a source that cannot be listed gives its problems and no items.</summary>
    Task<SourceExpansion> ExpandAsync(string input, CancellationToken cancellationToken = default);
}

/// <param name="Items">Article URLs or file paths, in the order a one-process run reads them.</param>
/// <param name="Problems">What could not be listed (the feed itself, or a child sitemap).</param>
public sealed record SourceExpansion(IReadOnlyList<string> Items, IReadOnlyList<InputProblem> Problems)
{
    public static SourceExpansion Of(string item) => new([item], []);

    public static SourceExpansion Failed(string source, string reason) => new([], [new InputProblem(source, reason)]);

    /// <summary>The source answered 404 or 410: gone, so the findings citing it can be resolved.</summary>
    public static SourceExpansion Gone(string source, string reason) => new([], [new InputProblem(source, reason) { Gone = true }]);
}
