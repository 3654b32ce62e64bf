using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Claims;

/// <summary>Bare numbers the extractor reads as counts of a measure its sentence names, and those it does not.</summary>
public sealed class ClaimExtractorBareCountTests
{
    [Fact]
    public void Extract_NumberOfAShipsNameBeforeAPlace_IsNoCount()
    {
        // "KM Bintang Laut 3 di Selat Lombok" names a ship; it is not a list item "3 in the strait" of the bodies.
        var claims = ExtractedClaims.Of("a", "id",
            "Tim SAR menemukan empat jenazah lagi dari KM Bintang Laut 3 di Selat Lombok, sehingga korban meninggal menjadi 11 orang.");

        claims.Select(c => c.Value.Amount).ShouldNotContain(3m, ExtractedClaims.Describe(claims));
        ExtractedClaims.Single(claims, "empat jenazah").Value.Amount.ShouldBe(4m);
    }

    [Fact]
    public void Extract_ListItemAfterACountedTotal_IsACountOfThatMeasure()
    {
        var claims = ExtractedClaims.Of("a", "en", "The fund built 40 clinics, with 25 in Aceh and 15 in Riau.");

        ExtractedClaims.Single(claims, "25").Concept.ShouldBe(ExtractedClaims.Single(claims, "40 clinics").Concept, ExtractedClaims.Describe(claims));
    }
}
