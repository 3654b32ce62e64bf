using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Summaries;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>
/// A hand-built run of two articles about an invented city's flood defences with one conflict (the budget) and, when
/// asked, one possible match (the workers on the project), so every consumer of <see cref="Severity.Possible"/> is
/// tested without the cross-checker having to produce one.
/// </summary>
internal static class PossibleFindingReports
{
    public const string IndonesianBudget = "Pemerintah kota menganggarkan 1,2 triliun rupiah untuk tanggul banjir tahun ini.";
    public const string EnglishBudget = "The city has set aside 1.5 trillion rupiah for flood defences this year.";
    public const string IndonesianWorkers = "Proyek tanggul itu mempekerjakan 4.800 pekerja.";
    public const string EnglishWorkers = "About 5,200 workers are employed on the river works.";

    /// <summary>The possible match's figures as the English reports write them.</summary>
    public const string PossibleFigureEn = "5,200 employees";

    /// <summary>The possible match's figures as the Korean reports write them.</summary>
    public const string PossibleFigureKo = "직원 5,200명";

    /// <param name="possible">How many possible matches the run has: 0 or 1.</param>
    public static RunReport Make(int possible = 1)
    {
        var indonesian = Article("id-flood", "id", "Tanggul Banjir Kota", IndonesianBudget, IndonesianWorkers);
        var english = Article("en-flood", "en", "City flood defences", EnglishBudget, EnglishWorkers);
        Claim[] claims =
        [
            Quoted(ClaimBuilder.Money("id-flood", 1_200_000_000_000m, "IDR", subject: []), indonesian, IndonesianBudget, "1,2 triliun rupiah"),
            Quoted(ClaimBuilder.Money("en-flood", 1_500_000_000_000m, "IDR", subject: [], language: "en"), english, EnglishBudget, "1.5 trillion rupiah"),
            Quoted(ClaimBuilder.Count("id-flood", 4_800m, "employees", subject: []), indonesian, IndonesianWorkers, "4.800 pekerja"),
            Quoted(ClaimBuilder.Count("en-flood", 5_200m, "employees", subject: [], language: "en"), english, EnglishWorkers, "5,200 workers"),
        ];
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var explainer = new FindingExplainer(CoreData.Lexicon);
        var findings = new List<Finding>
        {
            explainer.Explain(new Finding
            {
                Id = "f-budget", Severity = Severity.Conflict, Reason = VerdictReason.Disjoint, Topic = "budget (IDR)",
                Concept = "budget", ClaimIds = [claims[0].Id, claims[1].Id], DifferencePercent = 25m,
            }, byId),
        };
        if (possible > 0)
        {
            findings.Add(explainer.Explain(new Finding
            {
                Id = "f-workers", Severity = Severity.Possible, Reason = VerdictReason.Disjoint, Topic = "employees",
                Concept = "employees", ClaimIds = [claims[2].Id, claims[3].Id], DifferencePercent = 8.3m,
            }, byId));
        }
        return new RunReport("r1", DateTimeOffset.UnixEpoch, ["x"], [indonesian, english], claims, findings, []);
    }

    private static Article Article(string id, string language, string title, params string[] paragraphs) => new()
    {
        Id = id, Source = $"news/{id}.txt", Title = title, Language = language,
        PublishedAt = new DateOnly(2026, 3, 14), Paragraphs = Core.Model.Article.Layout(paragraphs),
    };

    private static Claim Quoted(Claim claim, Article article, string sentence, string figure)
    {
        var start = article.Text.IndexOf(sentence, StringComparison.Ordinal);
        return claim with
        {
            Quote = sentence,
            QuoteStart = start,
            Value = claim.Value with { Start = start + sentence.IndexOf(figure, StringComparison.Ordinal), Length = figure.Length, Text = figure },
        };
    }
}
