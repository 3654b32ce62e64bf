namespace FactPipeline.Core.Extraction;

/// <summary>
/// Main text and metadata of one HTML page, without the rest of the pipeline (no language detection, no ids):
/// what <see cref="ArticleExtractor"/> uses, exposed for benchmarks and tools.
/// </summary>
public static class HtmlPageReader
{
    /// <param name="html">The page's markup.</param>
    /// <param name="url">Where the page came from, when known: a date in the URL path is one of the publish-date sources.</param>
    public static ExtractedContent Read(string html, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return HtmlArticleParser.Parse(html, url);
    }

    /// <summary>Decodes raw bytes (BOM, declared charset, &lt;meta charset&gt;, detection) first; null when they are not text.</summary>
    public static ExtractedContent? Read(byte[] content, string? url = null, string? declaredCharset = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var decoded = TextDecoder.Decode(content, declaredCharset, isHtml: true);
        return decoded.Text is null ? null : HtmlArticleParser.Parse(decoded.Text, url);
    }
}
