using FactPipeline.Core.Model;
using FactPipeline.Core.Review.Corrections;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Review.Corrections;

/// <summary>
/// Silent corrections between two versions of one page, on invented articles read by the real extractor: figures are
/// paired by what they state (sentence shape, measure, subject, unit), never by where they stand.
/// </summary>
public sealed class CorrectionDetectorTests
{
    private const string Source = "https://kabar.example/2026/anggaran";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Tuesday = Monday.AddDays(1);

    [Theory]
    [InlineData("id",
        "Pemerintah menetapkan anggaran pendidikan sebesar 10,1 triliun rupiah untuk tahun 2026.",
        "Pemerintah menetapkan anggaran pendidikan sebesar 10,4 triliun rupiah untuk tahun 2026.",
        "10,1 triliun", "10,4 triliun")]
    [InlineData("en",
        "The city of Northbridge will spend $95 million on new bus lanes in 2026, the mayor said.",
        "The city of Northbridge will spend $120 million on new bus lanes in 2026, the mayor said.",
        "$95 million", "$120 million")]
    [InlineData("ko",
        "서울시는 2026년 청년 주거 예산으로 3조 원을 편성했다고 밝혔다.",
        "서울시는 2026년 청년 주거 예산으로 3조5000억 원을 편성했다고 밝혔다.",
        "3조", "3조5000억")]
    public void Detect_SameSentenceNewFigure_ReturnsCorrection(string language, string before, string after, string was, string now)
    {
        var corrections = Detect(language, [Filler(language), before], [Filler(language), after]);

        var correction = corrections.ShouldHaveSingleItem();
        correction.Was.Value.Text.ShouldStartWith(was);
        correction.Now.Value.Text.ShouldStartWith(now);
        correction.Was.Quote.ShouldContain(was);
        correction.Now.Quote.ShouldContain(now);
        (correction.Before.LastFetchedAt, correction.After.FirstFetchedAt).ShouldBe((Monday, Tuesday));
        correction.DifferencePercent.ShouldBeGreaterThan(0m);
    }

    [Theory]
    [InlineData("id", "Pemerintah menetapkan anggaran pendidikan sebesar 10,1 triliun rupiah untuk tahun 2026.")]
    [InlineData("en", "The city of Northbridge will spend $95 million on new bus lanes in 2026, the mayor said.")]
    [InlineData("ko", "서울시는 2026년 청년 주거 예산으로 3조 원을 편성했다고 밝혔다.")]
    public void Detect_SentenceMovedBelowANewParagraph_ReturnsNothing(string language, string sentence)
    {
        // New text above it moves every offset; the sentence and its figure are what they were.
        Detect(language, [sentence, Filler(language)], [Added(language), Filler(language), sentence]).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("id", "Pemerintah menetapkan anggaran pendidikan sebesar 10,1 triliun rupiah untuk tahun 2026.")]
    [InlineData("en", "The city of Northbridge will spend $95 million on new bus lanes in 2026, the mayor said.")]
    [InlineData("ko", "서울시는 2026년 청년 주거 예산으로 3조 원을 편성했다고 밝혔다.")]
    public void Detect_FigureAddedOrRemovedWithoutCounterpart_ReturnsNothing(string language, string sentence)
    {
        Detect(language, [Filler(language)], [Filler(language), sentence]).ShouldBeEmpty();
        Detect(language, [Filler(language), sentence], [Filler(language)]).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("id",
        "Pemerintah menetapkan anggaran pendidikan sebesar 10 triliun rupiah untuk tahun 2026.",
        "Pemerintah menetapkan anggaran pendidikan sebesar 10.000 miliar rupiah untuk tahun 2026.")]
    [InlineData("en",
        "The city of Northbridge will spend $1.2 billion on new bus lanes in 2026, the mayor said.",
        "The city of Northbridge will spend $1,200 million on new bus lanes in 2026, the mayor said.")]
    [InlineData("ko",
        "서울시는 2026년 청년 주거 예산으로 1조 원을 편성했다고 밝혔다.",
        "서울시는 2026년 청년 주거 예산으로 10000억 원을 편성했다고 밝혔다.")]
    public void Detect_SameValueReworded_ReturnsNothing(string language, string before, string after)
    {
        Detect(language, [before], [after]).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("id",
        "Pemerintah menetapkan anggaran pendidikan sebesar 10 triliun rupiah untuk tahun 2026.",
        "Pemerintah menetapkan anggaran pendidikan sebesar 12.000 miliar rupiah untuk tahun 2026.")]
    [InlineData("ko",
        "서울시는 2026년 청년 주거 예산으로 1조 원을 편성했다고 밝혔다.",
        "서울시는 2026년 청년 주거 예산으로 9000억 원을 편성했다고 밝혔다.")]
    public void Detect_ValueRewordedAndChanged_ReturnsCorrection(string language, string before, string after)
    {
        var correction = Detect(language, [before], [after]).ShouldHaveSingleItem();

        correction.Was.Value.Amount.ShouldNotBe(correction.Now.Value.Amount);
    }

