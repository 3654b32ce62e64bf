using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.CrossCheck;

/// <summary>
/// The offline cross-check: which claims make one finding, and with what severity. Subjects are invented
/// ("name:…" keys of companies the lexicon does not know) unless a lexicon country is the point of the test.
/// </summary>
public sealed class CrossCheckerTests
{
    private static readonly CrossChecker Checker = CrossCheckLexicon.Checker();

    private const string Harbour = "name:teluk biru port authority";
    private const string Mill = "name:sinar jaya";
    private const string OtherMill = "name:bayu kencana";

    [Fact]
    public void Check_SameSubjectRoundedAndPreciseBudget_IsMinorRounding()
    {
        var rounded = ClaimBuilder.Money("a", 10_000_000_000_000m, "IDR", step: 1_000_000_000_000m, subjectId: Harbour);
        var precise = ClaimBuilder.Money("b", 10_100_000_000_000m, "IDR", step: 100_000_000_000m, subjectId: Harbour);

        var finding = Checker.Check([rounded, precise]).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Minor);
        finding.Reason.ShouldBe(VerdictReason.Rounding);
        finding.DifferencePercent.ShouldBe(1.00m);
        finding.ClaimIds.ShouldBe([rounded.Id, precise.Id], ignoreOrder: true);
    }

    [Fact]
    public void Check_SameSubjectTwoPreciseFiguresThatCannotBothHold_IsConflict()
    {
        var a = ClaimBuilder.Money("a", 10_100_000_000_000m, "IDR", step: 100_000_000_000m, subjectId: Harbour);
        var b = ClaimBuilder.Money("b", 10_400_000_000_000m, "IDR", step: 100_000_000_000m, subjectId: Harbour);

        Checker.Check([a, b]).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Conflict);
    }

    [Fact]
    public void Check_SameSubjectTenfoldTypo_IsConflictDespiteMaxRatio()
    {
        // 12 vs 120 billion: far outside the size window, but the same subject and measure make it one fact.
        var right = ClaimBuilder.Money("a", 12_000_000_000m, "IDR", step: 1_000_000_000m, subjectId: Mill);
        var typo = ClaimBuilder.Money("b", 120_000_000_000m, "IDR", step: 10_000_000_000m, subjectId: Mill);

        var finding = Checker.Check([right, typo]).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Conflict);
        finding.DifferencePercent.ShouldBe(900m);
    }

    [Fact]
    public void Check_SameFactAcrossLanguagesWithSameSubjectAndYear_Matches()
    {
        var indonesian = ClaimBuilder.Money("a", 7_500_000_000m, "USD", step: 100_000_000m, subjectId: Mill, metric: ["anggaran"], year: 2026);
        var korean = ClaimBuilder.Money("b", 7_500_000_000m, "USD", step: 100_000_000m, subjectId: Mill, metric: ["예산"], year: 2026, language: "ko");

        var finding = Checker.Check([indonesian, korean]).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Consistent);
        finding.MatchedBy.ShouldBeNull();
    }

    [Fact]
    public void Check_DifferentSubjects_NeverMatch()
    {
        var mill = ClaimBuilder.Money("a", 10_000_000_000m, "IDR", subjectId: Mill, year: 2026);
        var other = ClaimBuilder.Money("b", 10_000_000_000m, "IDR", subjectId: OtherMill, year: 2026);
        var korea = ClaimBuilder.Money("c", 10_000_000_000m, "IDR", subjectId: "kr", subject: ["kr"], year: 2026);
        var china = ClaimBuilder.Money("d", 12_000_000_000m, "IDR", subjectId: "cn", subject: ["cn"], year: 2026);

        Checker.Check([mill, other, korea, china]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_NoSubjectAndNoStory_GivesNoFinding()
    {
        // Same measure, unit and size, nothing else: a shared concept word is not enough.
        var a = ClaimBuilder.Money("a", 10_000_000_000m, "IDR", subject: []);
        var b = ClaimBuilder.Money("b", 10_000_000_000m, "IDR", subject: []);

        Checker.Check([a, b]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_ThreePercentagesOfOneSentencePlusOneElsewhere_NeverFormOneFinding()
    {
        // Article a gives three shares in one sentence; article b gives one. No chaining through b.
        var a1 = ClaimBuilder.Percent("a", 5m, subjectId: Mill);
        var a2 = ClaimBuilder.Percent("a", 6m, subjectId: Mill);
        var a3 = ClaimBuilder.Percent("a", 7m, subjectId: Mill);
        var b = ClaimBuilder.Percent("b", 6m, subjectId: Mill);

        var findings = Checker.Check([a1, a2, a3, b]);

        findings.ShouldAllBe(f => f.ClaimIds.Count(id => id == a1.Id || id == a2.Id || id == a3.Id) <= 1);
        var finding = findings.ShouldHaveSingleItem();
        finding.ClaimIds.ShouldBe([a2.Id, b.Id], ignoreOrder: true);
        finding.Severity.ShouldBe(Severity.Consistent);
    }

    [Fact]
    public void Check_ClaimsOfOneArticleOnly_GiveNoFinding()
    {
        var a = ClaimBuilder.Money("same", 10_000_000_000m, "IDR", subjectId: Mill);
        var b = ClaimBuilder.Money("same", 12_000_000_000m, "IDR", subjectId: Mill);

        Checker.Check([a, b]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_SameSubjectDifferentYears_IsNoMatch()
    {
        var y2026 = ClaimBuilder.Money("a", 10_000_000_000m, "IDR", year: 2026, subjectId: Mill);
        var y2027 = ClaimBuilder.Money("b", 12_000_000_000m, "IDR", year: 2027, subjectId: Mill);

        Checker.Check([y2026, y2027]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_SameSubjectAdditionalVersusTotal_IsNoMatch()
    {
        var extra = ClaimBuilder.Money("a", 2_000_000_000m, "IDR", subjectId: Mill, scope: new ClaimScope { Basis = ScopeBasis.Additional });
        var total = ClaimBuilder.Money("b", 3_000_000_000m, "IDR", subjectId: Mill, scope: new ClaimScope { Basis = ScopeBasis.Total });

        Checker.Check([extra, total]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_SameSubjectPartAndWhole_IsNoMatch()
    {
        var part = ClaimBuilder.Count("a", 30m, "employees", subjectId: Mill, scope: new ClaimScope { IsPart = true }, whole: 50m);
        var whole = ClaimBuilder.Count("b", 50m, "employees", subjectId: Mill);

        Checker.Check([part, whole]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_SameAmountInDifferentCurrencies_IsNoMatch()
    {
        var dollars = ClaimBuilder.Money("a", 100_000_000m, "USD", concept: "investment", subjectId: Mill);
        var euros = ClaimBuilder.Money("b", 100_000_000m, "EUR", concept: "investment", subjectId: Mill);

        Checker.Check([dollars, euros]).ShouldBeEmpty();
    }

    [Fact]
    public void Check_SameSubjectOtherLanguageWithoutSharedContext_IsOnlyPossible()
    {
        // Same subject and measure, but no shared year, entity or story: probably, not surely, the same fact.
        var id = ClaimBuilder.Money("a", 10_000_000_000m, "IDR", step: 1_000_000_000m, subjectId: Mill, metric: ["anggaran"]);
        var ko = ClaimBuilder.Money("b", 14_000_000_000m, "IDR", step: 1_000_000_000m, subjectId: Mill, metric: ["예산"], language: "ko");

        var finding = Checker.Check([id, ko]).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Possible);
        finding.MatchedBy.ShouldNotBeNull().ShouldStartWith("possible: ");
    }

    [Fact]
    public void Check_ConflictsComeBeforeMinorFindings()
    {
        var claims = new[]
        {
            ClaimBuilder.Money("a", 10_000_000_000_000m, "IDR", step: 1_000_000_000_000m, subjectId: Harbour),
            ClaimBuilder.Money("b", 10_100_000_000_000m, "IDR", step: 100_000_000_000m, subjectId: Harbour),
            ClaimBuilder.Count("a", 300m, "employees", subjectId: Mill),
            ClaimBuilder.Count("b", 400m, "employees", subjectId: Mill),
        };

        Checker.Check(claims).Select(f => f.Severity).ShouldBe([Severity.Conflict, Severity.Minor]);
    }

    [Fact]
    public void Check_SameClaimsInReverseOrder_GivesSameFindingId()
    {
        var claims = new[]
        {
            ClaimBuilder.Money("a", 10_000_000_000_000m, "IDR", step: 1_000_000_000_000m, subjectId: Harbour),
            ClaimBuilder.Money("b", 10_100_000_000_000m, "IDR", step: 100_000_000_000m, subjectId: Harbour),
        };

        Checker.Check(claims).Single().Id.ShouldBe(Checker.Check(claims.Reverse().ToArray()).Single().Id);
    }

    [Fact]
    public void Check_NoSubjectButSameStoryAndContext_Matches()
    {
        var a = ClaimBuilder.Count("a", 4_800m, "employees", subject: [], metric: ["pekerja", "proyek", "bendungan"]);
        var b = ClaimBuilder.Count("b", 4_800m, "employees", subject: [], metric: ["pekerja", "bendungan"]);
        StoryProfile[] stories =
        [
            new("a", ["name:bendungan lawu", "name:pt karya tirta", "name:dinas pu"], []),
            new("b", ["name:bendungan lawu", "name:pt karya tirta", "name:dinas pu"], []),
        ];

        Checker.Check([a, b], stories).ShouldHaveSingleItem().Severity.ShouldBe(Severity.Consistent);
        Checker.Check([a, b]).ShouldBeEmpty();
    }

    [Fact]
    public void SameStoryPairs_SharedTwoDigitCounts_DoNotMakeOneStory()
    {
        // A count's story key has no noun (it must match across languages): "15 servings" would meet "15 studies".
        StoryProfile[] stories = [new("a", [], []), new("b", [], [])];
        Claim[] small = [.. Counts("a", 15m, 38m, 27m), .. Counts("b", 15m, 38m, 27m)];
        Claim[] precise = [.. Counts("a", 15_240m, 3_450m), .. Counts("b", 15_240m, 3_450m)];

        Checker.SameStoryPairs(small, stories).ShouldBeEmpty();
        Checker.SameStoryPairs(precise, stories).ShouldBe([("a", "b")]);
    }

    [Fact]
    public void SameStoryPairs_SamePreciseSumOfOneMeasure_TiesOnceMore()
    {
        // One precise sum shared is one tie; the same sum in the same currency for the same named measure is two.
        StoryProfile[] stories = [new("a", [], []), new("b", [], [])];
        Claim[] bare = [ClaimBuilder.Money("a", 653_000_000_000m, "KRW", "budget"), ClaimBuilder.Money("b", 653_000_000_000m, "KRW", "revenue")];
        Claim[] sameMeasure = [ClaimBuilder.Money("a", 653_000_000_000m, "KRW", "budget"), ClaimBuilder.Money("b", 653_000_000_000m, "KRW", "budget")];
        Claim[] otherCurrency = [ClaimBuilder.Money("a", 653_000_000_000m, "KRW", "budget"), ClaimBuilder.Money("b", 653_000_000_000m, "VND", "budget")];

        Checker.SameStoryPairs(bare, stories).ShouldBeEmpty();
        Checker.SameStoryPairs(sameMeasure, stories).ShouldBe([("a", "b")]);
        Checker.SameStoryPairs(otherCurrency, stories).ShouldBeEmpty();
    }

    [Fact]
    public void Check_OneBodysHousesAndHousesDamagedTenTimesApart_IsConflict()
    {
        // Two measures of one family (houses, houses damaged) of one named body in one story, a power of ten apart:
        // a slipped digit, compared whatever the sizes as one measure's figures are.
        StoryProfile[] stories =
        [
            new("a", ["name:lembah hijau", "name:sungai merah", "name:desa batu"], []),
            new("b", ["name:lembah hijau", "name:sungai merah", "name:desa batu"], []),
        ];
        Claim[] claims =
        [
            ClaimBuilder.Count("a", 2_130m, "houses-damaged", subjectId: "bnpb"),
            ClaimBuilder.Count("b", 21_300m, "houses", subjectId: "bnpb"),
        ];

        var finding = Checker.Check(claims, stories).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Conflict);
        finding.ClaimIds.Count.ShouldBe(2);
    }

    [Fact]
    public void SortOnTwoCores_ManyDistinctKeysWithRepeatedLeadingParts_GivesTheOrderOfOneSort()
    {
        // Enough keys to take the two-core path; few distinct first parts, so the split key has many equal neighbours.
        var random = new Random(7);
        var keys = Enumerable.Range(0, 250_000).Select(k => (First: random.Next(5), Second: random.Next(1_000), Position: k)).ToArray();
        var expected = keys.ToArray();
        Array.Sort(expected);

        CrossChecker.SortOnTwoCores(keys);

        keys.ShouldBe(expected);
    }

    private static IEnumerable<Claim> Counts(string article, params decimal[] amounts) =>
        amounts.Select(a => ClaimBuilder.Count(article, a, "people", subject: []));

    // Severity cases on claims the real extractor reads from invented sentences.

    [Fact]
    public void Check_TenVersusTenPointOneTrillion_IsMinor()
    {
        var claims = Extract(
            ("id", "Anggaran Dinas Pelabuhan Teluk Biru tahun 2027 mencapai 10 triliun rupiah."),
            ("id", "Dinas Pelabuhan Teluk Biru mendapat anggaran 10,1 triliun rupiah pada 2027."));

        var finding = Checker.Check(claims).ShouldHaveSingleItem(ExtractedClaims.Describe(claims));

        finding.Severity.ShouldBe(Severity.Minor);
    }

    [Fact]
    public void Check_TwoVersusThreeRounds_IsConflict()
    {
        var claims = Extract(
            ("id", "Komisi Pemilihan Lembah Hijau menggelar 2 putaran pemungutan suara tahun ini."),
            ("id", "Komisi Pemilihan Lembah Hijau menggelar 3 putaran pemungutan suara tahun ini."));

        Checker.Check(claims).ShouldHaveSingleItem(ExtractedClaims.Describe(claims)).Severity.ShouldBe(Severity.Conflict);
    }

    [Fact]
    public void Check_SeventeenVersusEighteenSchools_IsConflict()
    {
        var claims = Extract(
            ("id", "Yayasan Cahaya Pelita membangun 17 sekolah di pedalaman."),
            ("id", "Yayasan Cahaya Pelita membangun 18 sekolah di pedalaman."));

        Checker.Check(claims).ShouldHaveSingleItem(ExtractedClaims.Describe(claims)).Severity.ShouldBe(Severity.Conflict);
    }

    [Fact]
    public void Check_LessThanFiveHundredVersusSixHundredFifty_IsConflict()
    {
        var claims = Extract(
            ("id", "PT Arunika Tbk mempekerjakan kurang dari 500 karyawan di pabrik barunya."),
            ("id", "PT Arunika Tbk mempekerjakan 650 karyawan di pabrik barunya."));

        Checker.Check(claims).ShouldHaveSingleItem(ExtractedClaims.Describe(claims)).Severity.ShouldBe(Severity.Conflict);
    }

    [Fact]
    public void Check_MoreThanFifteenVersusExactlyFifteen_IsNotConsistent()
    {
        var claims = Extract(
            ("id", "Klub Garuda Muda merekrut lebih dari 15 pemain baru musim ini."),
            ("id", "Klub Garuda Muda merekrut 15 pemain baru musim ini."));

        var finding = Checker.Check(claims).ShouldHaveSingleItem(ExtractedClaims.Describe(claims));

        finding.Severity.ShouldNotBe(Severity.Consistent);
        finding.Severity.ShouldNotBe(Severity.Possible);
    }

    [Fact]
    public void Check_MoreThanAFigureVersusItsRoundedForm_IsConsistent()
    {
        var claims = Extract(
            ("id", "PT Arunika Tbk memasang lebih dari 340.000 unit panel surya tahun ini."),
            ("id", "PT Arunika Tbk memasang 340 ribu unit panel surya tahun ini."));

        Checker.Check(claims).ShouldHaveSingleItem(ExtractedClaims.Describe(claims)).Severity.ShouldBe(Severity.Consistent);
    }

    [Theory]
    [InlineData(100, 1, 104, 1, VerdictReason.Disjoint)]
    [InlineData(100, 10, 104, 1, VerdictReason.Rounding)]
    [InlineData(100, 1, 100, 1, VerdictReason.Equal)]
    public void Compare_ExactFigures_UsesRoundingStep(int a, int stepA, int b, int stepB, VerdictReason expected)
    {
        var left = ClaimBuilder.Money("a", a, "IDR", step: stepA).Value;
        var right = ClaimBuilder.Money("b", b, "IDR", step: stepB).Value;

        Checker.Compare(left, right).ShouldBe(expected);
    }

    private static Claim[] Extract(params (string Language, string Sentence)[] articles) =>
        articles.SelectMany((a, i) => ExtractedClaims.Of("art" + i, a.Language, a.Sentence)).ToArray();

    [Fact]
    public void Check_FigureAlreadyPairedWithOneFigureOfAnArticle_IsNoQuestionAboutItsOther()
    {
        // Article a gives the fund's budget as 10 trillion in two sentences (one naming the fund, one only the
        // country); b's 10.1 trillion is paired with the first, so the second is not asked about again.
        var fund = ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", step: 1_000_000_000_000m, subjectId: "name:dana tumbuh", subject: ["name:dana tumbuh", "kr"]);
        var country = ClaimBuilder.Money("a", 10_000_000_000_000m, "KRW", step: 1_000_000_000_000m, subjectId: "kr", source: SubjectSource.Context);
        var other = ClaimBuilder.Money("b", 10_100_000_000_000m, "KRW", step: 100_000_000_000m, subjectId: "kr");

        var findings = Checker.Check([fund, country, other]);

        var finding = findings.ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Minor);
        finding.ClaimIds.ShouldBe([fund.Id, other.Id], ignoreOrder: true);
    }

    [Fact]
    public void Check_OneFigureGivenYearlyAndOverThreeYearsInOneStory_IsScopeConflict()
    {
        var yearly = ClaimBuilder.Money("a", 40_000_000m, "USD", concept: "cost", subjectId: Mill, scope: new ClaimScope { Rate = ScopeRate.PerYear });
        var overThree = ClaimBuilder.Money("b", 40_000_000m, "USD", concept: "cost", subjectId: Mill, scope: new ClaimScope { SpanYears = 3 });
        StoryProfile[] stories =
        [
            new("a", ["name:bendungan lawu", "name:pt karya tirta", "name:dinas pu", "name:desa wonoasri"], []),
            new("b", ["name:bendungan lawu", "name:pt karya tirta", "name:dinas pu", "name:desa wonoasri"], []),
        ];

        var finding = Checker.Check([yearly, overThree], stories).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Conflict);
        finding.Reason.ShouldBe(VerdictReason.ScopeDiffers);
    }
}
