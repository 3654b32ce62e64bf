using FactPipeline.Core.Claims;

namespace FactPipeline.Core.Tests.Claims;

public sealed class MeasurementUnitsTests
{
    private static readonly MeasurementUnits Units = MeasurementUnits.Load();

    [Theory]
    [InlineData("tấn", "unit:tonne")]
    [InlineData("hp", "unit:horsepower")]
    [InlineData("마력", "unit:horsepower")]
    [InlineData("PS", "unit:metric-horsepower")]
    public void ConceptOf_UnitInAnyLanguage_ReturnsItsId(string noun, string expected)
    {
        Units.ConceptOf(noun).ShouldBe(expected);
    }

    [Fact]
    public void ConceptOf_MetricHorsepowerAndHorsepower_AreDifferentUnits()
    {
        // 1 PS is 0.986 hp: "151 PS" and "149 hp" are one engine, which one unit would call a 1.3% conflict.
        Units.ConceptOf("ps").ShouldNotBe(Units.ConceptOf("hp"));
    }

    [Fact]
    public void ConceptOf_OrdinaryNoun_IsNull()
    {
        Units.ConceptOf("rumah").ShouldBeNull();
    }
}
