using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.CrossCheck;

/// <summary>
/// One-to-one alignment inside a story: each figure of one article has at most one counterpart in another, equal
/// figures pair first, and a leftover possible pair becomes a match only with close figures and no contrasting subjects.
/// </summary>
public sealed class StoryAlignmentTests
{
    private static readonly CrossCheckOptions Options = new();

    private static (List<CrossChecker.Candidate> Matches, List<CrossChecker.Candidate> Possible) Align(Claim[] claims, params StoryAlignment.Pair[] pairs) =>
        StoryAlignment.Align(claims, pairs, (_, _) => true, Options, CrossCheckLexicon.Lexicon);

    private static StoryAlignment.Pair Pair(int left, int right, StoryAlignment.Origin origin, string why = "same story, measure and context") =>
        new(left, right, why, origin);

    [Fact]
    public void Align_EqualFiguresPairFirst_LeftoverDifferentFigureIsNotCompared()
    {
        // Article a: 186 children treated; article b: 186 children and 63 adults. 63 is not a misreported 186.
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 186m, "patients", subject: []),
            ClaimBuilder.Count("b", 186m, "patients", subject: []),
            ClaimBuilder.Count("b", 63m, "patients", subject: []),
        ];

        var (matches, possible) = Align(claims, Pair(0, 2, StoryAlignment.Origin.Match), Pair(0, 1, StoryAlignment.Origin.Match));

        matches.ShouldHaveSingleItem().ShouldBe(new CrossChecker.Candidate(0, 1, "same story, measure and context"));
        possible.ShouldBeEmpty();
    }

    [Fact]
    public void Align_FigureFarBeyondAnOpenBound_PairsWithTheFigureThatRoundsItInstead()
    {
        // Article a: 480 jobs cut; article b: "more than 200" cut elsewhere and "about 500" cut. 480 is inside the
        // open bound, but "about 500" is its counterpart.
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 480m, "layoffs", subject: [], language: "en"),
            ClaimBuilder.Count("b", 200m, "layoffs", hedge: Hedge.Above, subject: [], language: "en"),
            ClaimBuilder.Count("b", 500m, "layoffs", step: 100m, hedge: Hedge.Approximately, subject: [], language: "en"),
        ];

        var (matches, _) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Match), Pair(0, 2, StoryAlignment.Origin.Match));

        matches.ShouldHaveSingleItem().ShouldBe(new CrossChecker.Candidate(0, 2, "same story, measure and context"));
    }

    [Fact]
    public void Align_AnchorOfEqualFiguresWithUnknownMeasure_TakesBothFiguresOutOfTheStory()
    {
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 3_450m, "noun:rumah", subject: []),
            ClaimBuilder.Count("b", 3_450m, "noun:채", subject: [], language: "ko"),
            ClaimBuilder.Count("b", 3_000m, "houses", subject: [], language: "ko"),
        ];

        var (matches, possible) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Anchor, "measure unknown"), Pair(0, 2, StoryAlignment.Origin.Possible));

        matches.ShouldBeEmpty();
        possible.ShouldBeEmpty();
    }

    [Fact]
    public void Align_NamedMeasureRanksBeforeUnknownMeasure()
    {
        // 81 deaths in a is the counterpart of b's 46 deaths (an older toll), not of b's 81 of something unnamed.
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 81m, "deaths", subject: []),
            ClaimBuilder.Count("b", 46m, "deaths", subject: []),
            ClaimBuilder.Count("b", 81m, "noun:titik", subject: []),
        ];

        var (matches, _) = Align(claims, Pair(0, 2, StoryAlignment.Origin.Anchor, "measure unknown"), Pair(0, 1, StoryAlignment.Origin.Match));

        matches.ShouldHaveSingleItem().Right.ShouldBe(1);
    }

    [Fact]
    public void Align_AchievedFigureEqualToAPlannedOne_PairsWithTheAchievedFigure()
    {
        // a: "60 bridges built"; b: "will build 60 bridges" and "24 bridges completed". Giving the plan as done is the
        // error to show, so a's 60 meets b's 24, not b's planned 60.
        var achieved = new ClaimScope { Status = ScopeStatus.Achieved };
        var planned = new ClaimScope { Status = ScopeStatus.Planned };
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 60m, "bridges", subject: [], scope: achieved),
            ClaimBuilder.Count("b", 60m, "bridges", subject: [], scope: planned),
            ClaimBuilder.Count("b", 24m, "bridges", subject: [], scope: achieved),
        ];

        var (matches, _) = Align(claims,
            Pair(0, 1, StoryAlignment.Origin.Match, "one story, same figure and measure, different scopes"),
            Pair(0, 2, StoryAlignment.Origin.Match));

        matches.ShouldHaveSingleItem().Right.ShouldBe(2);
    }

    [Fact]
    public void Align_SameStatusOnBothSides_PairsBeforeACloserFigureOfUntoldStatus()
    {
        // a: "60 bridges built"; b: "24 bridges completed" and "38 in the north" (not told planned or done).
        var achieved = new ClaimScope { Status = ScopeStatus.Achieved };
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 60m, "bridges", subject: [], scope: achieved),
            ClaimBuilder.Count("b", 38m, "bridges", subject: []),
            ClaimBuilder.Count("b", 24m, "bridges", subject: [], scope: achieved),
        ];

        var (matches, _) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Match), Pair(0, 2, StoryAlignment.Origin.Match));

        matches.ShouldHaveSingleItem().Right.ShouldBe(2);
    }

    [Fact]
    public void Align_EqualFigureOfAnotherScopeAlone_StillPairs()
    {
        // With no other counterpart, one figure told with two scopes is still the pair to show.
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 60m, "bridges", subject: [], scope: new ClaimScope { Status = ScopeStatus.Achieved }),
            ClaimBuilder.Count("b", 60m, "bridges", subject: [], scope: new ClaimScope { Status = ScopeStatus.Planned }),
        ];

        var (matches, _) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Match, "one story, same figure and measure, different scopes"));

        matches.ShouldHaveSingleItem().Right.ShouldBe(1);
    }

    [Fact]
    public void Align_CrossLanguagePossiblePairWithCloseFigures_BecomesMatch()
    {
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 9m, "noun:개", subject: [], language: "ko"),
            ClaimBuilder.Count("b", 8m, "noun:dermaga", subject: []),
        ];

        var (matches, possible) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Possible, "one story, but the measure of one side is unknown"));

        matches.ShouldHaveSingleItem().Why.ShouldStartWith("aligned in one story");
        possible.ShouldBeEmpty();
    }

    [Fact]
    public void Align_PossiblePairFarApartInSize_StaysPossible()
    {
        Claim[] claims =
        [
            ClaimBuilder.Money("a", 1_600_000_000m, "USD", concept: "budget", subject: [], language: "en"),
            ClaimBuilder.Money("b", 9_500_000_000m, "USD", concept: "budget", subject: []),
        ];

        var (matches, possible) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Possible, "one story and measure, far apart in size, subjects unsure"));

        matches.ShouldBeEmpty();
        possible.ShouldHaveSingleItem();
    }

    [Fact]
    public void Align_SameLanguagePossiblePairWithoutSharedWords_StaysPossible()
    {
        // Two prices on one shopping story's pages: in one language the words around them can be compared, and differ.
        Claim[] claims =
        [
            ClaimBuilder.Money("a", 130m, "USD", concept: "price", subject: [], metric: ["headphones", "sale"], language: "en"),
            ClaimBuilder.Money("b", 139m, "USD", concept: "price", subject: [], metric: ["charging", "case"], language: "en"),
        ];

        var (matches, possible) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Possible, "one story and measure, but the sentences share no context"));

        matches.ShouldBeEmpty();
        possible.ShouldHaveSingleItem();
    }

    [Fact]
    public void Align_PossiblePairWhoseSentencesNameTwoSubjects_StaysPossible()
    {
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 335m, "unit:horsepower", subjectId: "name:aurora gt", language: "en", metric: ["horsepower", "motor"]),
            ClaimBuilder.Count("b", 355m, "unit:horsepower", subjectId: "name:borealis s", language: "en", metric: ["horsepower", "motor"]),
        ];

        var (matches, possible) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Possible, "same counted noun, but the sentences share no context"));

        matches.ShouldBeEmpty();
        possible.ShouldHaveSingleItem();
    }

    [Fact]
    public void Align_PossiblePairWhereNeitherFigureNamesAMeasure_StaysPossible()
    {
        // "for $139" and "$130": nothing says what either price is of, even across languages.
        Claim[] claims =
        [
            ClaimBuilder.Money("a", 130m, "USD", concept: null!, subject: [], language: "en"),
            ClaimBuilder.Money("b", 139m, "USD", concept: null!, subject: [], language: "id"),
        ];

        var (matches, possible) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Possible, "one story, but the measure of one side is unknown"));

        matches.ShouldBeEmpty();
        possible.ShouldHaveSingleItem();
    }

    [Fact]
    public void Align_PairsOfTwoStories_AreNotAligned()
    {
        // Across stories a claim may match several others (the same subject and measure); alignment is for one story.
        Claim[] claims =
        [
            ClaimBuilder.Money("a", 5m, "IDR", subjectId: "name:sinar jaya"),
            ClaimBuilder.Money("b", 5m, "IDR", subjectId: "name:sinar jaya"),
            ClaimBuilder.Money("b", 6m, "IDR", subjectId: "name:sinar jaya"),
        ];

        var (matches, _) = StoryAlignment.Align(claims, [Pair(0, 1, StoryAlignment.Origin.Match), Pair(0, 2, StoryAlignment.Origin.Match)], (_, _) => false, Options, CrossCheckLexicon.Lexicon);

        matches.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(3_450, 34_500, true)]
    [InlineData(12_000, 120_000, true)]
    [InlineData(2_145, 21_450, true)]
    [InlineData(81, 80, true)]
    [InlineData(1_150, 9_600, false)]
    [InlineData(3, 83_000, false)]
    [InlineData(0, 10, false)]
    public void NearPowerOfTen_Cases(int x, int y, bool expected)
    {
        StoryAlignment.NearPowerOfTen(x, y).ShouldBe(expected);
    }

    [Fact]
    public void Align_SameSubjectFarApartNotAPowerOfTen_StaysPossible()
    {
        // 83,000 virus cases and three plague cases of one country: no slipped digit makes one the other.
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 83_000m, "cases", subjectId: "cn"),
            ClaimBuilder.Count("b", 3m, "cases", subjectId: "cn"),
        ];

        var (matches, possible) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Possible, "same subject and measure, far apart in size"));

        matches.ShouldBeEmpty();
        possible.ShouldHaveSingleItem();
    }

    [Fact]
    public void Align_SlippedDigitOfOneBody_PairsBeforeACloserFigureOfAnotherMeasure()
    {
        // Article a: a sales goal of 9,000 cars. Article b: 15,200 pre-orders and a sales goal of "90,000" (a slipped
        // digit). The goal meets the goal, though the pre-orders are closer in size.
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 9_000m, "sales-volume", subjectId: "name:tirta motor", language: "en"),
            ClaimBuilder.Count("b", 15_200m, "vehicles", subjectId: "name:tirta motor", language: "zh"),
            ClaimBuilder.Count("b", 90_000m, "vehicles", subjectId: "name:tirta motor", language: "zh"),
        ];

        var (matches, possible) = Align(claims,
            Pair(0, 1, StoryAlignment.Origin.Possible, "one story and measure, but the sentences share no context"),
            Pair(0, 2, StoryAlignment.Origin.Possible, PairAssessor.SameSubjectLinkedMeasuresFarApart));

        matches.ShouldHaveSingleItem().Right.ShouldBe(2);
        possible.ShouldBeEmpty();
    }

    [Fact]
    public void Align_SameSubjectTenTimesApart_IsMatch()
    {
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 3_450m, "houses", subjectId: "bnpb"),
            ClaimBuilder.Count("b", 34_500m, "houses", subjectId: "bnpb", language: "vi"),
        ];

        var (matches, _) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Possible, "same subject and measure, far apart in size"));

        matches.ShouldHaveSingleItem();
    }

    [Fact]
    public void Align_OneLanguageOneSideNamesNoMeasure_StaysPossible()
    {
        // A deals page's "Pixelwave buds for $130" and another page's "$147 in savings": close, one language, but
        // only one sentence says what its dollars are.
        Claim[] claims =
        [
            ClaimBuilder.Money("a", 130m, "USD", concept: null!, subjectId: "name:pixelwave", language: "en", metric: ["pixelwave", "buds", "deal"]),
            ClaimBuilder.Money("b", 147m, "USD", concept: "deposits", subjectId: "name:pixelwave", language: "en", metric: ["pixelwave", "savings", "deal"]),
        ];

        var (matches, possible) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Possible, "one story, but the measure of one side is unknown"));

        matches.ShouldBeEmpty();
        possible.ShouldHaveSingleItem();
    }

    [Fact]
    public void Align_AcrossLanguagesOneSideNamesNoMeasure_IsMatch()
    {
        // "Rp 1,2 triliun" beside "ngân sách 1.200 tỷ": across languages the measure word may simply be missed.
        Claim[] claims =
        [
            ClaimBuilder.Money("a", 1_200m, "IDR", concept: null!, subjectId: Mill),
            ClaimBuilder.Money("b", 1_250m, "IDR", concept: "budget", subjectId: Mill, language: "vi"),
        ];

        var (matches, _) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Possible, "one story, but the measure of one side is unknown"));

        matches.ShouldHaveSingleItem();
    }

