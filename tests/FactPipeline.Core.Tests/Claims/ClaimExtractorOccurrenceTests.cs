using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Claims;

/// <summary>
/// Counts of occurrences ("cut rates twice", "dua kali", "세 차례", "hai lần", "两次", "scored twice") are counts whose
/// measure is the action counted, the same in every language; multipliers stay multipliers.
/// </summary>
public sealed class ClaimExtractorOccurrenceTests
{
    [Theory]
    [InlineData("id", "Bank Sentral Lumeria telah memangkas suku bunga dua kali sepanjang tahun ini.", "dua kali", 2)]
    [InlineData("ko", "루메리아 중앙은행은 올해 들어 세 차례 금리를 내렸다.", "세 차례", 3)]
    [InlineData("vi", "Ngân hàng trung ương Lumeria đã hai lần hạ lãi suất trong năm nay.", "hai lần", 2)]
    [InlineData("zh", "卢梅里亚央行今年以来已两次降息。", "两次", 2)]
    [InlineData("en", "The Lumerian central bank has cut rates twice this year.", "twice", 2)]
    public void Extract_RateCutCount_IsACountOfCutsInEveryLanguage(string language, string sentence, string figure, int count)
    {
        var claims = ExtractedClaims.Of("a", language, sentence);

        var claim = ExtractedClaims.Single(claims, figure);
        claim.Value.Kind.ShouldBe(QuantityKind.Count);
        claim.Value.Amount.ShouldBe(count);
        claim.Concept.ShouldBe("times:interest-rate:down", ExtractedClaims.Describe(claims));
    }

    [Fact]
    public void Extract_RateHikesAndRateCuts_AreDifferentMeasures()
    {
        var hikes = ExtractedClaims.Single(ExtractedClaims.Of("a", "id", "Bank Sentral Lumeria menaikkan suku bunga dua kali tahun ini."), "dua kali");
        var cuts = ExtractedClaims.Single(ExtractedClaims.Of("b", "id", "Bank Sentral Lumeria memangkas suku bunga dua kali tahun ini."), "dua kali");

        hikes.Concept.ShouldBe("times:interest-rate:up");
        cuts.Concept.ShouldBe("times:interest-rate:down");
    }

    [Theory]
    [InlineData("en", "Striker Tomas Vell scored twice as Rivertown beat Harbour City 3-1 on Sunday.", "twice", 2)]
    [InlineData("id", "Penyerang Tomas Vell mencetak gol dua kali dalam laga itu.", "dua kali", 2)]
    [InlineData("vi", "Tiền đạo Tomas Vell ghi bàn hai lần trong trận đấu.", "hai lần", 2)]
    public void Extract_TimesAPlayerScored_CountsGoals(string language, string sentence, string figure, int count)
    {
        var claims = ExtractedClaims.Of("a", language, sentence);

        var claim = ExtractedClaims.Single(claims, figure);
        claim.Value.Amount.ShouldBe(count);
        claim.Concept.ShouldBe("goals", ExtractedClaims.Describe(claims));
        claim.SubjectId.ShouldNotBeNull();
        claim.SubjectId.ShouldContain("vell");
    }

    [Fact]
    public void Extract_GoalsOverAStreak_IsNoCountOfOneMatch()
    {
        var claims = ExtractedClaims.Of("a", "en", "Tomas Vell has scored four times during a three-game streak.");

        claims.ShouldNotContain(c => c.Concept == "goals", ExtractedClaims.Describe(claims));
    }

    [Theory]
    [InlineData("id", "Penjualan kopi Lumeria naik tiga kali lipat tahun ini.", "tiga kali")]
    [InlineData("vi", "Doanh số cà phê Lumeria tăng 3 lần so với năm ngoái.", "3 lần")]
    public void Extract_Multiplier_StaysAMultiplier(string language, string sentence, string figure)
    {
        var claims = ExtractedClaims.Of("a", language, sentence);

        ExtractedClaims.Single(claims, figure).Value.Kind.ShouldBe(QuantityKind.Multiplier, ExtractedClaims.Describe(claims));
    }

    [Theory]
    [InlineData("id", "Badan geofisika mencatat 14 kali gempa susulan hingga Senin sore.", "14 kali")]
    [InlineData("zh", "截至昨晚，震区共记录到14次余震。", "14次")]
    public void Extract_TimesRightBeforeAnEvent_CountsThatEvent(string language, string sentence, string figure)
    {
        var claims = ExtractedClaims.Of("a", language, sentence);

        var claim = ExtractedClaims.Single(claims, figure);
        claim.Value.Kind.ShouldBe(QuantityKind.Count);
        claim.Concept.ShouldBe("aftershocks", ExtractedClaims.Describe(claims));
    }

    [Theory]
    [InlineData("Coach Ana Ruiz won the Lumerian Cup twice with two clubs.")]
    [InlineData("Native ads on phones generate twice the CTR of ads on desktops.")]
    public void Extract_TwiceWithNoActionOfItsOwn_IsNoCount(string sentence)
    {
        var claims = ExtractedClaims.Of("a", "en", sentence);

        claims.ShouldNotContain(c => c.Value.Text == "twice", ExtractedClaims.Describe(claims));
    }

    [Fact]
    public void Extract_TwiceAsMany_IsNoCount()
    {
        var claims = ExtractedClaims.Of("a", "en", "Rivertown drew twice as many fans as Harbour City this season.");

        claims.ShouldNotContain(c => c.Value.Text == "twice", ExtractedClaims.Describe(claims));
    }
}
