using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Shouldly;

namespace FactPipeline.Core.Tests.CrossCheck;

public sealed class CrossCheckerTests
{
    private static readonly CrossChecker Checker = new(Options.Create(new CrossCheckOptions()));

    [Fact]
    public void Check_RoundedAndPreciseBudget_IsMinorRounding()
    {
        var rounded = ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", step: 1_000_000_000_000m);
        var precise = ClaimBuilder.Money("b", 10_100_000_000_000m, "KRW", step: 100_000_000_000m);

        var finding = Checker.Check([rounded, precise]).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.Reason.ShouldBe(VerdictReason.Rounding);
        finding.DifferencePercent.ShouldBe(1.00m);
        finding.ClaimIds.ShouldBe([rounded.Id, precise.Id], ignoreOrder: true);
    }

    [Fact]
    public void Check_TwoPreciseFiguresThatCannotBothHold_IsConflict()
    {
        var a = ClaimBuilder.Money("a", 10_100_000_000_000m, "KRW", step: 100_000_000_000m);
        var b = ClaimBuilder.Money("b", 10_400_000_000_000m, "KRW", step: 100_000_000_000m);

        var finding = Checker.Check([a, b]).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Conflict);
    }

    [Fact]
    public void Check_RoundedCountAndLowerBound_IsConsistent()
    {
        var rounded = ClaimBuilder.Count("a", 260_000m, "gpus", step: 1_000m, metric: ["gpu", "pemroses"]);
        var atLeast = ClaimBuilder.Count("b", 260_000m, "gpus", hedge: Hedge.Above, metric: ["gpu", "pemroses", "nvidia"]);

        var finding = Checker.Check([rounded, atLeast]).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Consistent);
    }

    [Fact]
    public void Check_PartAndWhole_AreNotMatched()
    {
        var part = ClaimBuilder.Count("a", 50_000m, "gpus");
        var whole = ClaimBuilder.Count("b", 260_000m, "gpus");

        Checker.Check([part, whole]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_SameAmountInDifferentCurrencies_IsNoMatch()
    {
        var dollars = ClaimBuilder.Money("a", 100_000_000_000m, "USD", concept: "investment");
        var euros = ClaimBuilder.Money("b", 100_000_000_000m, "EUR", concept: "investment", hedge: Hedge.Below);

        Checker.Check([dollars, euros]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_DifferentCountries_IsNoMatch()
    {
        var korea = ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", subject: ["kr"]);
        var china = ClaimBuilder.Money("b", 12_000_000_000_000m, "KRW", subject: ["cn"]);

        Checker.Check([korea, china]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_DifferentYears_IsNoMatch()
    {
        var y2026 = ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", year: 2026);
        var y2027 = ClaimBuilder.Money("b", 12_000_000_000_000m, "KRW", year: 2027);

        Checker.Check([y2026, y2027]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_ClaimsOfOneArticleOnly_GiveNoFinding()
    {
        var a = ClaimBuilder.Money("same", 10_000_000_000_000m, "KRW");
        var b = ClaimBuilder.Money("same", 12_000_000_000_000m, "KRW");

        Checker.Check([a, b]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_SameLanguageUnrelatedContext_IsNoMatch()
    {
        var a = ClaimBuilder.Count("a", 5m, "companies", metric: ["manufaktur", "sprint"]);
        var b = ClaimBuilder.Count("b", 6m, "companies", metric: ["teknologi", "lokal", "utama"]);

        Checker.Check([a, b]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_CrossLanguageSameConceptAndPlace_Matches()
    {
        var indonesian = ClaimBuilder.Money("a", 10_100_000_000_000m, "KRW", step: 100_000_000_000m, metric: ["anggaran"]);
        var korean = ClaimBuilder.Money("b", 10_100_000_000_000m, "KRW", step: 100_000_000_000m, metric: ["예산"], language: "ko");

        Checker.Check([indonesian, korean]).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Consistent);
    }

    [Fact]
    public void Check_ConflictsComeBeforeMinorFindings()
    {
        var claims = new[]
        {
            ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", step: 1_000_000_000_000m),
            ClaimBuilder.Money("b", 10_100_000_000_000m, "KRW", step: 100_000_000_000m),
            ClaimBuilder.Count("a", 300m, "companies", metric: ["manufaktur"]),
            ClaimBuilder.Count("b", 400m, "companies", metric: ["manufaktur"]),
        };

        Checker.Check(claims).Select(f => f.Severity).ShouldBe([Severity.Conflict, Severity.Minor]);
    }

    [Fact]
    public void Check_SameInputsTwice_GivesSameFindingIds()
    {
        var claims = new[]
        {
            ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", step: 1_000_000_000_000m),
            ClaimBuilder.Money("b", 10_100_000_000_000m, "KRW", step: 100_000_000_000m),
        };

        Checker.Check(claims).Single().Id.ShouldBe(Checker.Check(claims.Reverse().ToArray()).Single().Id);
    }

    [Theory]
    [InlineData(100, 1, 104, 1, VerdictReason.Disjoint)]
    [InlineData(100, 10, 104, 1, VerdictReason.Rounding)]
    [InlineData(100, 1, 100, 1, VerdictReason.Equal)]
    public void Compare_ExactFigures_UsesRoundingStep(int a, int stepA, int b, int stepB, VerdictReason expected)
    {
        var left = ClaimBuilder.Count("a", a, "x", step: stepA).Value;
        var right = ClaimBuilder.Count("b", b, "x", step: stepB).Value;

        Checker.Compare(left, right).ShouldBe(expected);
    }
}
