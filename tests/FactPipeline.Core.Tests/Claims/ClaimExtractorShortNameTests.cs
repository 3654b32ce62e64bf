using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Claims;

/// <summary>
/// A body the article names in full and later by the tail of its name ("抗灾署" after "印度尼西亚国家抗灾署") is one body:
/// the later sentence's figures are that body's, with the same id as the full name's.
/// </summary>
public sealed class ClaimExtractorShortNameTests
{
    [Theory]
    [InlineData("zh", "印度尼西亚国家抗灾署周二通报了洪灾情况。", "世界粮食计划署向灾区运送了120吨大米。", "抗灾署发言人在记者会上表示，洪水导致2130间房屋受损。", "2130间")]
    [InlineData("ko", "인도네시아 국가재난관리청은 화요일 홍수 피해를 발표했다.", "세계식량계획은 쌀 120t을 보냈다.", "재난관리청 대변인은 주택 2천130채가 파손됐다고 말했다.", "2천130채")]
    public void Extract_TailOfANameNamedInFullBefore_IsThatBody(string language, string first, string between, string later, string figure)
    {
        // The sentence between names another body, so the later figure cannot take the full name from the context.
        var claims = ExtractedClaims.Of("a", language, first, between, later);

        ExtractedClaims.Single(claims, figure).SubjectId.ShouldBe("bnpb", ExtractedClaims.Describe(claims));
    }

    [Fact]
    public void Extract_ShortNameWithoutAFullNameBefore_StaysItsOwnName()
    {
        var claims = ExtractedClaims.Of("a", "zh", "抗灾署发言人在记者会上表示，洪水导致2130间房屋受损。");

        ExtractedClaims.Single(claims, "2130间").SubjectId.ShouldNotBe("bnpb", ExtractedClaims.Describe(claims));
    }
}
