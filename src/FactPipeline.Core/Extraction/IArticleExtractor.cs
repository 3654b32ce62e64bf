using FactPipeline.Core.Model;

namespace FactPipeline.Core.Extraction;

/// <summary>Decodes a raw document and extracts its main text and metadata.</summary>
public interface IArticleExtractor
{
    /// <summary>Returns the article, or a problem naming the source (binary content, no text left, ...).</summary>
    ExtractionResult Extract(SourceDocument document);
}

public sealed record ExtractionResult(Article? Article, InputProblem? Problem)
{
    public static ExtractionResult Ok(Article article) => new(article, null);
    public static ExtractionResult Fail(string source, string reason) => new(null, new InputProblem(source, reason));
}
