using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.CrossCheck;

/// <summary>A deals page lists many products' prices: its prices match only a price of the product both sentences name.</summary>
public sealed class ListingPagesTests
{
    /// <summary>Article "deals" with ten distinct prices (claims 0–9) and article "other" with one (claim 10).</summary>
    private static Claim[] DealsPageAndOther(string? otherSubject, SubjectSource otherSource)
    {
        var deals = Enumerable.Range(0, ListingPages.MinMoneyFigures)
            .Select(n => ClaimBuilder.Money("deals", 100m + n * 50m, "USD", "price", language: "en", subjectId: "name:skyhawk mini", source: SubjectSource.Context))
            .ToList();
        deals.Add(ClaimBuilder.Money("other", 120m, "USD", "price", language: "en", subjectId: otherSubject, source: otherSource));
        return [.. deals];
    }

    [Fact]
    public void Demote_ListingPagePriceWithItsProductNamedOnOneSideOnly_BecomesPossible()
    {
        var claims = DealsPageAndOther("name:vortex card", SubjectSource.Sentence);
        var match = new CrossChecker.Candidate(0, 10, "same story, measure and context");

        var (matches, possible) = ListingPages.Demote(claims, [match], []);

        matches.ShouldBeEmpty();
        possible.ShouldHaveSingleItem().Why.ShouldStartWith("a price on a listing page");
    }

    [Fact]
    public void Demote_ListingPagePriceOfProductNamedInBothSentences_StaysAMatch()
    {
        var claims = DealsPageAndOther("name:skyhawk mini", SubjectSource.Sentence);
        claims[0] = claims[0] with { SubjectSource = SubjectSource.Sentence };
        var match = new CrossChecker.Candidate(0, 10, "same subject and measure");

        var (matches, possible) = ListingPages.Demote(claims, [match], []);

        matches.ShouldHaveSingleItem();
        possible.ShouldBeEmpty();
    }

    [Fact]
    public void Demote_NewsReportWithAFewPrices_IsNoListing()
    {
        Claim[] claims =
        [
            ClaimBuilder.Money("a", 399m, "USD", "price", language: "en", subjectId: "name:skyhawk mini", source: SubjectSource.Context),
            ClaimBuilder.Money("a", 499m, "USD", "price", language: "en", subjectId: "name:skyhawk mini", source: SubjectSource.Context),
            ClaimBuilder.Money("b", 420m, "USD", "price", language: "en"),
        ];

        var (matches, _) = ListingPages.Demote(claims, [new CrossChecker.Candidate(0, 2, "same story, measure and context")], []);

        ListingPages.Listings(claims).ShouldBeEmpty();
        matches.ShouldHaveSingleItem();
    }
}
