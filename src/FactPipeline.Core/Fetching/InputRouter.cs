using System.Runtime.CompilerServices;
using FactPipeline.Core.Fetching.Web;

namespace FactPipeline.Core.Fetching;

/// <summary>
/// The <see cref="IDocumentSource"/> the pipeline uses: http(s) inputs go to <see cref="WebSource"/>, everything
/// else to <see cref="LocalFileSource"/>, in the order given, so files and URLs mix in one run.
/// </summary>
public sealed class InputRouter(LocalFileSource files, WebSource web) : IDocumentSource, ISourceExpander
{
    public async IAsyncEnumerable<SourceResult> ReadAsync(
        IReadOnlyList<string> inputs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        // Consecutive inputs of one kind go together, so the web source can drop duplicates across them.
        var start = 0;
        while (start < inputs.Count)
        {
            var isUrl = WebSource.IsUrl(inputs[start]);
            var end = start;
            while (end < inputs.Count && WebSource.IsUrl(inputs[end]) == isUrl)
            {
                end++;
            }
            var batch = inputs.Skip(start).Take(end - start).ToArray();
            IDocumentSource source = isUrl ? web : files;
            await foreach (var result in source.ReadAsync(batch, cancellationToken))
            {
                yield return result;
            }
            start = end;
        }
    }

    public async Task<SourceExpansion> ExpandAsync(string input, CancellationToken cancellationToken = default) =>
        WebSource.IsUrl(input) ? await web.ExpandAsync(input, cancellationToken) : files.Expand(input);
}
