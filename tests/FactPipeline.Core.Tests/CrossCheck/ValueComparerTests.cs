using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Core.Quantities;

namespace FactPipeline.Core.Tests.CrossCheck;

/// <summary>Severity rules on figures the real recognizer reads from invented phrases.</summary>
public sealed class ValueComparerTests
{
    private const double Slack = 0.10;
    private static readonly QuantityRecognizer Recognizer = new();

    private static Quantity Q(string phrase, string language = "id") =>
        Recognizer.Recognize(phrase, language).ShouldHaveSingleItem(phrase);

    private static VerdictReason Compare(string a, string b, string language = "id") =>
        ValueComparer.Compare(Q(a, language), Q(b, language), Slack);

    [Fact]
    public void Compare_RoundedAndPreciseTrillions_IsRounding()
    {
        Compare("anggaran 10 triliun rupiah", "anggaran 10,1 triliun rupiah").ShouldBe(VerdictReason.Rounding);
        Compare("a budget of 10 trillion rupiah", "a budget of 10.1 trillion rupiah", "en").ShouldBe(VerdictReason.Rounding);
    }

    [Fact]
    public void Compare_TwoPreciseTrillionsApart_IsDisjoint()
    {
        Compare("anggaran 10,1 triliun rupiah", "anggaran 10,4 triliun rupiah").ShouldBe(VerdictReason.Disjoint);
    }

    [Theory]
    [InlineData("2 putaran", "3 putaran")]
    [InlineData("17 sekolah", "18 sekolah")]
    [InlineData("12 desa", "3 desa")]
    public void Compare_ExactSmallCountsThatDiffer_IsDisjoint(string a, string b)
    {
        Compare(a, b).ShouldBe(VerdictReason.Disjoint);
    }

    [Fact]
    public void Compare_ExactSmallCountsInEnglish_IsDisjoint()
    {
        Compare("17 schools", "18 schools", "en").ShouldBe(VerdictReason.Disjoint);
    }

    [Fact]
    public void Compare_SameCount_IsEqual()
    {
        Compare("17 sekolah", "17 sekolah").ShouldBe(VerdictReason.Equal);
    }

    [Fact]
    public void Compare_UpperBoundThatExcludesTheOther_IsDisjoint()
    {
        Compare("kurang dari 500 karyawan", "650 karyawan").ShouldBe(VerdictReason.Disjoint);
        Compare("fewer than 500 employees", "650 employees", "en").ShouldBe(VerdictReason.Disjoint);
    }

    [Theory]
    [InlineData("sekitar US$156 miliar", "US$156,3 miliar", "id")]
    [InlineData("about $230 million", "$227.5 million", "en")]
    [InlineData("khoảng 31%", "31,4%", "vi")]
    public void Compare_ApproximateFigureAndADifferentPreciseOne_IsRounding(string approximate, string precise, string language)
    {
        // "About 156" is 156 said loosely, not a range: 156.3 elsewhere differs from it by rounding (minor).
        Compare(approximate, precise, language).ShouldBe(VerdictReason.Rounding);
    }

    [Fact]
    public void Compare_ApproximateFigureAndTheSameFigure_IsEqual()
    {
        Compare("sekitar 3.000 warga", "3.000 warga").ShouldBe(VerdictReason.Equal);
    }

    [Fact]
    public void Compare_UpperBoundThatAdmitsTheOther_IsHedgesOverlap()
    {
        Compare("kurang dari 500 karyawan", "450 karyawan").ShouldBe(VerdictReason.HedgesOverlap);
    }

    [Fact]
    public void Compare_MoreThanAFigureVersusExactlyThatFigure_IsNotConsistent()
    {
        var reason = Compare("lebih dari 15 pemain", "15 pemain");

        ValueComparer.SeverityOf(reason).ShouldNotBe(Severity.Consistent);
        ValueComparer.SeverityOf(Compare("more than 15 players", "15 players", "en")).ShouldNotBe(Severity.Consistent);
    }

