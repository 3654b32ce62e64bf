using FactPipeline.Core.Claims.Scopes;

namespace FactPipeline.Core.Tests.Claims.Scopes;

public sealed class SpanCuesTests
{
    private static readonly SpanCues Cues = new(
        ["selama {n} tahun", "over {n} years", "over the next {n} years", "{n}-year", "{n}년간"],
        ["sepuluh", "lima", "five", "ten", "두"]);

    [Theory]
    [InlineData("dana itu cair selama 10 tahun", "10")]
    [InlineData("dana itu cair selama 7 tahun", "7")]
    [InlineData("spent over the next five years", "five")]
    [InlineData("a ten-year plan", "ten")]
    [InlineData("정부는 두년간 투자한다", "두")]
    [InlineData("selama sepuluh tahun", "sepuluh")]
    public void FirstNumber_SpanPhrase_GivesItsNumberAsWritten(string text, string number)
    {
        Cues.FirstNumber(text).ShouldBe(number);
    }

    [Theory]
    [InlineData("selama 100 tahun")]
    [InlineData("takeover 5 years")]
    [InlineData("over many years")]
    [InlineData("selama lima bulan")]
    public void FirstNumber_NoSpanPhrase_IsNull(string text)
    {
        // Three digits are no {n}; "takeover" only ends with "over"; a word that is no number; months are no years.
        Cues.FirstNumber(text).ShouldBeNull();
    }

    [Fact]
    public void FirstNumber_TwoPhrases_TakesTheLeftmost()
    {
        Cues.FirstNumber("a 3-year loan repaid over 5 years").ShouldBe("3");
    }

    [Fact]
    public void FirstNumber_CueThatDoesNotFit_TriesTheNextCueAtTheSamePlace()
    {
        // "over {n} years" cannot read "the" as a number; "over the next {n} years" can read the phrase.
        Cues.FirstNumber("over the next 4 years").ShouldBe("4");
    }

    [Fact]
    public void FirstNumber_TwoDigitsLeaveNoRoomForTheCue_TakesOneDigit()
    {
        var cues = new SpanCues(["{n}5 tahun"], []);

        cues.FirstNumber("25 tahun").ShouldBe("2");
    }

    [Theory]
    [InlineData("{n} to {n} years")]
    [InlineData("")]
    public void Constructor_CueWithTwoNumbersOrEmpty_Throws(string cue)
    {
        Should.Throw<InvalidOperationException>(() => new SpanCues([cue], []));
    }

    [Fact]
    public void FirstNumber_DigitOfAnotherScript_IsANumberToo()
    {
        // \d reads every decimal digit, and so does the matcher: "٥-year" (Arabic-Indic five).
        Cues.FirstNumber("a \u0665-year plan").ShouldBe("\u0665");
    }
}
