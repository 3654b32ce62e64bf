using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.CrossCheck;

public sealed class PairAssessorTests
{
    private const string Mill = "name:sinar jaya";
    private const string Other = "name:bayu kencana";

    private static PairOutcome Outcome(Claim a, Claim b, StoryProfile[]? stories = null)
    {
        var index = stories is null ? StoryIndex.Empty : new StoryIndex(stories, new CrossCheckOptions().MinSharedStoryNames);
        string[][] places = [.. new[] { a, b }.Select(c => c.Subject.Where(FactPipeline.Core.Model.Lexicon.ConceptLexicon.Places.Contains).ToArray())];
        return new PairAssessor(new CrossCheckOptions(), index, null, places).Assess(a, b, 0, 1).Outcome;
    }

    /// <summary>Two articles that share four distinctive names (<see cref="CrossCheckOptions.MinSharedStoryNames"/>), plus whatever else each names.</summary>
    private static StoryProfile[] OneStory(string[]? extraA = null, string[]? extraB = null) =>
    [
        new("a", ["name:bendungan lawu", "name:karya tirta", "name:dinas pu", "name:desa wonoasri", .. extraA ?? []], []),
        new("b", ["name:bendungan lawu", "name:karya tirta", "name:dinas pu", "name:desa wonoasri", .. extraB ?? []], []),
    ];

    [Fact]
    public void OneStory_SharesEnoughNamesToBeOneStory()
    {
        new StoryIndex(OneStory(), new CrossCheckOptions().MinSharedStoryNames).SameStory("a", "b").ShouldBeTrue();
    }

    [Fact]
    public void Assess_SameSubjectSameLanguageSharedContext_IsMatch()
    {
        Outcome(ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill), ClaimBuilder.Money("b", 6m, "IDR", subjectId: Mill))
            .ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_SameSubjectAcrossLanguagesWithSameYear_IsMatch()
    {
        var id = ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill, metric: ["anggaran"], year: 2026);
        var vi = ClaimBuilder.Money("b", 5m, "IDR", subjectId: Mill, metric: ["ngân sách"], year: 2026, language: "vi");

        Outcome(id, vi).ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_SameSubjectAcrossLanguagesNothingElseShared_IsPossible()
    {
        var id = ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill, metric: ["anggaran"]);
        var vi = ClaimBuilder.Money("b", 5m, "IDR", subjectId: Mill, metric: ["ngân sách"], language: "vi");

