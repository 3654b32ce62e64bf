using FactPipeline.Core.Claims;
using Shouldly;

namespace FactPipeline.Core.Tests.Claims;

public sealed class TimeScopeResolverTests
{
    private static readonly TimeScopeResolver Resolver = new(CoreData.ClaimWords.Changes);

    [Theory]
    [InlineData("Korea menargetkan 260 ribu unit GPU hingga tahun 2030.", 2030)]
    [InlineData("정부는 2026년 예산을 10조 원으로 늘린다.", 2026)]
    [InlineData("The budget rose to 10 trillion won in 2025.", 2025)]
    [InlineData("Tháng 1/2021, một trận lũ tại tỉnh này làm hơn 30 người chết.", 2021)]
    [InlineData("Banjir pada 14/3/2019 merendam 120 rumah.", 2019)]
    [InlineData("Hãng bàn giao 9.100 xe trong quý IV/2025.", 2025)]
    [InlineData("Perseroan mengirim 9.100 unit pada kuartal III-2025.", 2025)]
    [InlineData("The firm shipped 9100 units in Q4/2025.", 2025)]
    public void Resolve_ExplicitYear_ReturnsIt(string sentence, int expected)
    {
        Resolver.Resolve(sentence, 0, 0, null).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Hãng chở 2,4 triệu lượt khách, tăng 6% so với năm ngoái.", "2,4")]
    [InlineData("The airline carried 2.4 million passengers, up 6% on last year.", "2.4")]
    [InlineData("Maskapai mengangkut 2,4 juta penumpang, naik 6% dari tahun lalu.", "2,4")]
    public void Resolve_LastYearOnlyAsTheBaseOfAChangeAfterAComma_DatesNothing(string sentence, string figure)
    {
        var start = sentence.IndexOf(figure, StringComparison.Ordinal);

        Resolver.Resolve(sentence, start, start + figure.Length, new DateOnly(2026, 3, 4)).ShouldBeNull();
        Resolver.Resolve("Năm ngoái, hãng chở 2,4 triệu lượt khách.", 19, 22, new DateOnly(2026, 3, 4)).ShouldBe(2025,
            "a relative year before the figure still dates it");
    }

    [Theory]
    [InlineData("Anggaran menjadi 10,1 triliun won tahun depan.", 2027)]
    [InlineData("The budget will triple next year.", 2027)]
    [InlineData("정부는 내년 예산을 늘린다.", 2027)]
    [InlineData("Ngân sách năm nay tăng.", 2026)]
    [InlineData("Anggaran tahun lalu turun.", 2025)]
    public void Resolve_RelativeYear_UsesPublishDate(string sentence, int expected)
    {
        Resolver.Resolve(sentence, 0, 0, new DateOnly(2026, 3, 1)).ShouldBe(expected);
    }

    [Fact]
    public void Resolve_SeasonOfTwoYears_TakesTheFirstNotTheOneAfterTheSlash()
    {
        // The year closing a date follows a day or a month, not another year: "2023/2024" is a season.
        Resolver.Resolve("Musim 2023/2024 berakhir dengan 30 laga.", 0, 0, null).ShouldBe(2023);
    }

    [Fact]
    public void Resolve_YearAfterACommaOpeningTheNextClause_DatesThatClauseOnly()
    {
        const string sentence = "투표율은 28.6%로, 2018년 선거 당시 투표율 47.1%에 못 미쳤다.";
        var figure = sentence.IndexOf("28.6%", StringComparison.Ordinal);
        var past = sentence.IndexOf("47.1%", StringComparison.Ordinal);

        Resolver.Resolve(sentence, figure, figure + 5, null).ShouldBeNull();
        Resolver.Resolve(sentence, past, past + 5, null).ShouldBe(2018);
    }

    [Fact]
    public void Resolve_YearBeforeACommaOpeningTheSentence_DatesWhatFollows()
    {
        const string sentence = "Pada 2019, banjir di kota itu merendam 1.200 rumah.";
        var figure = sentence.IndexOf("1.200", StringComparison.Ordinal);

        Resolver.Resolve(sentence, figure, figure + 11, null).ShouldBe(2019);
    }

    [Fact]
    public void Resolve_RelativeYearWithoutPublishDate_IsUnknown()
    {
        Resolver.Resolve("Anggaran menjadi 10,1 triliun won tahun depan.", 0, 0, null).ShouldBeNull();
    }

    [Fact]
    public void Resolve_NumberThatLooksLikeYearInsideFigure_IsIgnored()
    {
        const string sentence = "Sekitar 2000 insinyur direkrut.";
        Resolver.Resolve(sentence, 7, 11, null).ShouldBeNull();
    }

    [Theory]
    [InlineData("Từ đầu năm, tỉnh ghi nhận 2.310 ca sởi, tăng 40% so với cùng kỳ năm 2025, trong đó 4 ca tử vong.", "4 ca")]
    [InlineData("Sejak Januari tercatat 2.310 kasus campak, naik 40% dibandingkan periode yang sama tahun 2025, dengan 4 kematian.", "4 kematian")]
    [InlineData("The province has recorded 2,310 measles cases since January, 40% more than in 2025, including 4 deaths.", "4 deaths")]
    [InlineData("1월 이후 홍역 환자는 2,310명으로 2025년 대비 40% 늘었고, 이 중 4명이 숨졌다.", "4명")]
    [InlineData("1月以来该省报告麻疹病例2310例，比2025年同期增长40%，其中4例死亡。", "4例")]
    public void Resolve_YearOnlyAsTheBaseOfAComparison_DoesNotDateTheFigure(string sentence, string figure)
    {
        var start = sentence.IndexOf(figure, StringComparison.Ordinal);

        Resolver.Resolve(sentence, start, start + figure.Length, new DateOnly(2026, 6, 1)).ShouldBeNull();
    }

    [Theory]
    [InlineData("Số ca tăng mạnh so với 1.120 ca năm 2025.", "1.120", 2025)]
    [InlineData("Kasus naik dibandingkan 1.120 kasus pada 2025.", "1.120", 2025)]
    [InlineData("올해 환자는 2025년 1,120명보다 많다.", "1,120", 2025)]
    public void Resolve_BaseFigureInsideTheComparison_KeepsItsYear(string sentence, string figure, int expected)
    {
        var start = sentence.IndexOf(figure, StringComparison.Ordinal);

        Resolver.Resolve(sentence, start, start + figure.Length, new DateOnly(2026, 6, 1)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Kasus naik 2,3 kali lipat dibandingkan periode yang sama tahun lalu.", "2,3")]
    [InlineData("Số ca tăng 2,3 lần so với cùng kỳ năm ngoái.", "2,3")]
    [InlineData("患者人数与去年同期相比增长2.3倍。", "2.3")]
    public void Resolve_RelativeYearAsTheBaseOfAComparison_DatesNothing(string sentence, string figure)
    {
        var start = sentence.IndexOf(figure, StringComparison.Ordinal);

        Resolver.Resolve(sentence, start, start + figure.Length, new DateOnly(2026, 6, 1)).ShouldBeNull();
        Resolver.Resolve("Cùng kỳ năm ngoái, tỉnh chỉ ghi nhận 980 ca.", 37, 40, new DateOnly(2026, 6, 1)).ShouldBe(2025,
            "the same period of last year, with no comparison word, dates its own figure");
    }
}
