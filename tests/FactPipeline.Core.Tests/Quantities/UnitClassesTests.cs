using FactPipeline.Core.Quantities;
using Shouldly;

namespace FactPipeline.Core.Tests.Quantities;

public sealed class UnitClassesTests
{
    [Fact]
    public void ByLanguage_EveryClass_CoversAllFiveLanguages()
    {
        foreach (var (name, perLanguage) in UnitClasses.ByLanguage)
        {
            foreach (var language in UnitClasses.Languages)
            {
                perLanguage.ShouldContainKey(language, name);
                perLanguage[language].ShouldNotBeEmpty($"{name}/{language}");
            }
        }
    }

    [Theory]
    [InlineData("tahun")]
    [InlineData("years")]
    [InlineData("년간")]
    [InlineData("năm")]
    [InlineData("个月")]
    [InlineData("세")]
    [InlineData("tuổi")]
    [InlineData("岁")]
    public void IsDurationOrAge_TimeOrAgeUnit_IsTrue(string unit) => UnitClasses.IsDurationOrAge(unit).ShouldBeTrue();

    [Theory]
    [InlineData("korban")]
    [InlineData("people")]
    [InlineData("명")]
    [InlineData("người")]
    [InlineData("人")]
    public void IsDurationOrAge_CountedNoun_IsFalse(string unit)
    {
        UnitClasses.IsDurationOrAge(unit).ShouldBeFalse();
        UnitClasses.Counted.ShouldContain(unit);
    }

    [Theory]
    [InlineData("ton")]
    [InlineData("KM")]
    [InlineData("톤")]
    [InlineData("tấn")]
    [InlineData("公里")]
    public void IsMeasure_UnitOfMeasure_IsTrue(string unit) => UnitClasses.IsMeasure(unit).ShouldBeTrue();
}
