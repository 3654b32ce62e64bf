using FactPipeline.Core.Review;

namespace FactPipeline.Core.Tests.Review;

public sealed class FindingAnchorsTests
{
    [Fact]
    public void ShapeOf_SentencesDifferingOnlyInTheirFigures_HaveOneShape() =>
        FindingAnchors.ShapeOf("Anggaran  AI mencapai 10,1 triliun won.").ShouldBe(FindingAnchors.ShapeOf("anggaran AI mencapai 10,4 triliun won."));

    [Fact]
    public void ShapeOf_DigitsWithSeparators_BecomeOneMark() =>
        FindingAnchors.ShapeOf("Rp 1.250.000,50 dan 3 orang").ShouldBe("rp # dan # orang");

    [Fact]
    public void ShapeOf_DifferentWords_DifferentShapes() =>
        FindingAnchors.ShapeOf("예산은 10조 원이다").ShouldNotBe(FindingAnchors.ShapeOf("투자는 10조 원이다"));

    [Fact]
    public void Of_SameFigureElsewhereInTheSource_SharesOnlyTheSentenceKey()
    {
        var here = new TrackedFigure("https://a.example/x", "a", "c1", 120, "10", 10m, "", "id", "anggaran # triliun", "Anggaran 10 triliun", 111);
        var moved = here with { ValueStart = 150, QuoteStart = 141 };

        FindingAnchors.Of(here).Intersect(FindingAnchors.Of(moved)).ShouldHaveSingleItem();
    }
}
