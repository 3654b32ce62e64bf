using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class PublishDateParserTests
{
    [Theory]
    [InlineData("2026.01.05", 2026, 1, 5)]
    [InlineData("2026-01-05", 2026, 1, 5)]
    [InlineData("Kamis, 8 Januari 2026", 2026, 1, 8)]
    [InlineData("16/11/2025", 2025, 11, 16)]
    [InlineData("Senin (5/1/2026)", 2026, 1, 5)]
    [InlineData("2025년 12월 2일", 2025, 12, 2)]
    [InlineData("March 13, 2026", 2026, 3, 13)]
    [InlineData("13 March 2026", 2026, 3, 13)]
    [InlineData("10/07/2026", 2026, 7, 10)]
    [InlineData("Ngày 16/11/2025", 2025, 11, 16)]
    [InlineData("2025年12月2日", 2025, 12, 2)]
    [InlineData("16 tháng 11 năm 2025", 2025, 11, 16)]
    [InlineData("ngày 2 tháng 9, 2025", 2025, 9, 2)]
    [InlineData("17 Agustus 2025", 2025, 8, 17)]
    [InlineData("1 Okt 2025", 2025, 10, 1)]
    [InlineData("Báo Pháp Luật Việt Nam16/11/2025", 2025, 11, 16)]
    [InlineData("27. März 2019", 2019, 3, 27)]
    [InlineData("27 de junio de 2019", 2019, 6, 27)]
    [InlineData("jeudi 27 juin 2019", 2019, 6, 27)]
    [InlineData("1er août 2020", 2020, 8, 1)]
    public void FindAll_KnownFormat_ReturnsDate(string text, int year, int month, int day)
    {
        var match = PublishDateParser.FindAll(text).ShouldHaveSingleItem();

        match.Date.ShouldBe(new DateOnly(year, month, day));
    }

    [Fact]
    public void FindAll_MonthFirstOnlyWhenDayFirstIsImpossible_ReadsUsOrder()
    {
        PublishDateParser.FindAll("03/13/2026").ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2026, 3, 13));
    }

    [Theory]
    [InlineData("Oktober 2025")]
    [InlineData("tahun 2030")]
    [InlineData("© 2025 Media")]
    [InlineData("31/02/2026")]
    [InlineData("naik 10,1 triliun")]
    public void FindAll_IncompleteOrInvalidDate_ReturnsNothing(string text)
    {
        PublishDateParser.FindAll(text).ShouldBeEmpty();
    }

    [Fact]
    public void FindAll_SeveralDates_ReturnsThemInTextOrder()
    {
        var matches = PublishDateParser.FindAll("Rapat 5 Desember 2025, lalu 2026.01.05 dan 2 Feb 2026.");

        matches.Select(m => m.Date).ShouldBe([new DateOnly(2025, 12, 5), new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 2)]);
    }

    [Theory]
    [InlineData("2026-01-05T01:00:00+09:00", 2026, 1, 5)]
    [InlineData("2026-01-05T23:30:00-05:00", 2026, 1, 5)]
    [InlineData("2026-03-13", 2026, 3, 13)]
    [InlineData("Friday, March 13, 2026", 2026, 3, 13)]
    public void ParseMetadata_TimestampWithOffset_KeepsPublisherCalendarDate(string value, int year, int month, int day)
    {
        PublishDateParser.ParseMetadata(value).ShouldBe(new DateOnly(year, month, day));
    }

    [Fact]
    public void ParseMetadata_Garbage_ReturnsNull()
    {
        PublishDateParser.ParseMetadata("kemarin sore").ShouldBeNull();
    }
}
