using FactPipeline.Core.Extraction;

namespace FactPipeline.Core.Tests.Extraction;

public sealed class PublisherClockTests
{
    [Theory]
    [InlineData("2019-10-18T22:04:00Z", 0)]
    [InlineData("2020-12-05T23:15:0Z", 0)]
    [InlineData("2023-11-08T22:35:29-08:00", -8)]
    [InlineData("2020-01-20T09:49:32+0100", 1)]
    [InlineData("2020-01-20 09:49:32.123+01:00", 1)]
    public void ParseInstant_IsoWithOffset_KeepsOffset(string value, int offsetHours)
    {
        PublisherClock.ParseInstant(value).ShouldNotBeNull().Offset.ShouldBe(TimeSpan.FromHours(offsetHours));
    }

    [Theory]
    [InlineData("2019-10-18")]
    [InlineData("2019-10-18T22:04:00")]
    [InlineData("18.10.2019 22:04")]
    [InlineData("2019-02-30T10:00:00Z")]
    public void ParseInstant_NoTimeOrNoOffsetOrImpossible_IsNull(string value)
    {
        PublisherClock.ParseInstant(value).ShouldBeNull();
    }

    [Theory]
    [InlineData("2019-10-18T22:30:00Z", "de", 2019, 10, 19)] // summer time, +2
    [InlineData("2019-12-18T22:30:00Z", "de", 2019, 12, 18)] // winter, +1: still the 18th
    [InlineData("2019-12-18T23:30:00Z", "it", 2019, 12, 19)]
    [InlineData("2019-12-18T16:30:00Z", "ja", 2019, 12, 19)]
    public void LocalDay_LanguageWithOneZone_ShiftsToLocalDay(string value, string language, int y, int m, int d)
    {
        PublisherClock.LocalDay(PublisherClock.ParseInstant(value)!.Value, language).ShouldBe(new DateOnly(y, m, d));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    [InlineData(null)]
    public void LocalDay_LanguageOverManyZones_IsNull(string? language)
    {
        PublisherClock.LocalDay(PublisherClock.ParseInstant("2019-10-18T23:30:00Z")!.Value, language).ShouldBeNull();
    }
}
