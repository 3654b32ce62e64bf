using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Claims;

/// <summary>
/// "Of which" makes a figure a part of an earlier count of the same thing; a count of another thing after it (the
/// deaths among the cases) is a whole count of its own.
/// </summary>
public sealed class ClaimExtractorPartTests
{
    [Theory]
    [InlineData("id", "Gempa merusak 2.140 rumah, di antaranya 610 rumah rusak berat.", "610 rumah", true)]
    [InlineData("vi", "Tỉnh ghi nhận 214 ca sốt xuất huyết, trong đó 4 ca tử vong.", "4 ca", false)]
    [InlineData("zh", "该省共报告登革热病例214例，其中4例死亡。", "4例", false)]
    public void Extract_FigureAfterOfWhich_IsAPartOnlyOfTheSameThing(string language, string sentence, string figure, bool part)
    {
        var claims = ExtractedClaims.Of("a", language, sentence);

        ExtractedClaims.Single(claims, figure).Scope.IsPart.ShouldBe(part, ExtractedClaims.Describe(claims));
    }

    [Theory]
    [InlineData("id", "Tahap pertama senilai US$75 juta akan selesai tahun depan.", "US$75 juta")]
    [InlineData("en", "The first phase, worth $75 million, is due next year.", "$75 million")]
    [InlineData("vi", "Nhà máy có công suất giai đoạn đầu 20.000 xe mỗi năm.", "20.000 xe")]
    public void Extract_FigureOfAPhase_IsAPartWhateverMeasureItsSentenceNames(string language, string sentence, string figure)
    {
        var claims = ExtractedClaims.Of("a", language, sentence);

        ExtractedClaims.Single(claims, figure).Scope.IsPart.ShouldBeTrue(ExtractedClaims.Describe(claims));
    }

    [Theory]
    [InlineData("zh", "全市约80万名选民中不到21万人参加投票。", "80万名选民中不到21万人")]
    [InlineData("ko", "전체 유권자 80만 명 가운데 21만 명이 투표에 참여했다.", "80만 명 가운데 21만 명")]
    [InlineData("id", "Dari 800.000 pemilih, 210.000 orang memberikan suara.", "800.000 pemilih, 210.000 orang")]
    [InlineData("en", "Of the 800,000 eligible voters, 210,000 cast ballots.", "800,000 eligible voters, 210,000 cast")]
    [InlineData("vi", "Trong số 800.000 cử tri, có 210.000 người đi bầu.", "800.000 cử tri, có 210.000 người")]
    public void Extract_PartAfterItsWhole_IsAPartCountingTheWholesMembers(string language, string sentence, string figure)
    {
        var claims = ExtractedClaims.Of("a", language, sentence);

        var part = ExtractedClaims.Single(claims, figure);
        part.Scope.IsPart.ShouldBeTrue(ExtractedClaims.Describe(claims));
        part.Value.Whole.ShouldBe(800_000m);
        part.Concept.ShouldBe("voters", ExtractedClaims.Describe(claims));
    }
}
