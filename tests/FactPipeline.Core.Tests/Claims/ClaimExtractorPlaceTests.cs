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
}
