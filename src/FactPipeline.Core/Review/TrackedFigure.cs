namespace FactPipeline.Core.Review;

/// <summary>
/// One claim of a tracked finding as the desk remembers it: where it stood (source and offset) and what it said. A later
/// run's finding is the same finding when it shares where its claims stand (<see cref="FindingAnchors"/>), and its
/// figures changed when what a source says changed (<see cref="ValueText"/>), whatever the claim ids.
/// </summary>
/// <param name="Source">The article's source as the run read it: a URL or a file path.</param>
/// <param name="ValueStart">Offset of the figure in the article's text.</param>
/// <param name="QuoteStart">Offset of the sentence (<see cref="Quote"/>) in the article's text.</param>
/// <param name="QuoteShape">The sentence with its figures masked (<see cref="FindingAnchors.ShapeOf"/>).</param>
public sealed record TrackedFigure(
    string Source, string ArticleId, string ClaimId, int ValueStart, string ValueText, decimal Amount, string Unit,
    string Language, string QuoteShape, string Quote, int QuoteStart)
{
    /// <summary>Where the figure is in <see cref="Quote"/>, for highlighting it.</summary>
    public int ValueOffset => ValueStart - QuoteStart;
}
