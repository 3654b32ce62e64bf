using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Inside one story, each figure of one article is the counterpart of at most one figure of another article, as an
/// editor reads two reports side by side: the same figures pair first ("81 dead" and "81 người"), then the closest
/// figure of the same measure. A figure whose counterpart is already taken is not compared with what is left:
/// "63 adult patients" in one report is not a misreported "186 children" when the other report says 186 too.
/// </summary>
/// <remarks>
/// Pairs across stories (the same subject and measure) are not aligned: they come from different events.
/// Anchors are same-story pairs of equal figures that are not matches themselves (the measure is unknown on one
/// side); they still take both figures out of the alignment.
/// </remarks>
internal static class StoryAlignment
{
    public enum Origin
    {
        Match,
        Possible,
        Anchor,
    }

    /// <param name="SameStory">Whether the two claims' articles are one story, when the pair's maker already knows
    /// (null: the alignment asks).</param>
    public readonly record struct Pair(int Left, int Right, string Why, Origin Origin, bool? SameStory = null);

    /// <summary>The matches and possible pairs left after one-to-one alignment inside each pair of same-story articles.</summary>
    /// <param name="sameStory">Whether the articles of two claims (by index) are one story.</param>
    /// <param name="count">How many <paramref name="pairs"/> there are, when known: the possible pairs (most of millions,
    /// and each pair ends in one list at most) get room for all of them at once, not a list grown by copies.</param>
    public static (List<CrossChecker.Candidate> Matches, List<CrossChecker.Candidate> Possible) Align(
        Claim[] claims, IEnumerable<Pair> pairs, Func<int, int, bool> sameStory, CrossCheckOptions options, ConceptLexicon lexicon, int count = 0)
    {
        var matches = new List<CrossChecker.Candidate>();
        var possible = new List<CrossChecker.Candidate>(count);
        var byArticles = new Dictionary<(string, string), List<Pair>>();
        foreach (var pair in pairs)
        {
            if (!(pair.SameStory ?? sameStory(pair.Left, pair.Right)))
            {
                if (pair.Origin != Origin.Anchor)
                {
                    (pair.Origin == Origin.Match ? matches : possible).Add(new CrossChecker.Candidate(pair.Left, pair.Right, pair.Why));
                }
                continue;
            }
            var (a, b) = (claims[pair.Left].ArticleId, claims[pair.Right].ArticleId);
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (!byArticles.TryGetValue(key, out var list))
            {
                byArticles[key] = list = [];
            }
            list.Add(pair);
        }
        var taken = new HashSet<int>();
        var alignedByArticles = new List<ArticlePairAlignment>();
        foreach (var (articles, list) in byArticles)
        {
            taken.Clear();
            var aligned = new List<CrossChecker.Candidate>();
            var agreements = 0;
            foreach (var pair in list.OrderBy(p => Rank(claims[p.Left], claims[p.Right], p.Why, options.HedgeSlack, lexicon)).ThenBy(p => StatusRank(claims[p.Left], claims[p.Right])).ThenBy(p => Distance(claims[p.Left], claims[p.Right])).ThenBy(p => claims[p.Left].Id, StringComparer.Ordinal).ThenBy(p => claims[p.Right].Id, StringComparer.Ordinal))
            {
                if (taken.Contains(pair.Left) || taken.Contains(pair.Right) || WholeAgainstItsPart(claims[pair.Left], claims[pair.Right]))
                {
                    continue;
                }
                TakeWithRepeats(pair.Left, list, claims, taken);
                TakeWithRepeats(pair.Right, list, claims, taken);
                switch (pair.Origin)
                {
                    case Origin.Match:
                        aligned.Add(new CrossChecker.Candidate(pair.Left, pair.Right, pair.Why));
                        break;
                    case Origin.Possible when Promotable(claims[pair.Left], claims[pair.Right], pair.Why, options.MinContextOverlap, lexicon):
                        // Inside one story, the figure left for this one is its counterpart: what made the pair only
                        // possible (no named measure, far apart in size) is what the alignment settles.
                        aligned.Add(new CrossChecker.Candidate(pair.Left, pair.Right, "aligned in one story: " + pair.Why));
                        break;
                    case Origin.Possible:
                        possible.Add(new CrossChecker.Candidate(pair.Left, pair.Right, pair.Why));
                        break;
                    case Origin.Anchor:
                        agreements++; // the same figure in both
                        break;
                }
            }
            agreements += aligned.Count(m => Agree(claims[m.Left], claims[m.Right], options.HedgeSlack));
            alignedByArticles.Add(new ArticlePairAlignment(articles.Item1, articles.Item2, aligned, agreements));
        }
        var agreeing = AgreeingArticles(alignedByArticles);
        foreach (var (a, b, aligned, agreements) in alignedByArticles)
        {
            if (agreements == 0 && aligned.Count >= MinPairsToDisagreeOnEverything
                && !(AgreeWithOneThirdReport(a, b, agreeing) && aligned.Any(m => NamedInBoth(claims[m.Left], claims[m.Right]))))
            {
                // Two reports of one event agree on most of what both state; two that pair several figures and
                // agree on none describe two things (two car models shown at one fair): each pair is only a question.
                possible.AddRange(aligned.Select(m => m with { Why = "two reports that agree on no figure they both give: " + m.Why }));
            }
            else
            {
                matches.AddRange(aligned);
            }
        }
        return (matches, possible);
    }

