using FactPipeline.Core.Claims;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Tests.Summaries.Llm;

/// <summary>Articles for the summary tests, and their claims read by the real recognizer and claim extractor.</summary>
internal static class SummaryArticles
{
    public static readonly QuantityRecognizer Recognizer = new();

    private static readonly ClaimExtractor Rules = CoreData.ClaimExtractor(Recognizer);

    public const string BudgetTitle = "Anggaran AI Korea Selatan naik jadi 10,1 triliun won";

    public const string BudgetSentence =
        "Kementerian Ilmu Pengetahuan dan Teknologi Informasi menetapkan anggaran kecerdasan buatan Korea Selatan sebesar 10,1 triliun won untuk tahun 2026.";

    /// <summary>One Indonesian sentence with one figure, "10,1 triliun won", in the text and the title.</summary>
    public static Article Budget(string id = "a1") => Make(id, BudgetTitle, BudgetSentence);

    public static Article Make(string id, string? title, params string[] paragraphs) => new()
    {
        Id = id,
        Source = id + ".txt",
        Title = title,
        Language = "id",
        PublishedAt = new DateOnly(2025, 12, 3),
        Paragraphs = Article.Layout(paragraphs),
    };

    /// <summary>An article whose paragraphs are those of Fixtures/Summaries/<paramref name="name"/> (blank-line separated).</summary>
    public static Article FromFixture(string name, string id = "a1", string? title = null) =>
        Make(id, title, Paragraphs(name));

    public static string[] Paragraphs(string name) =>
        File.ReadAllText(Fixtures.PathOf("Summaries/" + name)).ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static IReadOnlyList<Claim> ClaimsOf(params Article[] articles) => [.. articles.SelectMany(Rules.Extract)];
}
