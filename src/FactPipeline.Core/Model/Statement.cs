namespace FactPipeline.Core.Model;

/// <summary>
/// A non-numeric fact an article states (who did what, lists of names), found by the LLM and grounded in an
/// exact quote of the article. Numeric facts are <see cref="Claim"/>s; statements are reported, not cross-checked
/// by number.
/// </summary>
public sealed record Statement
{
    public required string Id { get; init; }
    public required string ArticleId { get; init; }
    /// <summary>The exact span of <see cref="Article.Text"/> the statement rests on.</summary>
    public required string Quote { get; init; }
    public required int QuoteStart { get; init; }
    /// <summary>Canonical English: "Korea's Ministry of Science and ICT", "selected", "five teams: Naver Cloud, ...".</summary>
    public required string Subject { get; init; }
    public required string Predicate { get; init; }
    public string? Object { get; init; }
    public string? TimeScope { get; init; }
    public required string PromptVersion { get; init; }
}
