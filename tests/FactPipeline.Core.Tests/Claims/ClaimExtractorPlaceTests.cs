using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Claims;

/// <summary>
/// The places a figure's own sentence names: not its sources' ("Reuters in London said"), except a speaking body's
/// place when the sentence names no other ("the ministry in Gaza said"), which tells where as "in Gaza" would.
/// </summary>
public sealed class ClaimExtractorPlaceTests
{
    [Fact]
    public void Extract_OnlyPlaceIsTheSpeakingBodys_IsTheSentencePlace()
    {
        var claims = ExtractedClaims.Of("a", "en", "The health ministry in Gaza said at least 40 people were killed overnight.");

        ExtractedClaims.Single(claims, "40 people").SentencePlaces.ShouldBe(["ps"], ExtractedClaims.Describe(claims));
    }

    [Fact]
    public void Extract_SentenceNamesItsOwnPlace_SourcePlaceIsLeftOut()
    {
        var claims = ExtractedClaims.Of("a", "en", "Officials in Washington said 12 people died in Iraq on Monday.");

        ExtractedClaims.Single(claims, "12 people").SentencePlaces.ShouldBe(["iq"], ExtractedClaims.Describe(claims));
    }

    [Theory]
    [InlineData("en", "The fund will build 40 clinics, with 25 in Aceh and 15 in Riau.", "15", "id-ri")]
    [InlineData("id", "Sudah selesai 19 klinik, yaitu 12 klinik di Aceh dan 7 klinik di Riau.", "12 klinik", "id-ac")]
    public void Extract_FigureFollowedByItsOwnPlace_TakesThatPlaceOnly(string language, string sentence, string figure, string place)
    {
        var claims = ExtractedClaims.Of("a", language, sentence);
        var claim = ExtractedClaims.Single(claims, figure);

        claim.SentencePlaces.ShouldBe([place], ExtractedClaims.Describe(claims));
        claim.SubjectId.ShouldBe(place, ExtractedClaims.Describe(claims));
    }

    [Fact]
    public void Extract_FigureWithNoPlaceRightAfterIt_KeepsEverySentencePlace()
    {
        var claims = ExtractedClaims.Of("a", "en", "The fund will build 40 clinics, with 25 in Aceh and 15 in Riau.");

        ExtractedClaims.Single(claims, "40 clinics").SentencePlaces.Order().ToArray().ShouldBe(["id-ac", "id-ri"], ExtractedClaims.Describe(claims));
    }
}
