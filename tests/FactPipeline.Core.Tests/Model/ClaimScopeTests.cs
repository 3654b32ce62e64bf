using FactPipeline.Core.Model;

namespace FactPipeline.Core.Tests.Model;

public sealed class ClaimScopeTests
{
    [Fact]
    public void IsCompatibleWith_UnspecifiedSide_IsCompatibleWithAnyWholeScope()
    {
        var stated = new ClaimScope { Basis = ScopeBasis.Total, Rate = ScopeRate.PerYear, SpanYears = 5, SubPeriod = 2 };

        ClaimScope.Unspecified.IsCompatibleWith(stated).ShouldBeTrue();
        stated.IsCompatibleWith(ClaimScope.Unspecified).ShouldBeTrue();
    }

    [Fact]
    public void IsCompatibleWith_OneDaysCountAgainstATotalOrAnAddition_IsIncompatible()
    {
        // "420 flights in a single day" against "1,300 extra flights" or "9,800 flights in all".
        var day = new ClaimScope { Rate = ScopeRate.PerDay };

        day.IsCompatibleWith(new ClaimScope { Basis = ScopeBasis.Additional }).ShouldBeFalse();
        new ClaimScope { Basis = ScopeBasis.Total }.IsCompatibleWith(day).ShouldBeFalse();
        day.IsCompatibleWith(ClaimScope.Unspecified).ShouldBeTrue("a figure told without a scope may be that day's");
        new ClaimScope { Rate = ScopeRate.PerDay, Basis = ScopeBasis.Additional }.IsCompatibleWith(new ClaimScope { Basis = ScopeBasis.Additional })
            .ShouldBeTrue("'50 extra flights a day' against '50 extra flights' is one fact told with and without its rate");
    }

    [Fact]
    public void IsCompatibleWith_PartAgainstWhole_IsIncompatibleEvenWhenUnspecified()
    {
        var part = new ClaimScope { IsPart = true };

        part.IsCompatibleWith(ClaimScope.Unspecified).ShouldBeFalse();
        ClaimScope.Unspecified.IsCompatibleWith(part).ShouldBeFalse();
        part.IsCompatibleWith(new ClaimScope { IsPart = true }).ShouldBeTrue();
    }

    [Theory]
    [InlineData(ScopeBasis.Additional, ScopeBasis.Total, false)]
    [InlineData(ScopeBasis.Remaining, ScopeBasis.Cumulative, false)]
    [InlineData(ScopeBasis.Change, ScopeBasis.Total, false)]
    [InlineData(ScopeBasis.Total, ScopeBasis.Total, true)]
    [InlineData(ScopeBasis.Unspecified, ScopeBasis.Additional, true)]
    public void IsCompatibleWith_Basis(ScopeBasis a, ScopeBasis b, bool expected)
    {
        new ClaimScope { Basis = a }.IsCompatibleWith(new ClaimScope { Basis = b }).ShouldBe(expected);
    }

    [Theory]
    [InlineData(ScopeStatus.Planned, ScopeStatus.Achieved, false)]
    [InlineData(ScopeStatus.Achieved, ScopeStatus.Planned, false)]
    [InlineData(ScopeStatus.Planned, ScopeStatus.Planned, true)]
    [InlineData(ScopeStatus.Achieved, ScopeStatus.Achieved, true)]
    [InlineData(ScopeStatus.Unspecified, ScopeStatus.Planned, true)]
    [InlineData(ScopeStatus.Achieved, ScopeStatus.Unspecified, true)]
    public void IsCompatibleWith_Status_OnlyTwoExplicitDifferentStatusesDisagree(ScopeStatus a, ScopeStatus b, bool expected)
    {
        new ClaimScope { Status = a }.IsCompatibleWith(new ClaimScope { Status = b }).ShouldBe(expected);
    }

    [Fact]
    public void IsCompatibleWith_PerYearAgainstPerMonth_IsIncompatible()
    {
        new ClaimScope { Rate = ScopeRate.PerYear }.IsCompatibleWith(new ClaimScope { Rate = ScopeRate.PerMonth }).ShouldBeFalse();
        new ClaimScope { Rate = ScopeRate.PerYear }.IsCompatibleWith(new ClaimScope { Rate = ScopeRate.PerYear }).ShouldBeTrue();
    }

    [Fact]
    public void IsCompatibleWith_DifferentSpansOrQuarters_AreIncompatible()
    {
        new ClaimScope { SpanYears = 5 }.IsCompatibleWith(new ClaimScope { SpanYears = 3 }).ShouldBeFalse();
        new ClaimScope { SubPeriod = 1 }.IsCompatibleWith(new ClaimScope { SubPeriod = 2 }).ShouldBeFalse();
        new ClaimScope { SpanYears = 5 }.IsCompatibleWith(new ClaimScope { SubPeriod = 2 }).ShouldBeTrue();
    }

