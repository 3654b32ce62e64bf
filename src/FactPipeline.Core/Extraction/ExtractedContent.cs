namespace FactPipeline.Core.Extraction;

/// <summary>What a format-specific parser found: clean paragraphs and whatever metadata the document had.</summary>
public sealed record ExtractedContent(
    string? Title,
    IReadOnlyList<string> Paragraphs,
    DateOnly? PublishedAt,
    string? DeclaredLanguage = null)
{
    /// <summary>Last-modified date as the page declares it (never used as the publish date).</summary>
    public DateOnly? ModifiedAt { get; init; }

    public string? Author { get; init; }

    public string? SiteName { get; init; }

    /// <summary>&lt;link rel=canonical&gt; or og:url, absolute.</summary>
    public string? CanonicalUrl { get; init; }
}
