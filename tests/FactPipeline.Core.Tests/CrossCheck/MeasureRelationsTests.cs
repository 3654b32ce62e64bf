using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.CrossCheck;

public sealed class MeasureRelationsTests
{
    [Theory]
    [InlineData("budget", "spending")]
    [InlineData("jobs", "employees")]
    [InlineData("households", "houses")]
    [InlineData("deaths", "victims")]
    public void Of_NearSynonymsOfOneFamily_IsLinked(string a, string b)
    {
        MeasureRelations.Of(ClaimBuilder.Count("a", 10m, a), ClaimBuilder.Count("b", 10m, b), CrossCheckLexicon.Lexicon).ShouldBe(MeasureRelation.Linked);
    }

    [Theory]
    [InlineData("deaths", "injured")]
    [InlineData("exports", "imports")]
    [InlineData("budget", "revenue")]
    public void Of_TwoNamedMeasuresOfNoFamily_IsDifferent(string a, string b)
    {
        MeasureRelations.Of(ClaimBuilder.Count("a", 10m, a), ClaimBuilder.Count("b", 10m, b), CrossCheckLexicon.Lexicon).ShouldBe(MeasureRelation.Different);
    }

    [Theory]
    [InlineData("unit:basis-point", "noun:analis")]
    [InlineData("unit:tonne", "noun:kapal")]
    public void Of_UnitAgainstCountedNoun_IsDifferent(string unit, string noun)
    {
        var a = ClaimBuilder.Count("a", 25m, unit) with { Language = "en" };
        var b = ClaimBuilder.Count("b", 21m, noun) with { Language = "id" };

        MeasureRelations.Of(a, b, CrossCheckLexicon.Lexicon).ShouldBe(MeasureRelation.Different);
        MeasureRelations.Of(b, a, CrossCheckLexicon.Lexicon).ShouldBe(MeasureRelation.Different);
    }

    [Fact]
    public void Of_SameNamedMeasure_IsSame()
    {
        MeasureRelations.Of(ClaimBuilder.Count("a", 10m, "deaths"), ClaimBuilder.Count("b", 12m, "deaths"), CrossCheckLexicon.Lexicon).ShouldBe(MeasureRelation.Same);
    }

    [Fact]
    public void Of_ValueOfGoodsAgainstTariffRevenue_IsDifferent()
    {
        // "a tariff on another $160 billion of goods": the money is what the goods are worth, not what the tariff raises,
        // though its sentence names the tariff.
        var goods = ClaimBuilder.Money("a", 160_000_000_000m, "USD", "value:goods") with { SentenceMeasures = ["tariffs"] };
        var revenue = ClaimBuilder.Money("b", 63_000_000_000m, "USD", "tariffs");

        MeasureRelations.Of(goods, revenue, CrossCheckLexicon.Lexicon).ShouldBe(MeasureRelation.Different);
        MeasureRelations.Of(goods, ClaimBuilder.Money("c", 150_000_000_000m, "USD", "value:goods"), CrossCheckLexicon.Lexicon).ShouldBe(MeasureRelation.Same);
    }
}