    [Fact]
    public void IsSpecified_TrueOnlyWhenSomethingIsStated()
    {
        ClaimScope.Unspecified.IsSpecified.ShouldBeFalse();
        new ClaimScope { Rate = ScopeRate.PerDay }.IsSpecified.ShouldBeTrue();
        new ClaimScope { IsPart = true }.IsSpecified.ShouldBeTrue();
        new ClaimScope { SubPeriod = 6 }.IsSpecified.ShouldBeTrue();
    }

    [Fact]
    public void IsCompatibleWith_YearlyRateAgainstSumOverYears_IsIncompatible()
    {
        var yearly = new ClaimScope { Rate = ScopeRate.PerYear };
        var overThreeYears = new ClaimScope { SpanYears = 3 };

        yearly.IsCompatibleWith(overThreeYears).ShouldBeFalse();
        overThreeYears.IsCompatibleWith(yearly).ShouldBeFalse();
    }

    [Fact]
    public void IsCompatibleWith_YearlyRateOverYearsAgainstYearlyRate_IsCompatible()
    {
        // "Rp 2 triliun per tahun selama lima tahun" still says how much each year.
        var yearlyForFive = new ClaimScope { Rate = ScopeRate.PerYear, SpanYears = 5 };

        yearlyForFive.IsCompatibleWith(new ClaimScope { Rate = ScopeRate.PerYear }).ShouldBeTrue();
    }

    [Fact]
    public void IsCompatibleWith_TwoMonths_IsIncompatibleAndOneMonthIsCompatibleWithNone()
    {
        var march = new ClaimScope { Month = 3 };

        march.IsCompatibleWith(new ClaimScope { Month = 2 }).ShouldBeFalse();
        march.IsCompatibleWith(ClaimScope.Unspecified).ShouldBeTrue();
        march.IsCompatibleWith(new ClaimScope { Month = 3 }).ShouldBeTrue();
    }

    [Fact]
    public void IsCompatibleWith_AdditionAgainstCountAsOfATime_IsIncompatible()
    {
        // "Three more bodies were found" is no running total; "as of Friday night, six had died" is one.
        var added = new ClaimScope { Basis = ScopeBasis.Additional };
        var asOf = new ClaimScope { IsAsOf = true };

        added.IsCompatibleWith(asOf).ShouldBeFalse();
        asOf.IsCompatibleWith(added).ShouldBeFalse();
        asOf.IsCompatibleWith(new ClaimScope { Basis = ScopeBasis.Cumulative }).ShouldBeTrue();
        added.IsCompatibleWith(ClaimScope.Unspecified).ShouldBeTrue();
    }

    [Fact]
    public void IsCompatibleWith_RunningTotalAgainstANamedQuarterOrMonth_IsIncompatible()
    {
        // "2,300 jobs cut since last year" against "3,100 laid off in the fourth quarter" or "in March".
        var running = new ClaimScope { Basis = ScopeBasis.Cumulative };

        running.IsCompatibleWith(new ClaimScope { SubPeriod = 4 }).ShouldBeFalse();
        new ClaimScope { Month = 3 }.IsCompatibleWith(running).ShouldBeFalse();
        new ClaimScope { Basis = ScopeBasis.Cumulative, SubPeriod = 4 }.IsCompatibleWith(new ClaimScope { SubPeriod = 4 })
            .ShouldBeTrue("a running total within the quarter is that quarter's");
        new ClaimScope { IsAsOf = true }.IsCompatibleWith(new ClaimScope { SubPeriod = 4 })
            .ShouldBeTrue("a count merely told as of a time may be the quarter's");
    }

    [Fact]
    public void SharesExplicitScopeWith_BothAdditionsOrOneSpan_IsTrueButCompatibleUnspecifiedIsNot()
    {
        var added = new ClaimScope { Basis = ScopeBasis.Additional };
        var overThirty = new ClaimScope { SpanYears = 30 };

        added.SharesExplicitScopeWith(new ClaimScope { Basis = ScopeBasis.Additional }).ShouldBeTrue();
        overThirty.SharesExplicitScopeWith(new ClaimScope { Basis = ScopeBasis.Cumulative, SpanYears = 30 }).ShouldBeTrue();
        added.SharesExplicitScopeWith(ClaimScope.Unspecified).ShouldBeFalse("compatible is not the same evidence as told alike");
        overThirty.SharesExplicitScopeWith(new ClaimScope { SpanYears = 10 }).ShouldBeFalse();
        new ClaimScope { Basis = ScopeBasis.Additional, IsPart = true }.SharesExplicitScopeWith(added).ShouldBeFalse("a part is never its whole");
    }
}
