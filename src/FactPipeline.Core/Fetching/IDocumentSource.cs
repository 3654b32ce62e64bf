using FactPipeline.Core.Model;

namespace FactPipeline.Core.Fetching;

/// <summary>Turns the inputs a user named (files, directories; URLs in a later stage) into raw documents.</summary>
public interface IDocumentSource
{
    /// <summary>
    /// Yields one result per document found. A bad input (missing, empty, binary, too large) yields a
    /// <see cref="SourceResult"/> with <see cref="SourceResult.Problem"/> set; it never throws for bad input.
    /// </summary>
    IAsyncEnumerable<SourceResult> ReadAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default);
}

public sealed record SourceResult(SourceDocument? Document, InputProblem? Problem)
{
    public static SourceResult Ok(SourceDocument document) => new(document, null);
    public static SourceResult Fail(string source, string reason) => new(null, new InputProblem(source, reason));
}
