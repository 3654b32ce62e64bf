namespace FactPipeline.Core.Extraction;

/// <summary>What a format-specific parser found: clean paragraphs and whatever metadata the document had.</summary>
internal sealed record ExtractedContent(
    string? Title,
    IReadOnlyList<string> Paragraphs,
    DateOnly? PublishedAt,
    string? DeclaredLanguage = null);