    [Fact]
    public void Compare_MoreThanAFigureVersusItsRoundedForm_IsHedgesOverlap()
    {
        // "340 ribu" may be up to 340.500, which is more than 340.000.
        Compare("lebih dari 340.000 unit", "340 ribu unit").ShouldBe(VerdictReason.HedgesOverlap);
    }

    [Fact]
    public void Compare_IsSymmetric()
    {
        Compare("650 karyawan", "kurang dari 500 karyawan").ShouldBe(Compare("kurang dari 500 karyawan", "650 karyawan"));
        Compare("340 ribu unit", "lebih dari 340.000 unit").ShouldBe(Compare("lebih dari 340.000 unit", "340 ribu unit"));
    }

    [Theory]
    [InlineData(VerdictReason.Equal, Severity.Consistent)]
    [InlineData(VerdictReason.HedgesOverlap, Severity.Consistent)]
    [InlineData(VerdictReason.Rounding, Severity.Minor)]
    [InlineData(VerdictReason.Disjoint, Severity.Conflict)]
    public void SeverityOf_MapsReasons(VerdictReason reason, Severity expected)
    {
        ValueComparer.SeverityOf(reason).ShouldBe(expected);
    }

    [Theory]
    [InlineData("at least 12 people died", "12 people died", "en")]
    [InlineData("setidaknya 12 orang tewas", "12 orang tewas", "id")]
    [InlineData("사망자는 12명 이상", "사망자는 12명", "ko")]
    public void Compare_AtLeastAgainstThatFigure_AgreesAsBothMayBeRight(string bound, string exact, string language)
    {
        Compare(bound, exact, language).ShouldBe(VerdictReason.HedgesOverlap);
    }

    [Fact]
    public void Compare_MoreThanAgainstThatFigure_IsNotConsistent()
    {
        ValueComparer.SeverityOf(Compare("lebih dari 15 orang", "15 orang")).ShouldNotBe(Severity.Consistent);
    }
    [Theory]
    [InlineData("lebih dari 40.000 penonton", "sekitar 39 ribu penonton", "id")]
    [InlineData("more than 5,000 fans", "about 4,900 fans", "en")]
    [InlineData("7만여 명", "약 6만9천 명", "ko")]
    [InlineData("hơn 20.000 khán giả", "khoảng 19.000 khán giả", "vi")]
    [InlineData("超过3万人", "约2.9万人", "zh")]
    [InlineData("kurang dari 500 karyawan", "sekitar 520 karyawan", "id")]
    public void Compare_BoundThatExcludesTheAboutFiguresOwnValue_IsRounding(string bound, string about, string language)
    {
        // The "about" margin reaches the bound, but the value each report gives lies on another side of it.
        Compare(bound, about, language).ShouldBe(VerdictReason.Rounding);
        Compare(about, bound, language).ShouldBe(VerdictReason.Rounding);
    }

    [Theory]
    [InlineData("more than 72,000 cars", "about 72,000 cars", "en")]
    [InlineData("lebih dari 72.000 mobil", "sekitar 72 ribu mobil", "id")]
    [InlineData("hơn 8 triệu tấn", "khoảng 8,1 triệu tấn", "vi")]
    [InlineData("kurang dari 500 karyawan", "sekitar 480 karyawan", "id")]
    public void Compare_BoundThatAdmitsTheAboutFiguresOwnValue_IsHedgesOverlap(string bound, string about, string language)
    {
        Compare(bound, about, language).ShouldBe(VerdictReason.HedgesOverlap);
    }

    [Theory]
    [InlineData("hingga 430 km", "sekitar 425 km", "id")]
    [InlineData("up to 430 km", "about 425 km", "en")]
    public void Compare_UpToAMeasurementAgainstItsRoundedForm_IsRounding(string upTo, string about, string language)
    {
        // "Up to 430 km" of range states the specification (430); "about 425 km" rounds it: a rounding apart.
        Compare(upTo, about, language).ShouldBe(VerdictReason.Rounding);
    }

    [Fact]
    public void Compare_UpToACountOfPeopleAgainstALowerFigure_StaysABound()
    {
        Compare("up to 40 people", "32 people", "en").ShouldBe(VerdictReason.HedgesOverlap);
    }
}
