using FactPipeline.Core.Quantities;
using Shouldly;

namespace FactPipeline.Core.Tests.Quantities;

public sealed class DigitNumberParserTests
{
    [Theory]
    [InlineData("1.234", "id", "1234", "1")]
    [InlineData("1,5", "id", "1.5", "0.1")]
    [InlineData("260.000", "id", "260000", "1")]
    [InlineData("1.234.567,89", "id", "1234567.89", "0.01")]
    [InlineData("1,200.5", "en", "1200.5", "0.1")]
    [InlineData("1,234", "en", "1234", "1")]
    [InlineData("1,3", "en", "1.3", "0.1")]
    [InlineData("4.800", "en", "4.8", "0.001")]
    [InlineData("27,350,000", "ko", "27350000", "1")]
    [InlineData(",77", "vi", "0.77", "0.01")]
    public void TryParse_LanguageSeparators_ReturnsValueAndStep(string text, string language, string value, string step)
    {
        DigitNumberParser.TryParse(text, 0, QuantityLanguages.Parse(language), out var number).ShouldBeTrue();
        number.Value.ShouldBe(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        number.Step.ShouldBe(decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture));
        number.End.ShouldBe(text.Length);
    }

    [Fact]
    public void TryParse_IpAddress_StopsAtFirstGroup()
    {
        DigitNumberParser.TryParse("192.168.1.2", 0, QuantityLanguage.English, out var number).ShouldBeTrue();
        number.Value.ShouldBe(192m);
        number.End.ShouldBe(3);
    }
}