    [Fact]
    public void Detect_OneOfTwoFiguresInASentenceChanged_ReturnsOnlyThatOne()
    {
        var corrections = Detect("en",
            ["Northbridge raised its school budget from $40 million in 2025 to $55 million in 2026."],
            ["Northbridge raised its school budget from $40 million in 2025 to $58 million in 2026."]);

        var correction = corrections.ShouldHaveSingleItem();
        (correction.Was.Value.Text.Trim(), correction.Now.Value.Text.Trim()).ShouldBe(("$55 million", "$58 million"));
    }

    [Fact]
    public void Detect_SameTextUnderBothVersions_ReturnsNothing()
    {
        var claims = ExtractedClaims.Of("v1", "id", "Pemerintah menetapkan anggaran pendidikan sebesar 10,1 triliun rupiah untuk tahun 2026.");
        var version = new ArticleVersion(Source, "v1", Monday, Tuesday);

        CorrectionDetector.Detect(new VersionText(version, claims), new VersionText(version, claims)).ShouldBeEmpty();
    }

    [Fact]
    public void Detect_StatementMadeTwiceAndBothChangedDifferently_ReturnsNothing()
    {
        // Which old figure became which new one is a guess: no correction is claimed on a guess.
        const string Twice = "Pemerintah menetapkan anggaran pendidikan sebesar {0} triliun rupiah untuk tahun 2026.";
        var corrections = Detect("id",
            [string.Format(null, Twice, "10"), Filler("id"), string.Format(null, Twice, "11")],
            [string.Format(null, Twice, "12"), Filler("id"), string.Format(null, Twice, "13")]);

        corrections.ShouldBeEmpty();
    }

    private static IReadOnlyList<Correction> Detect(string language, string[] before, string[] after)
    {
        var old = ExtractedClaims.Of("v1", language, before);
        var now = ExtractedClaims.Of("v2", language, after);
        old.ShouldNotBeEmpty(ExtractedClaims.Describe(old));
        return CorrectionDetector.Detect(
            new VersionText(new ArticleVersion(Source, "v1", Monday.AddHours(-6), Monday), old),
            new VersionText(new ArticleVersion(Source, "v2", Tuesday, Tuesday.AddHours(6)), now));
    }

    /// <summary>A paragraph with a figure of its own that both versions share.</summary>
    private static string Filler(string language) => language switch
    {
        "id" => "Jumlah sekolah negeri di provinsi itu mencapai 1.250 unit pada tahun lalu.",
        "ko" => "지난해 서울의 공공 임대주택은 4만 호였다.",
        _ => "Northbridge has 312 buses on its roads, the transit authority said.",
    };

    private static string Added(string language) => language switch
    {
        "id" => "Pembaruan: menteri menanggapi kritik dari parlemen pada hari Senin.",
        "ko" => "업데이트: 시장은 월요일 시의회의 비판에 답했다.",
        _ => "Update: the mayor answered the council's criticism on Monday.",
    };
}
