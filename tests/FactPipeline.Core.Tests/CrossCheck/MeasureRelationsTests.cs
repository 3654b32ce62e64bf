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
        MeasureRelations.Of(ClaimBuilder.Count("a", 10m, a), ClaimBuilder.Count("b", 10m, b)).ShouldBe(MeasureRelation.Linked);
    }

    [Theory]
    [InlineData("deaths", "injured")]
    [InlineData("exports", "imports")]
    [InlineData("budget", "revenue")]
    public void Of_TwoNamedMeasuresOfNoFamily_IsDifferent(string a, string b)
    {
        MeasureRelations.Of(ClaimBuilder.Count("a", 10m, a), ClaimBuilder.Count("b", 10m, b)).ShouldBe(MeasureRelation.Different);
    }

    [Fact]
    public void Of_SameNamedMeasure_IsSame()
    {
        MeasureRelations.Of(ClaimBuilder.Count("a", 10m, "deaths"), ClaimBuilder.Count("b", 12m, "deaths")).ShouldBe(MeasureRelation.Same);
    }
}
