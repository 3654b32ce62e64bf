using System.Text.RegularExpressions;
using FactPipeline.Core.Summaries;

namespace FactPipeline.Core.Tests.Summaries;

public sealed class ClaimFigureTests
{
    [Theory]
    [InlineData("5 개", "개", "5개")]
    [InlineData("5만 개", "개", "5만 개")]
    [InlineData("2,000 명 이상", "명", "2,000명 이상")]
    [InlineData("3 곳–7 곳", "곳", "3곳–7곳")]
    [InlineData("약 12 가구", "가구", "약 12가구")]
    [InlineData("12 경기 8 경기", "경기", "12경기 8경기")]
    [InlineData("명 5 명", "명", "명 5명")]
    [InlineData(" 명", "명", " 명")]
    [InlineData("", "개", "")]
    [InlineData("9", "개", "9")]
    [InlineData("4 개개 4 개", "개", "4개개 4개")]
    [InlineData("٣ 명", "명", "٣명")]
    public void AttachCounter_RemovesTheSpaceBetweenADigitAndTheCounter(string figure, string counter, string expected)
    {
        ClaimFigure.AttachCounter(figure, counter).ShouldBe(expected);
    }

    /// <summary>What the replace it stands for gives, on every figure shape the Korean formatter writes.</summary>
    [Theory]
    [InlineData("개")]
    [InlineData("명")]
    [InlineData("가구")]
    [InlineData("")]
    public void AttachCounter_GivesWhatTheDigitSpaceCounterRegexReplaceGives(string counter)
    {
        string[] shapes =
        [
            "1 {0}", "10만 {0}", "1억 2,000만 {0}", "3.5 {0}", "최소 7 {0}", "5–9 {0}", "5 {0}–9 {0}", "{0} 5 {0}", "5  {0}",
            "5 {0}5 {0}", "x {0}", "{0}", "0 {0} 0", "12 {0}{0} 3 {0}",
        ];
        foreach (var figure in shapes.Select(shape => string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, counter)))
        {
            ClaimFigure.AttachCounter(figure, counter).ShouldBe(Regex.Replace(figure, @"(\d) (" + counter + ")", "$1$2"), figure);
        }
    }
}