    /// <summary>The figures two same-story articles were paired on, and how many of those pairs agree.</summary>
    private sealed record ArticlePairAlignment(string A, string B, List<CrossChecker.Candidate> Aligned, int Agreements);

    /// <summary>Per article, the articles of its story it agrees with on at least one figure.</summary>
    private static Dictionary<string, HashSet<string>> AgreeingArticles(List<ArticlePairAlignment> alignedByArticles)
    {
        var agreeing = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (a, b, _, _) in alignedByArticles.Where(x => x.Agreements > 0))
        {
            (agreeing.TryGetValue(a, out var ofA) ? ofA : agreeing[a] = new(StringComparer.Ordinal)).Add(b);
            (agreeing.TryGetValue(b, out var ofB) ? ofB : agreeing[b] = new(StringComparer.Ordinal)).Add(a);
        }
        return agreeing;
    }

    // One subject that each sentence names itself: the two reports speak of one body, not two models shown side by side.
    private static bool NamedInBoth(Claim a, Claim b) =>
        a.SubjectSource == SubjectSource.Sentence && b.SubjectSource == SubjectSource.Sentence && SubjectRelations.Of(a, b) == SubjectRelation.Same;

    /// <summary>
    /// Two reports that agree on none of their shared figures but each agree with a third report of the story on some
    /// of its figures cover one event from two sides (a budget report and a critique of it both matching the agency's
    /// release) when one of their disagreements names the same subject in both sentences (<see cref="NamedInBoth"/>):
    /// those are findings, not two things that happen to look alike.
    /// </summary>
    private static bool AgreeWithOneThirdReport(string a, string b, Dictionary<string, HashSet<string>> agreeing) =>
        agreeing.TryGetValue(a, out var ofA) && agreeing.TryGetValue(b, out var ofB) && ofA.Overlaps(ofB);

    /// <summary>
    /// Takes a figure and its repeats: an article that gives "five companies" in three sentences states one fact three
    /// times, so once one of them is paired the others are not left over to pair with another figure (the other
    /// report's "11 companies" of another programme).
    /// </summary>
    private static void TakeWithRepeats(int claim, List<Pair> list, Claim[] claims, HashSet<int> taken)
    {
        if (!taken.Add(claim))
        {
            return;
        }
        var c = claims[claim];
        foreach (var pair in list)
        {
            foreach (var other in (ReadOnlySpan<int>)[pair.Left, pair.Right])
            {
                var o = claims[other];
                if (other != claim && o.ArticleId == c.ArticleId && o.Value.Amount == c.Value.Amount && o.Value.Kind == c.Value.Kind
                    && o.Value.Unit == c.Value.Unit && string.Equals(o.Concept, c.Concept, StringComparison.Ordinal))
                {
                    taken.Add(other);
                }
            }
        }
    }

    /// <summary>
    /// "The flood budget is part of the city's overall budget of 51.5 trillion" against the other report's flood budget
    /// of 650 billion: a figure told as a total and another of the same measure under a tenth of it (and no slipped
    /// digit) are a whole and a part of it, never counterparts, so the whole does not take the part's counterpart away.
    /// </summary>
    private static bool WholeAgainstItsPart(Claim a, Claim b)
    {
        var (small, large) = a.Value.Amount <= b.Value.Amount ? (a, b) : (b, a);
        return large.Scope.Basis == ScopeBasis.Total && small.Scope.Basis != ScopeBasis.Total
            && small.Value.Amount > 0 && small.Value.Amount * 10 < large.Value.Amount && !NearPowerOfTen(small.Value.Amount, large.Value.Amount);
    }

    // Below this many aligned pairs, a disagreement is just that: one disagreeing figure is what the check looks for.
    private const int MinPairsToDisagreeOnEverything = 2;

    private static bool Agree(Claim a, Claim b, double hedgeSlack) =>
        ValueComparer.Compare(a.Value, b.Value, hedgeSlack) is VerdictReason.Equal or VerdictReason.HedgesOverlap or VerdictReason.Rounding;

    /// <summary>
    /// Whether an aligned possible pair is a match: the same subject and measure far apart in size (a 10× typo), or
    /// figures close in size (at most half as large again) whose sentences do not name two different subjects and,
    /// in one language, share context words. Two leftover figures of one story that are far
    /// apart stay a question.
    /// </summary>
    private static bool Promotable(Claim a, Claim b, string why, double minContextOverlap, ConceptLexicon lexicon)
    {
        if (a.Scope.IsAsOf && b.Scope.IsAsOf && why.StartsWith(AsOfEarlierTime, StringComparison.Ordinal))
        {
            // Two counts each told as of its own time (two press releases' "subsidiaries in 18 countries" and "in 15"):
            // what made the pair a question is when each was true, which no alignment settles. One undated figure
            // against an as-of one is left to the alignment: an outlet may give an old count as the current one.
            return false;
        }
        if (OneSubjectFarApart(why))
        {
            return NearPowerOfTen(a.Value.Amount, b.Value.Amount);
        }
        if (a.SubjectSource == SubjectSource.Sentence && b.SubjectSource == SubjectSource.Sentence && SubjectRelations.Of(a, b) == SubjectRelation.Different
            && !lexicon.IsPlace(a.SubjectId!) && !lexicon.IsPlace(b.SubjectId!))
        {
            // Each sentence names its own subject (two car models, two companies): a leftover pair is not one fact.
            return false;
        }
        if (a.Concept is null && b.Concept is null)
        {
            // Neither figure says what it measures ("for $139", "$150"): two prices on a deals page, or anything.
            return false;
        }
        if (a.Language == b.Language && (a.Concept is null || b.Concept is null))
        {
            // In one language a sentence that gives the same fact names its measure as the other does ("$147 in
            // savings" and "Echo Buds for $130"): one that names none is another figure of the page.
            return false;
        }
        if (a.Language == b.Language && PairAssessor.Overlap(a.Metric, b.Metric) < LeftoverContextFactor * minContextOverlap)
        {
            // In one language the words around the figures can be compared, so they must agree: two prices on one
            // shopping page of a story are not one fact because both are in dollars.
            return false;
        }
        var (min, max) = a.Value.Amount <= b.Value.Amount ? (a.Value.Amount, b.Value.Amount) : (b.Value.Amount, a.Value.Amount);
        return min > 0 && max <= min * 1.5m;
    }

    private static bool OneSubjectFarApart(string why) =>
        why.StartsWith("same subject and measure", StringComparison.Ordinal) || why.StartsWith(PairAssessor.SameSubjectLinkedMeasuresFarApart, StringComparison.Ordinal);

    /// <summary>
    /// One subject's figures of one measure (or family) a power of ten apart: a slipped digit or a misplaced separator
    /// (3,450 and 34,500). China's 83,000 virus cases and its three plague cases are not one figure mistyped.
    /// </summary>
    private static bool SlippedDigit(Claim a, Claim b, string why) => OneSubjectFarApart(why) && NearPowerOfTen(a.Value.Amount, b.Value.Amount);

    // The reason PairAssessor gives a disagreeing pair of counts told as of different times.
    private const string AsOfEarlierTime = "a count as of an earlier time";

    /// <summary>Whether the larger figure is the smaller times a power of ten (one included), give or take 15%.</summary>
    internal static bool NearPowerOfTen(decimal x, decimal y)
    {
        var (min, max) = x <= y ? (x, y) : (y, x);
        if (min <= 0)
        {
            return false;
        }
        var ratio = (double)(max / min);
        var power = Math.Pow(10, Math.Round(Math.Log10(ratio)));
        return ratio <= power * 1.15 && ratio >= power / 1.15;
    }

    // A leftover pair names no measure both share, so in one language it needs twice the shared words a pair of one
    // named measure needs: the store and the product around two prices are not what the prices are.
    private const double LeftoverContextFactor = 2.0;

    /// <summary>
    /// Named measures before counted nouns before unknown ones; within each, agreeing figures first, and an equal
    /// figure told with another scope last: "50 schools built" in one report meets the other's "30 completed", not its
    /// "50 planned", since giving the planned total as built is the error to show. Two additions pair first.
    /// </summary>
    private static int Rank(Claim a, Claim b, string why, double hedgeSlack, ConceptLexicon lexicon)
    {
        var measure = MeasureRelations.Of(a, b, lexicon) switch
        {
            MeasureRelation.Same when !MeasureRelations.IsWeak(a.Concept) => 0,
            MeasureRelation.Same or MeasureRelation.Linked => 1,
            _ => 2,
        };
        var value = !a.Scope.IsCompatibleWith(b.Scope) ? 3 : ValueComparer.Compare(a.Value, b.Value, hedgeSlack) switch
        {
            // "More than 200" holds for any figure above 200: a report's exact 480, far beyond it, is a weaker
            // counterpart than the other report's "about 500", which rounds it, so a closed figure and an open bound
            // pair with the rounded ones. Two open bounds keep their rank: neither is a figure the other could round.
            VerdictReason.HedgesOverlap when IsOpen(a.Value) != IsOpen(b.Value) && Distance(a, b) > FarBeyondABound => 1,
            VerdictReason.Equal or VerdictReason.HedgesOverlap => 0,
            VerdictReason.Rounding => 1,
            // One body's figure with a slipped digit ("12万辆" and "1만2천 대" of one sales goal) is as close as a
            // rounded one: it pairs before the same report's figures of something else ("18,300 pre-orders").
            _ when SlippedDigit(a, b, why) => 1,
            _ => 2,
        };
        // An addition meets the other report's addition before its figures of no stated basis, however close: "1,750
        // cut in this round" is the counterpart of the other's "1,150 in this round", not of its "1,750 since last
        // year"; giving the running total as the round's cut is the error to show.
        var basis = a.Scope.Basis == ScopeBasis.Additional && b.Scope.Basis == ScopeBasis.Additional ? 0 : 1;
        return (measure * 2 + basis) * 4 + value;
    }

    private static bool IsOpen(Quantity q) => q.Low is null || q.High is null;

    // A figure more than half as large again as an open bound ("more than 200" against 480) only lies inside it.
    private const decimal FarBeyondABound = 1.5m;

    /// <summary>
    /// Two figures both told as achieved (or both as planned) before one whose status is not told: "50 schools built"
    /// meets the other report's "30 completed" rather than its "32 in one province", however close 32 is to 50.
    /// </summary>
    private static int StatusRank(Claim a, Claim b) =>
        a.Scope.Status != ScopeStatus.Unspecified && a.Scope.Status == b.Scope.Status ? 0 : 1;

    private static decimal Distance(Claim a, Claim b)
    {
        var (min, max) = a.Value.Amount <= b.Value.Amount ? (a.Value.Amount, b.Value.Amount) : (b.Value.Amount, a.Value.Amount);
        return min > 0 ? max / min : max - min;
    }
}
