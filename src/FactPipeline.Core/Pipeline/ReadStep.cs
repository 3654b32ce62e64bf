using FactPipeline.Core.Fetching;

namespace FactPipeline.Core.Pipeline;

/// <summary>Step 1, read: the documents, problems and unchanged URLs the inputs name, in input order.</summary>
public sealed class ReadStep(IDocumentSource source)
{
    public IAsyncEnumerable<SourceResult> ReadAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken) =>
        source.ReadAsync(inputs, cancellationToken);
}
