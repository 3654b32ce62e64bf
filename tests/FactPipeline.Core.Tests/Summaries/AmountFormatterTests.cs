using FactPipeline.Core.Model;
using FactPipeline.Core.Summaries;
using Shouldly;
using Xunit;

namespace FactPipeline.Core.Tests.Summaries;

public class AmountFormatterTests
{
    // decimal cannot appear in attributes, so amounts are given as strings and parsed invariantly.
    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("10100000000000", "KRW", "10.1 trillion won")]
    [InlineData("10000000000000", "KRW", "10 trillion won")]
    [InlineData("160000000000", "KRW", "160 billion won")]
    [InlineData("30000000000000", "KRW", "30 trillion won")]
    [InlineData("1500", "KRW", "1,500 won")]
    [InlineData("6900000000", "USD", "US$6.9 billion")]
    [InlineData("500000000000", "USD", "US$500 billion")]
    [InlineData("500", "USD", "US$500")]
    [InlineData("100000000000", "EUR", "€100 billion")]
    [InlineData("1500000000000", "IDR", "Rp 1.5 trillion")]
    [InlineData("2500000", "CNY", "2.5 million yuan")]
    [InlineData("3000000000", "JPY", "¥3 billion")]
    [InlineData("45000000000", "VND", "45 billion dong")]
    [InlineData("7000000", "GBP", "7 million GBP")]
    [InlineData("999999999", "USD", "US$1 billion")]
    [InlineData("1234567890", "USD", "US$1.235 billion")]
    [InlineData("-2000000000", "USD", "-US$2 billion")]
    public void Format_EnglishMoney_UsesScaleWordsAndCurrencyStyle(string amount, string currency, string expected) =>
        AmountFormatter.Format(D(amount), QuantityKind.Money, currency, "en").ShouldBe(expected);

    [Theory]
    [InlineData("10100000000000", "KRW", "10조 1,000억 원")]
    [InlineData("160000000000", "KRW", "1,600억 원")]
    [InlineData("30000000000000", "KRW", "30조 원")]
    [InlineData("1500", "KRW", "1,500 원")]
    [InlineData("6900000000", "USD", "69억 달러")]
    [InlineData("100000000000", "EUR", "1,000억 유로")]
    [InlineData("500000000000", "USD", "5,000억 달러")]
    [InlineData("1500000000000", "IDR", "1조 5,000억 루피아")]
    [InlineData("2500000", "CNY", "250만 위안")]
    [InlineData("3000000000", "JPY", "30억 엔")]
    [InlineData("45000000000", "VND", "450억 동")]
    [InlineData("12345", "KRW", "1만 2,345 원")]
    [InlineData("7000000", "GBP", "700만 GBP")]
    public void Format_KoreanMoney_UsesMyriadGrouping(string amount, string currency, string expected) =>
        AmountFormatter.Format(D(amount), QuantityKind.Money, currency, "ko").ShouldBe(expected);

    [Fact]
    public void Format_KoreanWonTrillionWithRemainder_UsesMyriadGrouping() =>
        AmountFormatter.Format(10.1e12m, QuantityKind.Money, "KRW", "ko").ShouldBe("10조 1,000억 원");

    [Theory]
    [InlineData("260000", "GPU", "en", "260,000 GPU")]
    [InlineData("50000", "chips", "en", "50,000 chips")]
    [InlineData("2000", "engineers", "en", "2,000 engineers")]
    [InlineData("260000", "GPU", "ko", "26만 GPU")]
    [InlineData("50000", "chip", "ko", "5만 chip")]
    [InlineData("2000", "engineers", "ko", "2,000 engineers")]
    [InlineData("5", "", "en", "5")]
    public void Format_Count_GroupsDigitsAndKeepsUnitNoun(string amount, string unit, string language, string expected) =>
        AmountFormatter.Format(D(amount), QuantityKind.Count, unit, language).ShouldBe(expected);

    [Theory]
    [InlineData("3.2", QuantityKind.Percent, "%", "en", "3.2%")]
    [InlineData("3.2", QuantityKind.Percent, "%", "ko", "3.2%")]
    [InlineData("3", QuantityKind.Multiplier, "x", "en", "3×")]
    [InlineData("3", QuantityKind.Multiplier, "x", "ko", "3배")]
    [InlineData("260000", QuantityKind.Number, "", "en", "260,000")]
    [InlineData("260000", QuantityKind.Number, "", "ko", "26만")]
    [InlineData("5.9", QuantityKind.Number, "", "ko", "5.9")]
    [InlineData("120000005", QuantityKind.Number, "", "ko", "1억 2,000만 5")]
    public void Format_PercentMultiplierAndNumber_FollowLanguageConventions(
        string amount, QuantityKind kind, string unit, string language, string expected) =>
        AmountFormatter.Format(D(amount), kind, unit, language).ShouldBe(expected);

    [Theory]
    [InlineData("en-US")]
    [InlineData("EN")]
    public void Format_LanguageTagWithRegionOrCase_IsAccepted(string language) =>
        AmountFormatter.Format(6.9e9m, QuantityKind.Money, "USD", language).ShouldBe("US$6.9 billion");

    [Theory]
    [InlineData("id")]
    [InlineData("")]
    public void Format_UnsupportedLanguage_Throws(string language) =>
        Should.Throw<ArgumentException>(() => AmountFormatter.Format(1m, QuantityKind.Number, "", language));

    [Theory]
    [InlineData(2025, 12, 5, "en", "5 December 2025")]
    [InlineData(2025, 12, 5, "ko", "2025년 12월 5일")]
    [InlineData(2026, 1, 8, "en", "8 January 2026")]
    [InlineData(2026, 1, 8, "ko", "2026년 1월 8일")]
    public void FormatDate_WritesLongDate(int year, int month, int day, string language, string expected) =>
        AmountFormatter.FormatDate(new DateOnly(year, month, day), language).ShouldBe(expected);

    [Theory]
    [InlineData(Hedge.Above, "en", "more than 260,000 GPU")]
    [InlineData(Hedge.Above, "ko", "26만 GPU 이상")]
    [InlineData(Hedge.Approximately, "en", "about 260,000 GPU")]
    [InlineData(Hedge.Approximately, "ko", "약 26만 GPU")]
    [InlineData(Hedge.None, "en", "260,000 GPU")]
    public void FormatInterval_CountWithHedge_WritesHedgeWord(Hedge hedge, string language, string expected) =>
        AmountFormatter.FormatInterval(Count(260_000m, "GPU", hedge), language).ShouldBe(expected);

    [Theory]
    [InlineData("en", "nearly €100 billion")]
    [InlineData("ko", "거의 1,000억 유로")]
    public void FormatInterval_NearlyEuros_WritesUpperBound(string language, string expected) =>
        AmountFormatter.FormatInterval(Money(100e9m, "EUR", Hedge.Below, low: null, high: 100e9m), language)
            .ShouldBe(expected);

    [Theory]
    [InlineData("en", "up to US$100 billion")]
    [InlineData("ko", "최대 1,000억 달러")]
    public void FormatInterval_UpToDollars_WritesUpperBound(string language, string expected) =>
        AmountFormatter.FormatInterval(Money(100e9m, "USD", Hedge.AtMost, low: null, high: 100e9m), language)
            .ShouldBe(expected);

    [Theory]
    [InlineData("en", "about 2,000 engineers")]
    [InlineData("ko", "약 2,000 engineers")]
    public void FormatInterval_AboutEngineers_WritesApproximation(string language, string expected) =>
        AmountFormatter.FormatInterval(Count(2000m, "engineers", Hedge.Approximately), language).ShouldBe(expected);

    [Theory]
    [InlineData(QuantityKind.Number, "", "3", "5", "en", "3–5")]
    [InlineData(QuantityKind.Number, "", "3", "5", "ko", "3~5")]
    [InlineData(QuantityKind.Count, "model", "3", "5", "en", "3–5 model")]
    [InlineData(QuantityKind.Money, "USD", "3000000000", "5000000000", "en", "US$3–5 billion")]
    [InlineData(QuantityKind.Money, "USD", "500000000", "1200000000", "en", "US$500 million – US$1.2 billion")]
    [InlineData(QuantityKind.Money, "KRW", "3000000000000", "5000000000000", "ko", "3조~5조 원")]
    public void FormatInterval_Range_SharesUnitWhenPossible(
        QuantityKind kind, string unit, string low, string high, string language, string expected)
    {
        var q = new Quantity
        {
            Start = 0, Length = 1, Text = "x", Kind = kind, Unit = unit, Step = 1m, Hedge = Hedge.Range,
            Low = D(low), High = D(high), Amount = (D(low) + D(high)) / 2,
        };
        AmountFormatter.FormatInterval(q, language).ShouldBe(expected);
    }

    [Fact]
    public void FormatInterval_AboveWithLowerBound_UsesLowNotAmount()
    {
        var q = Count(260_500m, "GPU", Hedge.Above) with { Low = 260_000m };
        AmountFormatter.FormatInterval(q, "en").ShouldBe("more than 260,000 GPU");
    }

    private static Quantity Count(decimal amount, string unit, Hedge hedge) => new()
    {
        Start = 0, Length = 1, Text = "x", Kind = QuantityKind.Count, Amount = amount, Unit = unit,
        Hedge = hedge, Step = 1m,
    };

    private static Quantity Money(decimal amount, string iso, Hedge hedge, decimal? low, decimal? high) => new()
    {
        Start = 0, Length = 1, Text = "x", Kind = QuantityKind.Money, Amount = amount, Unit = iso,
        Hedge = hedge, Low = low, High = high, Step = 1e9m,
    };
}
