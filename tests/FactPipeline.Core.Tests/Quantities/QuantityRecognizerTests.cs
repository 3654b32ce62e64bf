using FactPipeline.Core.Tests.TestSupport;
using System.Globalization;
using System.Text.RegularExpressions;
using FactPipeline.Core.Model;
using FactPipeline.Core.Quantities;
using Shouldly;

namespace FactPipeline.Core.Tests.Quantities;

public sealed partial class QuantityRecognizerTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    private static string CasesPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Quantities", "recognizer-cases.tsv");

    /// <summary>One row per fixture line, so each case is reported as its own test.</summary>
    public static TheoryData<string> FixtureCases() => Fixtures.CaseLines("Quantities/recognizer-cases.tsv");

    [Theory]
    [MemberData(nameof(FixtureCases))]
    public void Recognize_FixtureCase_MatchesExpectation(string line)
    {
        var f = line.Split('\t');
        var (language, input, expectedText, kind) = (f[0], f[1], f[2], f[3]);
        var quantities = Recognizer.Recognize(input, language);

        if (kind == "NONE")
        {
            var at = input.IndexOf(expectedText, StringComparison.Ordinal);
            at.ShouldBeGreaterThanOrEqualTo(0, "the fixture's expected text must occur in the input");
            quantities.Where(q => q.Start < at + expectedText.Length && q.End > at)
                .ShouldBeEmpty($"'{expectedText}' is not a quantity in: {input}");
            return;
        }

        var quantity = quantities.SingleOrDefault(q => q.Text == expectedText);
        quantity.ShouldNotBeNull($"expected '{expectedText}' in [{string.Join(" | ", quantities.Select(q => q.Text))}]");
        quantity.Text.ShouldBe(input.Substring(quantity.Start, quantity.Length));
        quantity.Kind.ShouldBe(Enum.Parse<QuantityKind>(kind));
        quantity.Amount.ShouldBe(Dec(f[4]));
        quantity.Unit.ShouldBe(f[5]);
        quantity.Low.ShouldBe(NullableDec(f[6]));
        quantity.High.ShouldBe(NullableDec(f[7]));
        quantity.Hedge.ShouldBe(Enum.Parse<Hedge>(f[8]));
        quantity.Step.ShouldBe(Dec(f[9]));
        quantity.Whole.ShouldBe(f.Length > 10 ? NullableDec(f[10]) : null);
    }

    [Fact]
    public void Fixture_HasEnoughCasesPerLanguage()
    {
        var lines = File.ReadLines(CasesPath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        lines.Count.ShouldBeGreaterThanOrEqualTo(170);
        foreach (var language in new[] { "id", "en", "ko", "vi", "zh" })
        {
            lines.Count(l => l.StartsWith(language + "\t", StringComparison.Ordinal)).ShouldBeGreaterThan(5, language);
        }
    }

    [Fact]
    public void Recognize_IndonesianDecimalComma_ReturnsExactValue()
    {
        var q = Single("Anggaran AI naik menjadi 10,1 triliun won.", "id");
        q.Text.ShouldBe("10,1 triliun won");
        q.Kind.ShouldBe(QuantityKind.Money);
        q.Amount.ShouldBe(10_100_000_000_000m);
        q.Unit.ShouldBe("KRW");
        q.Step.ShouldBe(100_000_000_000m);
        q.Low.ShouldBe(q.Amount);
        q.High.ShouldBe(q.Amount);
    }

    [Fact]
    public void Recognize_IndonesianWholeTrillions_HasTrillionStep()
    {
        var q = Single("modal sebesar 10 triliun won", "id");
        q.Text.ShouldBe("10 triliun won");
        q.Amount.ShouldBe(10_000_000_000_000m);
        q.Step.ShouldBe(1_000_000_000_000m);
    }

    [Fact]
    public void Recognize_CurrencyPrefixWithScale_IncludesBothInSpan()
    {
        var q = Single("atau setara US$6,9 miliar", "id");
        q.Text.ShouldBe("US$6,9 miliar");
        q.Kind.ShouldBe(QuantityKind.Money);
        q.Unit.ShouldBe("USD");
        q.Amount.ShouldBe(6_900_000_000m);
        q.Step.ShouldBe(100_000_000m);
    }

    [Fact]
    public void Recognize_ClassifierBeforeNoun_CountsTheNoun()
    {
        var q = Single("mengamankan 260 ribu unit GPU", "id");
        q.Text.ShouldBe("260 ribu unit GPU");
        q.Kind.ShouldBe(QuantityKind.Count);
        q.Unit.ShouldBe("gpu");
        q.Amount.ShouldBe(260_000m);
        q.Step.ShouldBe(1_000m);
    }

    [Theory]
    [InlineData("terjual 7.300 unit sepanjang musim lalu")]
    [InlineData("dikirim 410 unit selama kuartal ketiga")]
    [InlineData("mencapai 95 unit menjelang akhir bulan")]
    public void Recognize_ClassifierBeforePreposition_KeepsTheClassifier(string text)
    {
        var q = Single(text, "id");
        q.Kind.ShouldBe(QuantityKind.Count);
        q.Unit.ShouldBe("unit");
    }

    [Fact]
    public void Recognize_MoreThan_IsOpenAbove()
    {
        var q = Single("membeli lebih dari 260.000 unit.", "id");
        q.Text.ShouldBe("260.000 unit");
        q.Unit.ShouldBe("unit");
        q.Hedge.ShouldBe(Hedge.Above);
        q.Low.ShouldBe(260_000m);
        q.High.ShouldBeNull();
        q.Step.ShouldBe(1m);
    }

    [Theory]
    [InlineData("The dealer handed over 1,240 cars last month.")]
    [InlineData("The ministry signed over 1,240 hectares to the park.")]
    public void Recognize_OverAsTheVerbsParticle_IsExact(string text)
    {
        var q = Single(text, "en");
        q.Hedge.ShouldBe(Hedge.None);
        q.Low.ShouldBe(q.Amount);
        q.High.ShouldBe(q.Amount);
    }

    [Fact]
    public void Recognize_OverAfterAnotherVerb_IsOpenAbove()
    {
        var q = Single("The dealer sold over 1,240 cars last month.", "en");
        q.Hedge.ShouldBe(Hedge.Above);
        q.High.ShouldBeNull();
    }

    [Fact]
    public void Recognize_Nearly_IsJustBelow()
    {
        var q = Single("bernilai hampir 100 miliar euro, untuk", "id");
        q.Text.ShouldBe("100 miliar euro");
        q.Unit.ShouldBe("EUR");
        q.Hedge.ShouldBe(Hedge.Below);
        q.High.ShouldBe(100_000_000_000m);
        q.Low.ShouldBe(90_000_000_000m);
    }

    [Fact]
    public void Recognize_DollarAs_IsUsd()
    {
        var q = Single("investasi sebesar 100 miliar dolar AS untuk", "id");
        q.Text.ShouldBe("100 miliar dolar AS");
        q.Unit.ShouldBe("USD");
        q.Amount.ShouldBe(100_000_000_000m);
    }

    [Fact]
    public void Recognize_HalfATrillion_ReturnsHalf()
    {
        var q = Single("senilai setengah triliun dolar AS.", "id");
        q.Text.ShouldBe("setengah triliun dolar AS");
        q.Amount.ShouldBe(500_000_000_000m);
        q.Unit.ShouldBe("USD");
    }

    [Fact]
    public void Recognize_SpelledCount_KeepsNoun()
    {
        var q = Single("Sebanyak lima tim lolos", "id");
        q.Text.ShouldBe("lima tim");
        q.Kind.ShouldBe(QuantityKind.Count);
        q.Amount.ShouldBe(5m);
        q.Unit.ShouldBe("tim");
        q.Step.ShouldBe(1m);
    }

    [Fact]
    public void Recognize_KaliLipat_IsMultiplier()
    {
        var q = Single("meningkatkan tiga kali lipat anggaran", "id");
        q.Text.ShouldBe("tiga kali lipat");
        q.Kind.ShouldBe(QuantityKind.Multiplier);
        q.Unit.ShouldBe("x");
        q.Amount.ShouldBe(3m);
    }

    [Fact]
    public void Recognize_KoreanMixedScale_ReturnsExactValue()
    {
        var q = Single("정부는 10조 1천억 원을 투입한다", "ko");
        q.Text.ShouldBe("10조 1천억 원");
        q.Kind.ShouldBe(QuantityKind.Money);
        q.Unit.ShouldBe("KRW");
        q.Amount.ShouldBe(10_100_000_000_000m);
        q.Step.ShouldBe(100_000_000_000m);
    }

    [Fact]
    public void Recognize_EnDashRange_IsRangeWithMidpoint()
    {
        var q = Single("merilis 3–5 model baru", "id");
        q.Text.ShouldBe("3–5 model");
        q.Hedge.ShouldBe(Hedge.Range);
        q.Low.ShouldBe(3m);
        q.High.ShouldBe(5m);
        q.Amount.ShouldBe(4m);
        q.Unit.ShouldBe("model");
    }

    [Fact]
    public void Recognize_HinggaMencapai_IsNotAnUpperBound()
    {
        var q = Single("ekspor hingga mencapai 50 miliar dolar AS", "id");
        q.Hedge.ShouldBe(Hedge.None);
        q.Low.ShouldBe(q.High);
    }

    [Fact]
    public void Recognize_YearsAndDates_ReturnsNothing()
    {
        const string text = "Pada 5 Desember 2025, Senin (5/1/2026) pukul 23:11, target hingga tahun 2030 dan pada 2027; terbit 2026.01.05.";
        Recognizer.Recognize(text, "id").ShouldBeEmpty();
    }

    [Fact]
    public void Recognize_ResultsAreOrderedAndDoNotOverlap()
    {
        const string text = "Dana 10,1 triliun won (US$6,9 miliar) untuk 300 perusahaan, 2–3 perusahaan, dan lima tim.";
        var quantities = Recognizer.Recognize(text, "id");
        quantities.Count.ShouldBe(5);
        for (var i = 1; i < quantities.Count; i++)
        {
            quantities[i].Start.ShouldBeGreaterThanOrEqualTo(quantities[i - 1].End);
        }
    }

    /// <summary>One shared recognizer on many threads: every call still reads each figure right (no shared scratch state).</summary>
    [Fact]
    public void Recognize_ConcurrentCalls_EachReadsEveryFigureRight()
    {
        const string text = "Dana 7,4 triliun won, 35 ribu orang, lima tim";
        var readings = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, 200, _ => readings.Add(string.Join(" | ", Recognizer.Recognize(text, "id")
            .Select(q => string.Create(CultureInfo.InvariantCulture, $"{q.Text}={q.Amount} {q.Unit}")))));

        readings.Count.ShouldBe(200);
        readings.Distinct().ShouldHaveSingleItem().ShouldBe("7,4 triliun won=7400000000000 KRW | 35 ribu orang=35000 orang | lima tim=5 tim");
    }

    /// <summary>The seed articles are real Indonesian news; the key figures must be found and no year reported.</summary>
    [Fact]
    public void Recognize_SeedArticles_FindsKeyFiguresAndNoYears()
    {
        var seeds = RepoPaths.FindShared("corpus/seeds");
        if (seeds is null || !Directory.EnumerateFiles(seeds, "*.txt").Any())
        {
            Assert.Skip("shared/corpus/seeds not found next to the repository");
        }

        var found = new List<Quantity>();
        foreach (var file in Directory.EnumerateFiles(seeds, "*.txt"))
        {
            found.AddRange(Recognizer.Recognize(File.ReadAllText(file), "id"));
        }

        string[] keyFigures =
        [
            "10 triliun won", "10,1 triliun won", "US$6,9 miliar", "260 ribu unit GPU", "260.000 unit", "50.000 chip",
            "100 miliar dolar AS", "100 miliar euro", "setengah triliun dolar AS", "lima tim", "160 miliar won",
        ];
        foreach (var figure in keyFigures)
        {
            found.ShouldContain(q => q.Text.Equals(figure, StringComparison.OrdinalIgnoreCase) || q.Text.StartsWith(figure + " ", StringComparison.OrdinalIgnoreCase), figure);
        }

        found.ShouldContain(q => q.Text.StartsWith("260.000 unit", StringComparison.Ordinal) && q.Hedge == Hedge.Above);
        found.ShouldContain(q => q.Text == "100 miliar euro" && q.Hedge == Hedge.Below);
        found.ShouldNotContain(q => YearLike().IsMatch(q.Text), string.Join(", ", found.Where(q => YearLike().IsMatch(q.Text)).Select(q => q.Text)));
    }

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex YearLike();

    private static Quantity Single(string text, string language)
    {
        var quantities = Recognizer.Recognize(text, language);
        quantities.Count.ShouldBe(1, string.Join(" | ", quantities.Select(q => q.Text)));
        var q = quantities[0];
        text.Substring(q.Start, q.Length).ShouldBe(q.Text);
        return q;
    }

    private static decimal Dec(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static decimal? NullableDec(string s) => s.Length == 0 ? null : Dec(s);
    [Theory]
    [InlineData("Of the 640 members in the union, more than 400 voted.", "en", 400, 640, Hedge.Above)]
    [InlineData("Of the 640 eligible members, 410 voted.", "en", 410, 640, Hedge.None)]
    [InlineData("Trong số 750 cử tri, có 520 người đi bầu.", "vi", 520, 750, Hedge.None)]
    [InlineData("Trong số khoảng 750 cử tri, hơn 500 người đi bầu.", "vi", 500, 750, Hedge.Above)]
    [InlineData("Dari total 640 anggota, sebanyak 410 orang hadir.", "id", 410, 640, Hedge.None)]
    [InlineData("Of the city's 640,000 eligible voters, fewer than 210,000 cast ballots.", "en", 210_000, 640_000, Hedge.AtMost)]
    [InlineData("Of the company\u2019s 1,700 staff, 300 were laid off.", "en", 300, 1_700, Hedge.None)]
    public void Recognize_ClauseThatOpensWithTheWhole_ReadsThePartWithItsOwnHedge(string sentence, string language, int part, int whole, Hedge hedge)
    {
        var q = Recognizer.Recognize(sentence, language).ShouldHaveSingleItem();
        q.Amount.ShouldBe(part);
        q.Whole.ShouldBe(whole);
        q.Hedge.ShouldBe(hedge);
    }

    [Fact]
    public void Recognize_PartOfAPossessiveWhole_HasTheWhole()
    {
        var q = Recognizer.Recognize("Turnout was low, as 210,000 of the city's 640,000 eligible voters cast ballots.", "en")
            .Where(x => x.Kind == QuantityKind.Count).ShouldHaveSingleItem();

        q.Amount.ShouldBe(210_000m);
        q.Whole.ShouldBe(640_000m);
    }

}
