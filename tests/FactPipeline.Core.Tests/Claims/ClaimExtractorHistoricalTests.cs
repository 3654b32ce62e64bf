using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Claims;

/// <summary>Figures dated two or more years before their article (published 2 March 2026 in these tests) are past ones.</summary>
public sealed class ClaimExtractorHistoricalTests
{
    [Theory]
    [InlineData("id", "Pada 2021, gempa di Pulau Lintang menewaskan 105 orang.", "105 orang", true)]
    [InlineData("en", "In the 2022 local elections, turnout in Lintang had been 52.3 percent.", "52.3 percent", true)]
    [InlineData("en", "The carmaker delivered 48,214 vehicles in the fourth quarter of 2025.", "48,214 vehicles", false)]
    [InlineData("id", "Gempa di Pulau Lintang menewaskan 81 orang.", "81 orang", false)]
    public void Extract_YearTwoOrMoreBeforePublication_IsHistorical(string language, string sentence, string figure, bool historical)
    {
        var claims = ExtractedClaims.Of("a", language, sentence);

        ExtractedClaims.Single(claims, figure).Scope.IsHistorical.ShouldBe(historical, ExtractedClaims.Describe(claims));
    }
}
