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
        var places = CrossCheckLexicon.Places(a, b);
        return new PairAssessor(new CrossCheckOptions(), CrossCheckLexicon.Lexicon, index, null, places).Assess(a, b, 0, 1).Outcome;
    }

    /// <summary>The outcome when the check also knows each claim's sentence figures, earlier values and windows.</summary>
    private static PairOutcome OutcomeWithRoles(Claim a, Claim b, StoryProfile[]? stories, decimal[][]? sentenceFigures = null, bool[]? earlier = null, bool[]? windows = null,
        ClaimScope[][]? sentenceScopes = null)
    {
        var index = stories is null ? StoryIndex.Empty : new StoryIndex(stories, new CrossCheckOptions().MinSharedStoryNames);
        string[][] places = [[], []];
        return new PairAssessor(new CrossCheckOptions(), CrossCheckLexicon.Lexicon, index, null, places, sentenceFigures, earlier, windows, sentenceScopes: sentenceScopes).Assess(a, b, 0, 1).Outcome;
    }

    /// <summary>Two articles that share four distinctive names (<see cref="CrossCheckOptions.MinSharedStoryNames"/>), plus whatever else each names.</summary>
    private static StoryProfile[] OneStory(string[]? extraA = null, string[]? extraB = null) =>
    [
        new("a", ["name:bendungan lawu", "name:karya tirta", "name:dinas pu", "name:desa wonoasri", .. extraA ?? []], []),
        new("b", ["name:bendungan lawu", "name:karya tirta", "name:dinas pu", "name:desa wonoasri", .. extraB ?? []], []),
    ];

    [Fact]
    public void Assess_CountedNounWhoseSentenceNamesTheMeasureOnlyForAnotherFigure_IsNotMatch()
    {
        // "Sekolah ini punya 12 ruang kelas dan asrama 180 tempat tidur" against "300 classrooms": the 180's sentence
        // names classrooms, but as the measure of its 12.
        var beds = ClaimBuilder.Count("a", 180m, "noun:tempat") with { SentenceMeasures = ["classrooms"] };
        var rooms = ClaimBuilder.Count("b", 300m, "classrooms", language: "en") with { SentenceMeasures = ["classrooms"] };
        var index = new StoryIndex(OneStory(), new CrossCheckOptions().MinSharedStoryNames);
        string[][] places = [[], []];

        new PairAssessor(new CrossCheckOptions(), CrossCheckLexicon.Lexicon, index, null, places, sentenceConcepts: [["classrooms"], []]).Assess(beds, rooms, 0, 1)
            .Outcome.ShouldNotBe(PairOutcome.Match);
        new PairAssessor(new CrossCheckOptions(), CrossCheckLexicon.Lexicon, index, null, places, sentenceConcepts: [[], []]).Assess(beds, rooms, 0, 1)
            .Outcome.ShouldBe(PairOutcome.Match, "without another figure owning it, the sentence's measure links the count");
    }

    [Fact]
    public void Assess_CountryAndBodyEachNamedInItsSentenceAndForeignToTheOtherArticle_IsNoMatch()
    {
        // "관광객 중 일본인은 310만 명" against "Bandara Sentosa melayani 3,4 juta penumpang" in one holiday story.
        var nationals = ClaimBuilder.Count("a", 3_100_000m, "tourists", language: "ko", subjectId: "jp");
        var airport = ClaimBuilder.Count("b", 3_400_000m, "tourists", subjectId: "name:bandara sentosa");

        Outcome(nationals, airport, OneStory()).ShouldBe(PairOutcome.NoMatch);
        // A count that is no traffic (visitors and a body's traffic are told apart by their own rule).
        Outcome(nationals with { Concept = "participants" }, airport with { Concept = "participants" }, OneStory(extraA: ["name:bandara sentosa"]))
            .ShouldBe(PairOutcome.Match, "once one article names the other's subject, the two may be told apart by other rules only");
    }

    [Fact]
    public void Assess_AirportTrafficAgainstAnAirlinesOrCountrysCount_IsNoMatch()
    {
        // "Cảng hàng không Phù Cát đón 2,3 triệu lượt khách" against "Bamboo Air chở 2,1 triệu lượt khách" (or a
        // country's visitors told from context) in one holiday story: the airport's traffic is its own fact.
        var airport = ClaimBuilder.Count("a", 2_300_000m, "passengers", language: "vi", subjectId: "name:phu cat") with { SubjectIsFacility = true };
        var airline = ClaimBuilder.Count("b", 2_100_000m, "passengers", language: "vi", subjectId: "name:bamboo air");
        var country = ClaimBuilder.Count("b", 2_200_000m, "tourists", language: "vi", subjectId: "kr", source: SubjectSource.Context);
        var sameAirport = ClaimBuilder.Count("b", 2_250_000m, "passengers", language: "vi", subjectId: "name:phu cat") with { SubjectIsFacility = true };
        var stories = OneStory(["name:bamboo air", "kr"], ["name:phu cat", "kr"]);

        Outcome(airport, airline, stories).ShouldBe(PairOutcome.NoMatch);
        Outcome(country, airport, stories).ShouldBe(PairOutcome.NoMatch);
        Outcome(airport, sameAirport, stories).ShouldBe(PairOutcome.Match, "the same airport's traffic is one fact");
        Outcome(country, airport with { SubjectIsFacility = false }, stories).ShouldBe(PairOutcome.Match,
            "without the facility word nothing tells the name from another way to write the story's subject");
    }

    [Fact]
    public void Assess_CountrysVisitorsAgainstAnAirlinesTraffic_IsNoMatchEvenWhenBothArticlesNameBoth()
    {
        // "Năm ngoái 2,6 triệu du khách Nhật Bản đến Việt Nam" against "the carrier flew 2.4 million passengers" (its
        // subject told from context) in one story whose articles both name Japan and the carrier.
        var visitors = ClaimBuilder.Count("a", 2_600_000m, "tourists", language: "vi", subjectId: "jp");
        var carried = ClaimBuilder.Count("b", 2_400_000m, "passengers", language: "en", subjectId: "name:orbis air", source: SubjectSource.Context);
        var aboard = ClaimBuilder.Count("a", 2_500_000m, "passengers", language: "vi", subjectId: "jp");
        var stories = OneStory(["name:orbis air", "jp"], ["name:orbis air", "jp"]);

        Outcome(visitors, carried, stories).ShouldBe(PairOutcome.NoMatch);
        Outcome(aboard, carried, stories).ShouldNotBe(PairOutcome.NoMatch,
            "passengers a sentence gives a country (their nationality, a nationwide total) are left to the other rules");
    }

    [Fact]
    public void Assess_GrowthBesideFiguresOfDifferentMeasures_IsNoMatch()
    {
        // "Laba bersih Rp 2 triliun, tumbuh 8%" against "throughput 3 million TEU, up 9%": what grew differs.
        var profit = ClaimBuilder.Percent("a", 8m, subjectId: Mill);
        var volume = ClaimBuilder.Percent("b", 9m, language: "en", subjectId: Mill);
        var index = new StoryIndex(OneStory(), new CrossCheckOptions().MinSharedStoryNames);
        string[][] places = [[], []];

        new PairAssessor(new CrossCheckOptions(), CrossCheckLexicon.Lexicon, index, null, places, sentenceConcepts: [["net-profit"], ["unit:teu"]]).Assess(profit, volume, 0, 1)
            .Outcome.ShouldBe(PairOutcome.NoMatch);
        new PairAssessor(new CrossCheckOptions(), CrossCheckLexicon.Lexicon, index, null, places, sentenceConcepts: [["net-profit"], ["net-profit"]]).Assess(profit, volume, 0, 1)
            .Outcome.ShouldBe(PairOutcome.Match, "growth beside one measure on both sides may be one fact");
        new PairAssessor(new CrossCheckOptions(), CrossCheckLexicon.Lexicon, index, null, places, sentenceConcepts: [["net-profit"], []]).Assess(profit, volume, 0, 1)
            .Outcome.ShouldBe(PairOutcome.Match, "a sentence that states no other figure does not say what grew");
    }

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
    public void Assess_SentenceAlsoStatesTheOtherFigure_NoMatch()
    {
        // "Launching with 22 titles (10 extra were added)" and another report's 22 titles: the first agrees on 22.
        var added = ClaimBuilder.Count("a", 10m, "books-films", subjectId: Mill);
        var total = ClaimBuilder.Count("b", 22m, "books-films", subjectId: Mill);

        OutcomeWithRoles(added, total, OneStory()).ShouldBe(PairOutcome.Match);
        OutcomeWithRoles(added, total, OneStory(), sentenceFigures: [[22m], []]).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_EarlierValueAndCurrentOne_NoMatch()
    {
        // "Exports fell to $4.2 billion, down from $5.8 billion" vs another report's $6 billion.
        var before = ClaimBuilder.Money("a", 5_800m, "USD", concept: "exports", subjectId: Mill);
        var current = ClaimBuilder.Money("b", 6_000m, "USD", concept: "exports", subjectId: Mill);

        OutcomeWithRoles(before, current, OneStory(), earlier: [false, false]).ShouldBe(PairOutcome.Match);
        OutcomeWithRoles(before, current, OneStory(), earlier: [true, false]).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_EarlierValueEqualToTheOther_IsNotRuledOut()
    {
        // Last year's $5.8 billion told by another report as $5.8 billion is the same fact.
        var before = ClaimBuilder.Money("a", 5_800m, "USD", concept: "exports", subjectId: Mill);
        var same = ClaimBuilder.Money("b", 5_800m, "USD", concept: "exports", subjectId: Mill);

        OutcomeWithRoles(before, same, OneStory(), earlier: [true, false]).ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_WindowLength_NoMatch()
    {
        // "5-3-2 in their past ten games" vs "in every game for the last 9 games".
        var past = ClaimBuilder.Count("a", 10m, "matches", subjectId: Mill);
        var last = ClaimBuilder.Count("b", 9m, "matches", subjectId: Mill);

        OutcomeWithRoles(past, last, OneStory(), windows: [false, false]).ShouldBe(PairOutcome.Match);
        OutcomeWithRoles(past, last, OneStory(), windows: [true, false]).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_PercentOfCountryAndOfItsProvince_NoMatch()
    {
        // A share belongs to its area: Indonesia's 12% and West Sulawesi's 31% are two facts.
        var national = ClaimBuilder.Percent("a", 12m, "population", subjectId: Mill) with { SentencePlaces = ["id"] };
        var provincial = ClaimBuilder.Percent("b", 31m, "population", subjectId: Mill) with { SentencePlaces = ["id-sr"] };

        Outcome(national, provincial, OneStory()).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_CountOfCountryAndOfItsProvince_IsStillMatch()
    {
        // A quake's toll is one figure whether its sentence names Indonesia or West Sulawesi.
        var national = ClaimBuilder.Count("a", 81m, "deaths", subjectId: Mill) with { SentencePlaces = ["id"] };
        var provincial = ClaimBuilder.Count("b", 80m, "deaths", subjectId: Mill) with { SentencePlaces = ["id-sr"] };

        Outcome(national, provincial, OneStory()).ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_SubjectMuchOfTheRunNamesInTwoStories_IsPossible()
    {
        // Twelve unrelated articles, nine of which name the mayor: his figures in two of them are two facts.
        const string Mayor = "name:mayor vance";
        var profiles = Enumerable.Range(0, 12).Select(i => new StoryProfile($"a{i}", i < 9 ? [Mayor, $"name:own{i}"] : [$"name:own{i}"], [])).ToArray();
        var index = new StoryIndex(profiles, new CrossCheckOptions().MinSharedStoryNames);
        var a = ClaimBuilder.Money("a0", 360m, "USD", concept: "tariffs", subjectId: Mayor);
        var b = ClaimBuilder.Money("a1", 250m, "USD", concept: "tariffs", subjectId: Mayor);

        new PairAssessor(new CrossCheckOptions(), CrossCheckLexicon.Lexicon, index, null, [[], []]).Assess(a, b, 0, 1).Outcome.ShouldBe(PairOutcome.Possible);
    }

    [Fact]
    public void Assess_RareSubjectInTwoStories_IsMatch()
    {
        // A name few articles mention (one plague, one ferry) still joins two reports of it.
        var profiles = Enumerable.Range(0, 12).Select(i => new StoryProfile($"a{i}", i < 2 ? [Mill, $"name:own{i}"] : [$"name:own{i}"], [])).ToArray();
        var index = new StoryIndex(profiles, new CrossCheckOptions().MinSharedStoryNames);
        var a = ClaimBuilder.Money("a0", 5m, "IDR", subjectId: Mill);
        var b = ClaimBuilder.Money("a1", 6m, "IDR", subjectId: Mill);

        new PairAssessor(new CrossCheckOptions(), CrossCheckLexicon.Lexicon, index, null, [[], []]).Assess(a, b, 0, 1).Outcome.ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_OneStoryNearSynonymMeasuresFewSharedWords_IsPossible()
    {
        // One space programme's story: "its $1.6 billion budget amendment" and "plans to spend $2.6 billion on its
        // lander contracts" share one word in five, which a broad story repeats around all its figures.
        var budget = ClaimBuilder.Money("a", 1_600m, "USD", concept: "budget", language: "en", metric: ["agency", "amendment", "requested", "house", "senate"]);
        var spending = ClaimBuilder.Money("b", 2_600m, "USD", concept: "spending", language: "en", metric: ["agency", "lander", "contracts", "officials", "total"]);
        var close = spending with { Metric = ["agency", "amendment", "lander", "officials", "total"] };

        Outcome(budget, spending, OneStory()).ShouldBe(PairOutcome.Possible);
        Outcome(budget, close, OneStory()).ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_PercentOfCountryAndOfAProvinceNamedBesideIt_NoMatch()
    {
        // "12% of Indonesians" vs "in Indonesia's West Sulawesi, 31%": the second sentence's area is the province.
        var national = ClaimBuilder.Percent("a", 12m, "population", subjectId: Mill) with { SentencePlaces = ["id"] };
        var provincial = ClaimBuilder.Percent("b", 31m, "population", subjectId: Mill) with { SentencePlaces = ["id", "id-sr"] };
        var alsoProvincial = ClaimBuilder.Percent("a", 30m, "population", subjectId: Mill) with { SentencePlaces = ["id-sr"] };

        Outcome(national, provincial, OneStory()).ShouldBe(PairOutcome.NoMatch);
        Outcome(alsoProvincial, provincial, OneStory()).ShouldNotBe(PairOutcome.NoMatch);
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

    [Fact]
    public void Assess_GrowthOfRelatedSubjectsAcrossStories_IsNoMatch()
    {
        // A country's container throughput "up 12%" and its carmakers' association's market "up about 13%": growth
        // says nothing of what grows, so only one subject joins two stories' growth rates.
        var country = ClaimBuilder.Percent("a", 12m, "growth", step: 1m, subjectId: "vn", subject: ["vn"], source: SubjectSource.Sentence);
        var association = ClaimBuilder.Percent("b", 13m, "growth", step: 1m, subjectId: Mill, subject: [Mill, "vn"], source: SubjectSource.Sentence);

        Outcome(country, association).ShouldNotBe(PairOutcome.Match);
    }

    /// <summary>A past contest's margin as the claim extractor would place it: the figure inside its own sentence.</summary>
    private static Claim PastMargin(string article, string sentence, string figure, string[] places)
    {
        var q = new FactPipeline.Core.Quantities.QuantityRecognizer().Recognize(sentence, "en").Single(x => x.Text == figure);
        return ClaimBuilder.Count(article, q.Amount, "points", subjectId: "name:harlow", metric: ["state", "harlow", "won"], year: 2016, language: "en",
            scope: new ClaimScope { IsHistorical = true }) with { Quote = sentence, QuoteStart = 0, Value = q, SentencePlaces = places };
    }

    [Fact]
    public void Assess_PastMarginsOneSentenceNamesNoPlace_IsNoMatch()
    {
        // Two contests of one past election: only the place says which, and one sentence names none.
        var state = PastMargin("a", "Voters re-elected him in a state Harlow won by 30 points in 2016.", "30 points", []);
        var district = PastMargin("b", "The congresswoman of Vermont, whose district Harlow won by 10 points in 2016, spoke.", "10 points", ["us-vt"]);

        Outcome(state, district).ShouldBe(PairOutcome.NoMatch);
    }

    [Fact]
    public void Assess_PastMarginsOfOnePlace_AreCompared()
    {
        var first = PastMargin("a", "In Vermont, a state Harlow won by 30 points in 2016, turnout fell.", "30 points", ["us-vt"]);
        var second = PastMargin("b", "Harlow won Vermont by a margin of 26 points in 2016.", "26 points", ["us-vt"]);

        Outcome(first, second).ShouldBe(PairOutcome.Match);
    }

    [Fact]
    public void Assess_SentenceStatesTheOtherFigureWithAnotherBasis_DoesNotBackIt()
    {
        // "The line ran 9,800 trains, including 1,100 extra" against "9,800 trains were added": the first sentence's
        // 9,800 is its total, not its addition, so it does not back the other report's addition.
        var added = new ClaimScope { Basis = ScopeBasis.Additional };
        var extra = ClaimBuilder.Count("a", 1_100m, "trains", subjectId: Mill, scope: added);
        var other = ClaimBuilder.Count("b", 9_800m, "trains", subjectId: Mill, scope: added);

        OutcomeWithRoles(extra, other, OneStory(), sentenceFigures: [[9_800m], []], sentenceScopes: [[ClaimScope.Unspecified], []])
            .ShouldBe(PairOutcome.Match);
        OutcomeWithRoles(extra, other, OneStory(), sentenceFigures: [[9_800m], []], sentenceScopes: [[added], []])
            .ShouldBe(PairOutcome.NoMatch, "a sentence that gives 9,800 as an addition too agrees with the other report");
        OutcomeWithRoles(extra, other, OneStory(), sentenceFigures: [[9_800m], []]).ShouldBe(PairOutcome.NoMatch, "without the scopes the sentence backs it");
    }

    [Fact]
    public void Assess_SentenceStatesTheOtherFigureAsAYearlyRate_DoesNotBackASumOverYears()
    {
        // "It cuts 30,000 t a year, about 750,000 t over 25 years" against "30,000 t over 25 years": the first
        // sentence's 30,000 is a yearly rate, so it does not back the other report's 30,000 over the plant's life.
        var overLife = new ClaimScope { SpanYears = 25 };
        var lifetime = ClaimBuilder.Count("a", 750_000m, "emissions", subjectId: Mill, scope: new ClaimScope { SpanYears = 25 });
        var other = ClaimBuilder.Count("b", 30_000m, "emissions", subjectId: Mill, scope: overLife);

        OutcomeWithRoles(lifetime, other, OneStory(), sentenceFigures: [[30_000m], []], sentenceScopes: [[new ClaimScope { Rate = ScopeRate.PerYear }], []])
            .ShouldNotBe(PairOutcome.NoMatch);
        OutcomeWithRoles(lifetime, other, OneStory(), sentenceFigures: [[30_000m], []], sentenceScopes: [[overLife], []])
            .ShouldBe(PairOutcome.NoMatch, "a sentence that gives 30,000 over 25 years too agrees with the other report");
    }

    [Fact]
    public void Assess_TwoAdditionsFarApartInOneStory_Match()
    {
        // "9,800 trains added" against "1,100 extra trains": one story's addition, whatever the sizes.
        var added = new ClaimScope { Basis = ScopeBasis.Additional };
        var big = ClaimBuilder.Count("a", 9_800m, "trains", subjectId: Mill, scope: added);
        var small = ClaimBuilder.Count("b", 1_100m, "trains", subjectId: Mill, scope: added, language: "en");

        OutcomeWithRoles(big, small, OneStory()).ShouldBe(PairOutcome.Match);
        OutcomeWithRoles(big, small with { Scope = ClaimScope.Unspecified }, OneStory())
            .ShouldBe(PairOutcome.Possible, "a figure of no stated basis far apart in size stays a question");
        OutcomeWithRoles(big, small, null).ShouldNotBe(PairOutcome.Match, "two stories' additions are two facts");
    }

    [Fact]
    public void Assess_OneStorysTonnagesOverOneSpanOfYearsWithoutSharedWords_IsMatch()
    {
        // "270만t over a 30-year life" and "2,5 juta ton selama 30 tahun": across languages no word is shared, but the
        // same span of years told on both sides says they are one sum; without the span they stay a question.
        var overThirty = new ClaimScope { SpanYears = 30 };
        var a = ClaimBuilder.Count("a", 2_700_000m, "unit:tonne", subjectId: Mill, scope: overThirty) with { Language = "ko" };
        var b = ClaimBuilder.Count("b", 2_500_000m, "unit:tonne", subjectId: Mill, scope: overThirty);

        Outcome(a, b, OneStory()).ShouldBe(PairOutcome.Match);
        Outcome(a with { Scope = ClaimScope.Unspecified }, b with { Scope = ClaimScope.Unspecified }, OneStory()).ShouldBe(PairOutcome.Possible);
    }
}
