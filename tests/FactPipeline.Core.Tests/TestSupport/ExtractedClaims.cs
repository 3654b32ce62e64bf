using FactPipeline.Core.Claims;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>Claims read by the real extractor from short invented articles, for tests of the rules end to end.</summary>
internal static class ExtractedClaims
{
    public static readonly ClaimExtractor Extractor = CoreData.ClaimExtractor();

    public static Article Article(string id, string language, string? title, params string[] paragraphs) => new()
    {
        Id = id,
        Source = id + ".txt",
        Title = title,
        Language = language,
        PublishedAt = new DateOnly(2026, 3, 2),
        Paragraphs = FactPipeline.Core.Model.Article.Layout(paragraphs),
    };

    public static IReadOnlyList<Claim> Of(string id, string language, params string[] paragraphs) =>
        Extractor.Extract(Article(id, language, null, paragraphs));

    /// <summary>The one claim whose figure starts with <paramref name="surface"/>.</summary>
    public static Claim Single(IEnumerable<Claim> claims, string surface) =>
        claims.Where(c => c.Value.Text.StartsWith(surface, StringComparison.Ordinal)).ShouldHaveSingleItem();

    /// <summary>Concept, subject, source, scope and year of each claim, for failure messages.</summary>
    public static string Describe(IEnumerable<Claim> claims) =>
        string.Join("\n", claims.Select(c => $"{c.ArticleId} '{c.Value.Text}' concept={c.Concept} subject={c.SubjectId} ({c.SubjectSource}) scope={c.Scope} year={c.Year}"));
}
