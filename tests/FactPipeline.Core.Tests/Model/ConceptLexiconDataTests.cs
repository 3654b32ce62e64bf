using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Tests.TestSupport;
using Shouldly;

namespace FactPipeline.Core.Tests.Model;

/// <summary>The vocabulary data files: coverage, all five languages everywhere, and no ambiguous term.</summary>
public sealed class ConceptLexiconDataTests
{
    private static readonly ConceptLexicon Lexicon = CoreData.Lexicon;
    private static readonly string[] Languages = ["id", "en", "ko", "vi", "zh"];

    private static readonly string[] NewsroomDomains =
        ["economy", "budget", "trade", "employment", "elections", "disasters", "health", "education", "technology", "energy", "transport", "sports"];

    [Fact]
    public void Measures_EveryOne_HasTermsAndNamesInAllFiveLanguages()
    {
        var incomplete = Lexicon.Measures
            .Where(m => string.IsNullOrWhiteSpace(m.En) || string.IsNullOrWhiteSpace(m.Ko)
                || Languages.Any(l => !m.Terms.TryGetValue(l, out var terms) || terms.Count == 0 || terms.Any(string.IsNullOrWhiteSpace)))
            .Select(m => m.Id)
            .ToList();

        incomplete.ShouldBeEmpty();
    }

    [Fact]
    public void Measures_AtLeast150_WithEveryNewsroomDomainCovered()
    {
        Lexicon.Measures.Count.ShouldBeGreaterThanOrEqualTo(150);
        var perDomain = Lexicon.Measures.GroupBy(m => m.Domain).ToDictionary(g => g.Key, g => g.Count());
        foreach (var domain in NewsroomDomains)
        {
            perDomain.GetValueOrDefault(domain).ShouldBeGreaterThanOrEqualTo(5, $"measures in domain {domain}");
        }
    }

    [Fact]
    public void Measures_KindIsMetricOrUnit()
    {
        Lexicon.Measures.Where(m => m.Kind is not ("metric" or "unit")).Select(m => m.Id).ShouldBeEmpty();
    }

    [Fact]
    public void Measures_TheExistingConceptIds_KeepTheirKind()
    {
        string[] metrics = ["budget", "investment", "funding", "subsidy", "value", "revenue", "profit", "exports", "growth", "market-share", "price"];
        string[] units = ["gpus", "chips", "companies", "teams", "finalists", "employees", "researchers", "trainees", "students", "universities",
            "publications", "models", "datasets", "scenarios", "agencies", "data-centers", "hubs", "technologies", "products", "users", "people"];

        metrics.ShouldAllBe(id => Lexicon.Find(id) != null && !Lexicon.Find(id)!.IsUnit);
        units.ShouldAllBe(id => Lexicon.Find(id) != null && Lexicon.Find(id)!.IsUnit);
    }

    [Fact]
    public void Measures_NoTermBelongsToTwoMeasuresInOneLanguage()
    {
        foreach (var language in Languages)
        {
            var shared = Lexicon.Measures
                .SelectMany(m => m.Terms[language].Select(t => (Term: ConceptLexicon.Fold(t), m.Id)))
                .Distinct()
                .GroupBy(t => t.Term)
                .Where(g => g.Count() > 1)
                .Select(g => $"{language}: {g.Key} ({string.Join(", ", g.Select(t => t.Id))})")
                .ToList();

            shared.ShouldBeEmpty();
        }
    }

    [Fact]
    public void Entities_EveryOne_HasANameInAllFiveLanguages()
    {
        var incomplete = Lexicon.Entities
            .Where(e => Languages.Any(l => string.IsNullOrWhiteSpace(e.Names.GetValueOrDefault(l))))
            .Select(e => e.Id)
            .ToList();

        incomplete.ShouldBeEmpty();
    }

    [Fact]
    public void Entities_IdsAreLowerCaseKebab_CitiesDottedUnderTheirParent()
    {
        const string kebab = "[a-z0-9]+(-[a-z0-9]+)*";
        Lexicon.Entities.Select(e => e.Id)
            .Where(id => !System.Text.RegularExpressions.Regex.IsMatch(id, $"^{kebab}(\\.{kebab})?$"))
            .ShouldBeEmpty();
        Lexicon.Entities.Where(e => e.Id.Contains('.') && e.Type != "city").Select(e => e.Id).ShouldBeEmpty();
    }

    [Fact]
    public void Entities_NoNameBelongsToTwoEntities()
    {
        var shared = Lexicon.EntityTerms
            .Where(t => t.Id.Length > 0)
            .Select(t => (Term: ConceptLexicon.Fold(t.Term), t.Id))
            .Distinct()
            .GroupBy(t => t.Term)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(t => t.Id))})")
            .ToList();

        shared.ShouldBeEmpty();
    }

    [Fact]
    public void Places_IncludeEveryIso3166Country()
    {
        var codes = File.ReadLines(Fixtures.PathOf("Lexicon/iso-3166-1-alpha2.txt"))
            .Where(l => !l.StartsWith('#'))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(c => c.ToLowerInvariant())
            .ToList();

        codes.Count.ShouldBe(249);
        codes.Where(c => !Lexicon.IsPlace(c)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("eu")]
    [InlineData("asean")]
    [InlineData("southeast-asia")]
    [InlineData("europe")]
    [InlineData("asia")]
    [InlineData("africa")]
    [InlineData("middle-east")]
    [InlineData("latin-america")]
    [InlineData("g7")]
    [InlineData("g20")]
    public void Places_IncludeTheMajorRegionsAndBlocs(string id)
    {
        Lexicon.IsPlace(id).ShouldBeTrue();
    }

    [Fact]
    public void Organisations_AtLeast300()
    {
        Lexicon.Entities.Count(e => e.Kind == EntityType.Organisation).ShouldBeGreaterThanOrEqualTo(300);
    }
}
