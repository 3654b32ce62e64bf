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
    public void Of_TwoFiguresOfOneSentence_ShareNoKey()
    {
        const string quote = "Korea will triple its AI budget to 10.1 trillion won.";
        var triple = new TrackedFigure("https://a.example/x", "a", "c1", 211, "triple", 3m, "x", "en", FindingAnchors.ShapeOf(quote), quote, 200);
        var budget = triple with { ClaimId = "c2", ValueStart = 235, ValueText = "10.1 trillion won" };

        FindingAnchors.Of(triple).Intersect(FindingAnchors.Of(budget)).ShouldBeEmpty();
    }

    [Fact]
    public void Of_FigureCorrectedInPlace_KeepsTheSentenceKey()
    {
        const string quote = "Anggaran mencapai 10,1 triliun won.";
        var before = new TrackedFigure("https://a.example/x", "a", "c1", 118, "10,1 triliun won", 1m, "KRW", "id", FindingAnchors.ShapeOf(quote), quote, 100);
        var corrected = before with { ArticleId = "a2", ClaimId = "c9", ValueText = "10,4 triliun won", Quote = quote.Replace("10,1", "10,4", StringComparison.Ordinal) };

        FindingAnchors.Of(before).Intersect(FindingAnchors.Of(corrected)).ShouldHaveSingleItem();
    }

    [Fact]
    public void Of_SameFigureElsewhereInTheSource_SharesOnlyTheSentenceKey()
    {
        var here = new TrackedFigure("https://a.example/x", "a", "c1", 120, "10", 10m, "", "id", "anggaran # triliun", "Anggaran 10 triliun", 111);
        var moved = here with { ValueStart = 150, QuoteStart = 141 };

        FindingAnchors.Of(here).Intersect(FindingAnchors.Of(moved)).ShouldHaveSingleItem();
    }
}
