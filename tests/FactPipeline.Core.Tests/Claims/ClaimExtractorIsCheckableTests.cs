using FactPipeline.Core.Claims;
using FactPipeline.Core.Model;
using FactPipeline.Core.Quantities;
using Shouldly;

namespace FactPipeline.Core.Tests.Claims;

/// <summary>Which recognized figures become claims: durations, ages, times, dates, ordinals, scores and bare numbers do not.</summary>
public sealed class ClaimExtractorIsCheckableTests
{
    private static readonly QuantityRecognizer Recognizer = new();
    private static readonly ClaimExtractor Extractor = CoreData.ClaimExtractor(Recognizer);

    private static string CasesPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Quantities", "claim-cases.tsv");

    public static TheoryData<string> FixtureCases() => Fixtures.CaseLines("Quantities/claim-cases.tsv");

    [Theory]
    [MemberData(nameof(FixtureCases))]
    public void IsCheckable_FixtureCase_MatchesExpectation(string line)
    {
        var f = line.Split('\t');
        var (language, input, expectedText, claim) = (f[0], f[1], f[2], f[3] == "yes");
        var quantities = Recognizer.Recognize(input, language);
        var at = input.IndexOf(expectedText, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, "the fixture's text must occur in the input");

        if (claim)
        {
            var quantity = quantities.SingleOrDefault(q => q.Text == expectedText);
            quantity.ShouldNotBeNull($"expected '{expectedText}' in [{string.Join(" | ", quantities.Select(q => q.Text))}]");
            Extractor.IsCheckable(quantity).ShouldBeTrue();
            return;
        }

        quantities.Where(q => q.Start < at + expectedText.Length && q.End > at && Extractor.IsCheckable(q))
            .ShouldBeEmpty($"'{expectedText}' must not become a claim in: {input}");
    }

    [Fact]
    public void Fixture_CoversEveryLanguage()
    {
        var lines = File.ReadLines(CasesPath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        foreach (var language in UnitClasses.Languages)
        {
            lines.Count(l => l.StartsWith(language + "\t", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(12, language);
        }
    }

    [Fact]
    public void IsCheckable_CountOfOneWithoutHedgeOrMeasure_IsNoClaim()
    {
        var one = Count(1, "orang", Hedge.None);

        Extractor.IsCheckable(one).ShouldBeFalse();
        Extractor.IsCheckable(one with { Hedge = Hedge.AtMost, High = 1, Low = null }).ShouldBeTrue();
        Extractor.IsCheckable(one with { Unit = "km" }).ShouldBeTrue();
    }

    [Fact]
    public void IsCheckable_DurationOrAgeUnit_IsNoClaim()
    {
        Extractor.IsCheckable(Count(5, "년간", Hedge.None)).ShouldBeFalse();
        Extractor.IsCheckable(Count(45, "tuổi", Hedge.None)).ShouldBeFalse();
        Extractor.IsCheckable(Count(45, "guru", Hedge.None)).ShouldBeTrue();
    }

    [Fact]
    public void IsCheckable_RecipeSpoonful_IsNoClaim()
    {
        // Two recipes' spoonfuls of flour are two recipes, not two reports of one fact.
        Extractor.IsCheckable(Count(6, "tablespoons", Hedge.None)).ShouldBeFalse();
        Extractor.IsCheckable(Count(2, "sdm", Hedge.None)).ShouldBeFalse();
        Extractor.IsCheckable(Count(6, "tonnes", Hedge.None)).ShouldBeTrue();
    }

    private static Quantity Count(decimal amount, string unit, Hedge hedge) => new()
    {
        Start = 0, Length = 1, Text = "x", Kind = QuantityKind.Count, Amount = amount, Low = amount, High = amount, Unit = unit, Hedge = hedge, Step = 1,
    };
}
