namespace FactPipeline.Core.Model;

/// <summary>
/// One article after extraction: clean paragraphs and metadata. <see cref="Text"/> is the paragraphs
/// joined by blank lines; every character offset in the pipeline (claims, quotes) points into it.
/// </summary>
public sealed record Article
{
    /// <summary>Content hash of <see cref="Text"/> (hex): the same article read twice gets the same id.</summary>
    public required string Id { get; init; }

    /// <summary>Path or URL exactly as the user gave it.</summary>
    public required string Source { get; init; }

    public string? Title { get; init; }

    /// <summary>ISO 639-1 code: id, en, ko, vi, zh, or "und" when unknown.</summary>
    public required string Language { get; init; }

    public DateOnly? PublishedAt { get; init; }

    /// <summary>Last-modified date the page declares (HTML only); never used as the publish date.</summary>
    public DateOnly? ModifiedAt { get; init; }

    /// <summary>Byline as the page declares it (JSON-LD, meta author), HTML only.</summary>
    public string? Author { get; init; }

    /// <summary>og:site_name, HTML only.</summary>
    public string? SiteName { get; init; }

    /// <summary>&lt;link rel=canonical&gt; or og:url (absolute), else the source URL when it is one.</summary>
    public string? CanonicalUrl { get; init; }

    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    public string Text => string.Join(ParagraphSeparator, Paragraphs.Select(p => p.Text));

    public const string ParagraphSeparator = "\n\n";

    /// <summary>Builds paragraphs with offsets from plain paragraph strings.</summary>
    public static IReadOnlyList<Paragraph> Layout(IEnumerable<string> paragraphs)
    {
        var result = new List<Paragraph>();
        var offset = 0;
        foreach (var text in paragraphs)
        {
            result.Add(new Paragraph(offset, text));
            offset += text.Length + ParagraphSeparator.Length;
        }
        return result;
    }
}

/// <param name="Start">Offset of the paragraph's first character in <see cref="Article.Text"/>.</param>
public sealed record Paragraph(int Start, string Text);