[Fact]
    public void Align_TwoReportsThatAgreeOnNoFigure_AreOnlyQuestions()
    {
        // Two concept cars shown at one fair: top speed, power and torque all differ, none agrees.
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 109m, "top-speed", subject: [], language: "en"),
            ClaimBuilder.Count("b", 124m, "top-speed", subject: [], language: "en"),
            ClaimBuilder.Count("a", 335m, "unit:horsepower", subject: [], language: "en"),
            ClaimBuilder.Count("b", 355m, "unit:horsepower", subject: [], language: "en"),
        ];

        var (matches, possible) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Match), Pair(2, 3, StoryAlignment.Origin.Match));

        matches.ShouldBeEmpty();
        possible.Count.ShouldBe(2);
    }

    [Fact]
    public void Align_ReportsThatAgreeOnOneFigure_KeepTheirDisagreements()
    {
        // One quake told twice: the toll agrees, the evacuees and the damaged houses differ.
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 81m, "deaths", subject: []),
            ClaimBuilder.Count("b", 81m, "deaths", subject: []),
            ClaimBuilder.Count("a", 15_200m, "evacuees", subject: []),
            ClaimBuilder.Count("b", 15_900m, "evacuees", subject: []),
            ClaimBuilder.Count("a", 3_450m, "houses", subject: []),
            ClaimBuilder.Count("b", 3_400m, "houses", subject: []),
        ];

        var (matches, possible) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Match), Pair(2, 3, StoryAlignment.Origin.Match), Pair(4, 5, StoryAlignment.Origin.Match));

        matches.Count.ShouldBe(3);
        possible.ShouldBeEmpty();
    }

    [Fact]
    public void Align_OneDisagreeingPairAlone_IsKept()
    {
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 81m, "deaths", subject: []),
            ClaimBuilder.Count("b", 84m, "deaths", subject: []),
        ];

        var (matches, _) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Match));

        matches.ShouldHaveSingleItem();
    }

        private const string Mill = "name:sinar jaya";

    [Fact]
    public void Align_TwoCountsEachAsOfItsOwnTime_StaysPossible()
    {
        // Two press releases' closing paragraphs: "subsidiaries in 18 countries" and, a year apart, "in 15 countries".
        var asOf = ClaimScope.Unspecified with { IsAsOf = true };
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 18m, "noun:countries", subject: [], language: "en", metric: ["brightwell", "subsidiaries"], scope: asOf),
            ClaimBuilder.Count("b", 15m, "noun:countries", subject: [], language: "en", metric: ["brightwell", "subsidiaries"], scope: asOf),
        ];

        var (matches, possible) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Possible, "a count as of an earlier time; same story, measure and context"));

        matches.ShouldBeEmpty();
        possible.ShouldHaveSingleItem();
    }

    [Fact]
    public void Align_UndatedCountAgainstAsOfCount_IsPromoted()
    {
        // One outlet's undated "more than 35,000" against another's count "as of" the tally: one figure left to each.
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 35_000m, "votes", subject: [], language: "en", metric: ["margin", "votes"]),
            ClaimBuilder.Count("b", 33_456m, "votes", subject: [], language: "en", metric: ["margin", "votes"], scope: ClaimScope.Unspecified with { IsAsOf = true }),
        ];

        var (matches, _) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Possible, "a count as of an earlier time; same story, measure and context"));

        matches.ShouldHaveSingleItem();
    }

    [Fact]
    public void Align_FigureTheOtherArticleRepeats_RepeatIsNotLeftOverForAnotherFigure()
    {
        // Article b says "four companies" twice; a's four pairs with one of them, and a's 11 (another programme)
        // is no misreported four.
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 4m, "companies", subject: []),
            ClaimBuilder.Count("a", 11m, "companies", subject: []),
            ClaimBuilder.Count("b", 4m, "companies", subject: []),
            ClaimBuilder.Count("b", 4m, "companies", subject: []),
        ];

        var (matches, possible) = Align(claims,
            Pair(0, 2, StoryAlignment.Origin.Match), Pair(0, 3, StoryAlignment.Origin.Match),
            Pair(1, 2, StoryAlignment.Origin.Match), Pair(1, 3, StoryAlignment.Origin.Match));

        matches.ShouldHaveSingleItem().ShouldBe(new CrossChecker.Candidate(0, 2, "same story, measure and context"));
        possible.ShouldBeEmpty();
    }

    [Fact]
    public void Align_AdditionMeetsTheOtherReportsAddition_NotItsEqualFigureOfNoBasis()
    {
        // a: "9,800 trains added"; b: "ran 9,800 trains, including 1,100 extra". Giving the total as the addition is
        // the error to show, so a's 9,800 meets b's 1,100.
        var added = new ClaimScope { Basis = ScopeBasis.Additional };
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 9_800m, "trains", subject: [], scope: added),
            ClaimBuilder.Count("b", 9_800m, "trains", subject: []),
            ClaimBuilder.Count("b", 1_100m, "trains", subject: [], scope: added),
        ];

        var (matches, _) = Align(claims, Pair(0, 1, StoryAlignment.Origin.Match), Pair(0, 2, StoryAlignment.Origin.Match));

        matches.ShouldHaveSingleItem().Right.ShouldBe(2);
    }

    [Fact]
    public void Align_AdditionEqualToARunningTotal_MeetsTheOtherFigureOfTheRound()
    {
        // a: "1,900 jobs cut in this round"; b: "1,200 jobs cut" and "1,900 since last year".
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 1_900m, "layoffs", subject: [], scope: new ClaimScope { Basis = ScopeBasis.Additional }),
            ClaimBuilder.Count("b", 1_900m, "layoffs", subject: [], scope: new ClaimScope { Basis = ScopeBasis.Cumulative }),
            ClaimBuilder.Count("b", 1_200m, "layoffs", subject: []),
        ];

        var (matches, _) = Align(claims,
            Pair(0, 1, StoryAlignment.Origin.Match, "one story, same figure and measure, different scopes"),
            Pair(0, 2, StoryAlignment.Origin.Match));

        matches.ShouldHaveSingleItem().Right.ShouldBe(2);
    }

    [Fact]
    public void Align_StatedTotalAgainstAFigureUnderATenthOfIt_IsNoCounterpart()
    {
        // a: "the city will spend 1.5 trillion on flood defences, part of its overall budget of 48 trillion";
        // b: "the flood budget is 700 billion". The overall budget is the whole the flood budget is part of; a's 1.5
        // trillion is the counterpart to hold against b's 700 billion.
        Claim[] claims =
        [
            ClaimBuilder.Money("a", 48_000_000_000_000m, "KRW", "budget", scope: new ClaimScope { Basis = ScopeBasis.Total }),
            ClaimBuilder.Money("a", 1_500_000_000_000m, "KRW", "spending"),
            ClaimBuilder.Money("b", 700_000_000_000m, "KRW", "budget"),
        ];

        var (matches, possible) = Align(claims,
            Pair(0, 2, StoryAlignment.Origin.Possible, "same subject and measure, far apart in size"),
            Pair(1, 2, StoryAlignment.Origin.Match, "same story, measure named in both sentences"));

        matches.ShouldHaveSingleItem().ShouldBe(new CrossChecker.Candidate(1, 2, "same story, measure named in both sentences"));
        possible.ShouldBeEmpty();
    }

    [Fact]
    public void Align_ReportsAgreeingOnNothingButEachWithAThirdOnOneNamedSubject_KeepTheirDisagreements()
    {
        // a (the city's plan) and b (a critique) share no equal figure, but each agrees with the agency's release c,
        // and both name the city as the spender: their two disagreements are findings.
        Claim[] claims =
        [
            ClaimBuilder.Money("a", 1_500_000_000_000m, "KRW", "spending", subjectId: "kr"),
            ClaimBuilder.Count("a", 9m, "pumping-stations", subjectId: "kr"),
            ClaimBuilder.Money("b", 700_000_000_000m, "KRW", "budget", subjectId: "kr"),
            ClaimBuilder.Count("b", 6m, "pumping-stations", subjectId: "kr"),
            ClaimBuilder.Count("c", 9m, "pumping-stations", subjectId: "kr"),
            ClaimBuilder.Money("c", 700_000_000_000m, "KRW", "budget", subjectId: "kr"),
        ];

        var (matches, possible) = Align(claims,
            Pair(0, 2, StoryAlignment.Origin.Match), Pair(1, 3, StoryAlignment.Origin.Match),
            Pair(1, 4, StoryAlignment.Origin.Match), Pair(2, 5, StoryAlignment.Origin.Match));

        matches.Select(m => (m.Left, m.Right)).ShouldBe([(0, 2), (1, 3), (1, 4), (2, 5)], ignoreOrder: true);
        possible.ShouldBeEmpty();
    }

    [Fact]
    public void Align_ReportsAgreeingOnNothingAboutTwoDifferentModels_StayQuestionsEvenIfEachAgreesWithAThird()
    {
        // a and b describe two car models from one show; each agrees with the show report c on one figure. Their
        // differing horsepower and top speed are two models' figures, not a dispute.
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 330m, "unit:horsepower", subjectId: "name:model x"),
            ClaimBuilder.Count("a", 110m, "noun:mph", subjectId: "name:model x"),
            ClaimBuilder.Count("b", 350m, "unit:horsepower", subjectId: "name:model y"),
            ClaimBuilder.Count("b", 120m, "noun:mph", subjectId: "name:model y"),
            ClaimBuilder.Count("c", 330m, "unit:horsepower", subjectId: "name:model x"),
            ClaimBuilder.Count("c", 120m, "noun:mph", subjectId: "name:model y"),
        ];

        var (matches, possible) = Align(claims,
            Pair(0, 2, StoryAlignment.Origin.Match), Pair(1, 3, StoryAlignment.Origin.Match),
            Pair(0, 4, StoryAlignment.Origin.Match), Pair(3, 5, StoryAlignment.Origin.Match));

        matches.Select(m => (m.Left, m.Right)).ShouldBe([(0, 4), (3, 5)], ignoreOrder: true);
        possible.Select(p => (p.Left, p.Right)).ShouldBe([(0, 2), (1, 3)], ignoreOrder: true);
    }
}
