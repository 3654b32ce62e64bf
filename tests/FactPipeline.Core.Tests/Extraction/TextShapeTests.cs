using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class TextShapeTests
{
    [Fact]
    public void CollapseWhitespace_TabsNewlinesAndNoBreakSpaces_BecomeOneSpaceAndEndsAreTrimmed()
    {
        TextShape.CollapseWhitespace("\u00A0 Bus\t\tfares\n rise\u3000 again \r\n").ShouldBe("Bus fares rise again");
    }

    [Fact]
    public void CollapseWhitespace_SingleSpacesOnly_ReturnsTheTextUnchanged()
    {
        TextShape.CollapseWhitespace("Bus fares rise again").ShouldBe("Bus fares rise again");
    }

    [Fact]
    public void CollapseWhitespace_OnlyWhitespace_ReturnsEmpty()
    {
        TextShape.CollapseWhitespace(" \t\n ").ShouldBe("");
    }

    [Fact]
    public void LatinEquivalentLength_ChineseAndKorean_CountMoreThanOnePerCharacter()
    {
        TextShape.LatinEquivalentLength("地铁票价").ShouldBe(12);
        TextShape.LatinEquivalentLength("버스 요금").ShouldBe(9);
        TextShape.LatinEquivalentLength("bus fare").ShouldBe(8);
    }

    [Fact]
    public void IsProse_LongChineseSentenceWithoutSpaces_IsProse()
    {
        TextShape.IsProse("本市今天起新增三百辆新能源公交车，覆盖全部二十条主干线路，老旧柴油车将在年底前退役。").ShouldBeTrue();
    }

    [Fact]
    public void IsShortNonSentence_KoreanSentenceWithoutFinalPeriod_IsASentence()
    {
        TextShape.IsShortNonSentence("부산시는 내년부터 시내버스 요금을 면제하는 방안을 검토하고 있다").ShouldBeFalse();
    }

    [Fact]
    public void IsShortNonSentence_KoreanHeadline_IsShortNonSentence()
    {
        TextShape.IsShortNonSentence("부산시, 시내버스 무료화 검토").ShouldBeTrue();
    }

    [Fact]
    public void EndsLikeSentence_ChineseCornerBracketQuote_LooksThroughIt()
    {
        TextShape.EndsLikeSentence("局长说：「票价不变。」").ShouldBeTrue();
    }

    [Fact]
    public void WordCount_Chinese_CountsAWordPerTwoCharacters()
    {
        TextShape.WordCount("新能源公交车").ShouldBe(3);
        TextShape.WordCount("three plain words").ShouldBe(3);
    }
}