        Outcome(id, vi).ShouldBe(PairOutcome.Possible);
    }

    [Fact]
    public void Assess_SameSubjectOnlyAGenericCountedNoun_IsPossible()
    {
        var deaths = ClaimBuilder.Count("a", 120m, "noun:orang", subjectId: Mill, metric: ["korban", "tewas"]);
        var evacuees = ClaimBuilder.Count("b", 150m, "noun:orang", subjectId: Mill, metric: ["mengungsi", "warga"]);

        Outcome(deaths, evacuees).ShouldBe(PairOutcome.Possible);
    }

    [Fact]
    public void Assess_ShortNameContainedInLongName_IsSameSubject()
    {
        Outcome(ClaimBuilder.Count("a", 31m, "points", subjectId: "name:rafael moreno"), ClaimBuilder.Count("b", 31m, "points", subjectId: "name:moreno"))
            .ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_DifferentSubjects_IsNoMatchEvenInOneStory()
    {
        var a = ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill);
        var b = ClaimBuilder.Money("b", 5m, "IDR", subjectId: Other);

        Outcome(a, b).ShouldBe(PairOutcome.NoMatch);
        Outcome(a, b, OneStory()).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_DifferentSubjectsNamedInBothSentencesOfOneStory_IsNoMatchEvenWhenEachArticleNamesTheOther()
    {
        // Shared context and one measure do not help: each sentence says whose figure it is.
        var a = ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill);
        var b = ClaimBuilder.Money("b", 5m, "IDR", subjectId: Other);

        Outcome(a, b, OneStory([Other], [Mill])).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_DifferentSubjectsInheritedFromContextInOneStory_IsMatch()
    {
        // Neither sentence names a subject; the articles' context does, differently (an outlet, a ministry): one story and one measure decide.
        var a = ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill, source: SubjectSource.Context, metric: ["setoran"]);
        var b = ClaimBuilder.Money("b", 5m, "IDR", subjectId: Other, source: SubjectSource.Context, metric: ["pinjaman"]);

        Outcome(a, b, OneStory()).ShouldBe(PairOutcome.Match);
        Outcome(a, b).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_NoSubjectSameStoryAndContext_IsMatch()
    {
        Outcome(ClaimBuilder.Count("a", 40m, "employees", subject: []), ClaimBuilder.Count("b", 40m, "employees", subject: []), OneStory())
            .ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_NoSubjectSameStoryKnownMeasureLittleContext_IsMatch()
    {
        // A lexicon measure is positive evidence on its own inside one story; only weak measures need shared context.
        var a = ClaimBuilder.Count("a", 40m, "employees", subject: [], metric: ["pabrik", "karyawan"]);
        var b = ClaimBuilder.Count("b", 40m, "employees", subject: [], metric: ["pekerja", "baru"]);

        Outcome(a, b, OneStory()).ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_NoSubjectSameStoryCountedNounLittleContext_IsPossible()
    {
        // "40 truk" and "40 truk": a counted noun is not a measure, so without shared context the pair is only possible.
        var a = ClaimBuilder.Count("a", 40m, "noun:truk", subject: [], metric: ["pasir", "dikirim"]);
        var b = ClaimBuilder.Count("b", 40m, "noun:truk", subject: [], metric: ["relawan", "berangkat"]);

        Outcome(a, b, OneStory()).ShouldBe(PairOutcome.Possible);
    }

    [Fact]
    public void Assess_NoSubjectSameStoryCountedNounAndContext_IsMatch()
    {
        var a = ClaimBuilder.Count("a", 40m, "noun:truk", subject: [], metric: ["truk", "pasir", "dikirim"]);
        var b = ClaimBuilder.Count("b", 40m, "noun:truk", subject: [], metric: ["truk", "pasir", "tiba"]);

        Outcome(a, b, OneStory()).ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_UnknownMeasureInOneStory_IsAtMostPossible()
    {
        // "people" says nothing about what is counted: worth a question only when the sentences name a measure in common.
        var a = ClaimBuilder.Count("a", 40m, "people", subject: []) with { SentenceMeasures = ["deaths"] };
        var b = ClaimBuilder.Count("b", 40m, "people", subject: []) with { SentenceMeasures = ["deaths"] };
        var unrelated = ClaimBuilder.Count("b", 40m, "people", subject: []) with { SentenceMeasures = ["evacuated"] };

        Outcome(a, b, OneStory()).ShouldBe(PairOutcome.Possible);
        Outcome(a, unrelated, OneStory()).ShouldBe(PairOutcome.NoMatch);
        Outcome(a, b).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_NoSubjectNotOneStory_IsNoMatch()
    {
        Outcome(ClaimBuilder.Count("a", 40m, "employees", subject: []), ClaimBuilder.Count("b", 40m, "employees", subject: []))
            .ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_SameArticle_IsNoMatch()
    {
        Outcome(ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill), ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill))
            .ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_DifferentYears_IsNoMatch()
    {
        Outcome(ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill, year: 2025), ClaimBuilder.Money("b", 5m, "IDR", subjectId: Mill, year: 2026))
            .ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_IncompatibleScopes_IsNoMatch()
    {
        var perYear = ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill, scope: new ClaimScope { Rate = ScopeRate.PerYear });
        var fiveYears = ClaimBuilder.Money("b", 25m, "IDR", subjectId: Mill, scope: new ClaimScope { SpanYears = 5, Rate = ScopeRate.PerMonth });

        Outcome(perYear, fiveYears).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_DifferentPlaces_IsNoMatch()
    {
        var a = ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill, subject: [Mill, "vn"]);
        var b = ClaimBuilder.Money("b", 5m, "IDR", subjectId: Mill, subject: [Mill, "jp"]);

        Outcome(a, b).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_OneSentenceNamesTheOthersSubject_MatchesOnlyWithCloseFigures()
    {
        // "Eldoria's AI budget" and "the growth fund's budget ... in Eldoria": related subjects across stories.
        var country = ClaimBuilder.Money("a", 10_000m, "IDR", subjectId: "name:eldoria", subject: ["name:eldoria"]);
        var fund = ClaimBuilder.Money("b", 10_100m, "IDR", subjectId: "name:growth fund", subject: ["name:growth fund", "name:eldoria"]);
        var farFund = fund with { Value = fund.Value with { Amount = 30_000m, Low = 30_000m, High = 30_000m } };

        Outcome(country, fund).ShouldBe(PairOutcome.Match);
        Outcome(country, farFund).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_PastYearsFigureAndAnUndatedOne_IsNoMatch()
    {
        // "In 2021 a quake there killed more than 100" is not this quake's toll of 81.
        var past = ClaimBuilder.Count("a", 100m, "deaths", subjectId: Mill, year: 2021, scope: new ClaimScope { IsHistorical = true });
        var now = ClaimBuilder.Count("b", 81m, "deaths", subjectId: Mill);
        var sameYear = ClaimBuilder.Count("b", 104m, "deaths", subjectId: Mill, year: 2021);

        Outcome(past, now).ShouldBe(PairOutcome.NoMatch);
        Outcome(past, sameYear).ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_ProvinceAndItsCountry_AreNotDifferentPlaces()
    {
        // West Sulawesi (id-sr) is in Indonesia (id): one report names the province, the other the country.
        var a = ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill, subject: [Mill, "id-sr"]);
        var b = ClaimBuilder.Money("b", 5m, "IDR", subjectId: Mill, subject: [Mill, "id"]);

        Outcome(a, b).ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_TwoProvincesOfOneCountry_AreDifferentPlaces()
    {
        var a = ClaimBuilder.Money("a", 5m, "IDR", subjectId: Mill, subject: [Mill, "id-sr"]);
        var b = ClaimBuilder.Money("b", 5m, "IDR", subjectId: Mill, subject: [Mill, "id-ji"]);

        Outcome(a, b).ShouldBe(PairOutcome.NoMatch);
    }

    [Theory]
    [InlineData(new[] { "a", "b", "c" }, new[] { "a", "d" }, 1.0 / 2)]
    [InlineData(new[] { "a" }, new string[0], 0.0)]
    [InlineData(new[] { "a", "b" }, new[] { "c", "d" }, 0.0)]
    public void Overlap_IsSharedOverSmaller(string[] a, string[] b, double expected)
    {
        PairAssessor.Overlap(a, b).ShouldBe(expected);
    }

    [Fact]
    public void Assess_OneFigureGivenYearlyAndOverThreeYearsInOneStory_IsMatch()
    {
        var yearly = ClaimBuilder.Money("a", 40_000_000m, "USD", concept: "cost", subjectId: Mill, scope: new ClaimScope { Rate = ScopeRate.PerYear });
        var overThree = ClaimBuilder.Money("b", 40_000_000m, "USD", concept: "cost", subjectId: Mill, scope: new ClaimScope { SpanYears = 3 }, language: "zh");

        Outcome(yearly, overThree, OneStory()).ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_DifferentFiguresYearlyAndOverThreeYears_IsNoMatch()
    {
        var yearly = ClaimBuilder.Money("a", 40_000_000m, "USD", concept: "cost", subjectId: Mill, scope: new ClaimScope { Rate = ScopeRate.PerYear });
        var overThree = ClaimBuilder.Money("b", 120_000_000m, "USD", concept: "cost", subjectId: Mill, scope: new ClaimScope { SpanYears = 3 }, language: "zh");

        Outcome(yearly, overThree, OneStory()).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_OneFigureTwoScopesInTwoStories_IsNoMatch()
    {
        var yearly = ClaimBuilder.Money("a", 40_000_000m, "USD", concept: "cost", subjectId: Mill, scope: new ClaimScope { Rate = ScopeRate.PerYear });
        var overThree = ClaimBuilder.Money("b", 40_000_000m, "USD", concept: "cost", subjectId: Mill, scope: new ClaimScope { SpanYears = 3 });

        Outcome(yearly, overThree).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_LowerTollAsOfAnEarlierTime_IsOnlyPossible()
    {
        var early = ClaimBuilder.Count("a", 6m, "deaths", subjectId: Mill, scope: new ClaimScope { IsAsOf = true });
        var later = ClaimBuilder.Count("b", 9m, "deaths", subjectId: Mill);

        Outcome(early, later, OneStory()).ShouldBe(PairOutcome.Possible);
    }

    [Fact]
    public void Assess_UndatedLowerTollAgainstDatedHigherOne_StaysMatch()
    {
        // The undated 6 is given as the current toll: that outlet is behind.
        var stale = ClaimBuilder.Count("a", 6m, "deaths", subjectId: Mill);
        var dated = ClaimBuilder.Count("b", 9m, "deaths", subjectId: Mill, scope: new ClaimScope { IsAsOf = true });

        Outcome(stale, dated, OneStory()).ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_OneBodyNamedInTwoScriptsThatNeitherArticleWritesTheOtherWay_IsNotRuledOut()
    {
        var latin = ClaimBuilder.Count("a", 640_000m, "passengers", subjectId: "name:sky lotus air", source: SubjectSource.Sentence, metric: ["passengers", "carried"]) with { SubjectName = "Sky Lotus Air" };
        var hanzi = ClaimBuilder.Count("b", 650_000m, "passengers", subjectId: "name:莲空航空", source: SubjectSource.Sentence, metric: ["旅客", "运送"], language: "zh") with { SubjectName = "莲空航空" };

        Outcome(latin, hanzi, OneStory()).ShouldNotBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_TwoBodiesNamedInOneScriptInOneStory_IsNoMatch()
    {
        var first = ClaimBuilder.Count("a", 10m, "goals", subjectId: Mill, source: SubjectSource.Sentence) with { SubjectName = "Sinar Jaya" };
        var second = ClaimBuilder.Count("b", 24m, "goals", subjectId: Other, source: SubjectSource.Sentence) with { SubjectName = "Bayu Kencana" };

        Outcome(first, second, OneStory()).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_RelatedSubjectsAcrossStoriesWithDisjointFigures_IsOnlyPossible()
    {
        // "Korea's budget" and "the fund's budget in Korea": one sentence names the other's subject. Rounding agrees
        // (a match); a real gap across two stories is a question, not a sure contradiction.
        var country = ClaimBuilder.Money("a", 10_000m, "KRW", step: 1m, subjectId: "kr", subject: ["kr"], source: SubjectSource.Sentence);
        var fund = ClaimBuilder.Money("b", 12_000m, "KRW", step: 1m, subjectId: Mill, subject: [Mill, "kr"], source: SubjectSource.Sentence);

        Outcome(country, fund).ShouldNotBe(PairOutcome.Match);
    }
}
