using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// A listing page (a deals round-up, a price guide) gives the prices of many products, and two such pages share the
/// shops and brands they list, so they read as one story. A price there belongs to the product its own sentence names:
/// a match with a price of a listing page needs the same subject named in both sentences; otherwise it is a question.
/// </summary>
internal static class ListingPages
{
    // A news report gives a handful of money figures (a launch: a price or three; results: revenue, profit, costs); the
    // labelled corpus has at most eight distinct ones in an article. A deals page gives ten to forty.
    internal const int MinMoneyFigures = 10;

    /// <summary>The matches left, and the possible pairs with the matches a listing page's price cannot keep.</summary>
    public static (List<CrossChecker.Candidate> Matches, List<CrossChecker.Candidate> Possible) Demote(
        Claim[] claims, List<CrossChecker.Candidate> matches, List<CrossChecker.Candidate> possible)
    {
        var listings = Listings(claims);
        if (listings.Count == 0)
        {
            return (matches, possible);
        }
        var kept = new List<CrossChecker.Candidate>(matches.Count);
        foreach (var match in matches)
        {
            var (a, b) = (claims[match.Left], claims[match.Right]);
            if (IsPrice(a) && (listings.Contains(a.ArticleId) || listings.Contains(b.ArticleId)) && !SameNamedSubject(a, b))
            {
                possible.Add(match with { Why = "a price on a listing page, its product not named in both sentences: " + match.Why });
            }
            else
            {
                kept.Add(match);
            }
        }
        return (kept, possible);
    }

    /// <summary>Articles that give at least <see cref="MinMoneyFigures"/> distinct money figures.</summary>
    internal static HashSet<string> Listings(IReadOnlyList<Claim> claims) =>
        claims.Where(c => c.Value.Kind == QuantityKind.Money)
            .GroupBy(c => c.ArticleId, StringComparer.Ordinal)
            .Where(g => g.Select(c => (c.Value.Unit, c.Value.Amount)).Distinct().Count() >= MinMoneyFigures)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A price, a discount, or money whose sentence names no measure: what a listing page is made of.</summary>
    private static bool IsPrice(Claim c) =>
        c.Value.Kind == QuantityKind.Money && c.Concept is null or "price" or Claims.ClaimExtractor.Discount;

    private static bool SameNamedSubject(Claim a, Claim b) =>
        a.SubjectSource == SubjectSource.Sentence && b.SubjectSource == SubjectSource.Sentence
        && a.SubjectId is not null && string.Equals(a.SubjectId, b.SubjectId, StringComparison.Ordinal);
}
