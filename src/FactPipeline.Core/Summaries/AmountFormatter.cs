using System.Globalization;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// Writes quantities, dates and hedged intervals for the English and Korean reports, following CLDR
/// conventions: English uses scale words from a million up ("10.1 trillion won", "US$6.9 billion"),
/// Korean groups digits by four ("10조 1,000억 원", "26만 GPU"). Output never depends on the current culture.
/// </summary>
public static class AmountFormatter
{
    private const decimal Million = 1_000_000m;
    private const int ScaledDecimals = 3;
    private const int SmallMoneyDecimals = 2;
    private const int PlainDecimals = 3;

    private static readonly (decimal Scale, string Word)[] EnglishScales =
    [
        (Million, "million"),
        (1_000_000_000m, "billion"),
        (1_000_000_000_000m, "trillion"),
    ];

    /// <summary>
    /// Formats one amount. <paramref name="unit"/> is an ISO 4217 code for money, the counted noun for
    /// counts (written as given) and ignored for the other kinds. <paramref name="language"/> is "en" or "ko".
    /// </summary>
    /// <exception cref="ArgumentException">The language is neither English nor Korean.</exception>
    public static string Format(decimal amount, QuantityKind kind, string unit, string language) =>
        Parts(amount, kind, unit ?? "", ParseLanguage(language)).ToString();

    /// <summary>"5 December 2025" (en) or "2025년 12월 5일" (ko).</summary>
    public static string FormatDate(DateOnly date, string language) => ParseLanguage(language) switch
    {
        ReportLanguage.Korean => string.Create(CultureInfo.InvariantCulture, $"{date.Year}년 {date.Month}월 {date.Day}일"),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"{date.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month)} {date.Year}"),
    };

    /// <summary>
    /// Formats a recognized quantity with its hedge: "more than 260,000 GPU" / "26만 GPU 이상",
    /// "nearly €100 billion" / "거의 1,000억 유로", "up to US$100 billion" / "최대 1,000억 달러",
    /// "about 2,000 engineers" / "약 2,000 engineers", "3–5 model" / "3~5 model". The number shown is the
    /// bound the text states: <see cref="Quantity.Low"/> for "more than", <see cref="Quantity.High"/> for
    /// "nearly" and "up to", falling back to <see cref="Quantity.Amount"/>.
    /// </summary>
    public static string FormatInterval(Quantity q, string language)
    {
        ArgumentNullException.ThrowIfNull(q);
        var lang = ParseLanguage(language);
        var korean = lang == ReportLanguage.Korean;
        string Plain(decimal value) => Parts(value, q.Kind, q.Unit, lang).ToString();

        switch (q.Hedge)
        {
            case Hedge.Approximately:
                return (korean ? "약 " : "about ") + Plain(q.Amount);
            case Hedge.Above:
                var low = Plain(q.Low ?? q.Amount);
                return korean ? low + " 이상" : "more than " + low;
            case Hedge.AtLeast:
                return (korean ? "최소 " : "at least ") + Plain(q.Low ?? q.Amount);
            case Hedge.Below:
                return (korean ? "거의 " : "nearly ") + Plain(q.High ?? q.Amount);
            case Hedge.AtMost:
                return (korean ? "최대 " : "up to ") + Plain(q.High ?? q.Amount);
            case Hedge.Range when q.Low is { } from && q.High is { } to && from != to:
                return FormatRange(
                    Parts(from, q.Kind, q.Unit, lang), Parts(to, q.Kind, q.Unit, lang), korean);
            case Hedge.Range when q.Low is { } from && q.High is null:
                return korean ? Plain(from) + " 이상" : "more than " + Plain(from);
            case Hedge.Range when q.High is { } to && q.Low is null:
                return (korean ? "최대 " : "up to ") + Plain(to);
            case Hedge.None:
            case Hedge.Range:
            default:
                return Plain(q.Amount);
        }
    }

    private static string FormatRange(AmountParts from, AmountParts to, bool korean)
    {
        var dash = korean ? "~" : "–";
        if (from.Prefix == to.Prefix && from.Suffix == to.Suffix)
        {
            return from.Prefix + from.Number + dash + to.Number + from.Suffix;
        }
        return korean ? $"{from} ~ {to}" : $"{from} – {to}";
    }

    private static AmountParts Parts(decimal amount, QuantityKind kind, string unit, ReportLanguage lang)
    {
        var korean = lang == ReportLanguage.Korean;
        return kind switch
        {
            QuantityKind.Money => korean ? KoreanMoney(amount, unit) : EnglishMoney(amount, unit),
            QuantityKind.Count => new AmountParts(
                "", korean ? MyriadNumber.Format(amount, PlainDecimals) : NumberText.Grouped(amount, PlainDecimals),
                string.IsNullOrWhiteSpace(unit) ? "" : " " + unit.Trim()),
            QuantityKind.Percent => new AmountParts("", NumberText.Grouped(amount, PlainDecimals), "%"),
            QuantityKind.Multiplier => new AmountParts("", NumberText.Grouped(amount, PlainDecimals), korean ? "배" : "×"),
            _ => new AmountParts(
                "", korean ? MyriadNumber.Format(amount, PlainDecimals) : NumberText.Grouped(amount, PlainDecimals), ""),
        };
    }

    private static AmountParts KoreanMoney(decimal amount, string unit) =>
        new("", MyriadNumber.Format(amount, SmallMoneyDecimals), " " + CurrencyStyle.For(unit).KoWord);

    private static AmountParts EnglishMoney(decimal amount, string unit)
    {
        var style = CurrencyStyle.For(unit);
        var sign = amount < 0 ? "-" : "";
        var (number, scaleWord) = EnglishScaled(Math.Abs(amount));
        var words = string.Join(' ', new[] { scaleWord, style.EnSuffix }.Where(w => w.Length > 0));
        return new AmountParts(sign + style.EnPrefix, number, words.Length > 0 ? " " + words : "");
    }

    /// <summary>Picks million/billion/trillion so that the scaled number is below 1,000 after rounding.</summary>
    private static (string Number, string ScaleWord) EnglishScaled(decimal value)
    {
        if (Math.Round(value, SmallMoneyDecimals, MidpointRounding.AwayFromZero) < Million)
        {
            return (NumberText.Grouped(value, SmallMoneyDecimals), "");
        }
        for (var i = 0; i < EnglishScales.Length; i++)
        {
            var (scale, word) = EnglishScales[i];
            var scaled = Math.Round(value / scale, ScaledDecimals, MidpointRounding.AwayFromZero);
            if (scaled < 1000m || i == EnglishScales.Length - 1)
            {
                return (NumberText.Grouped(scaled, ScaledDecimals), word);
            }
        }
        throw new InvalidOperationException("unreachable: the last scale always matches");
    }

    private static ReportLanguage ParseLanguage(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = language.Split('-', '_')[0].Trim();
        if (primary.Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            return ReportLanguage.English;
        }
        if (primary.Equals("ko", StringComparison.OrdinalIgnoreCase))
        {
            return ReportLanguage.Korean;
        }
        throw new ArgumentException($"Reports are written in English (en) or Korean (ko), not '{language}'.", nameof(language));
    }

    private enum ReportLanguage
    {
        English,
        Korean,
    }

    /// <summary>A formatted amount split so that ranges can share the currency and scale ("US$3–5 billion").</summary>
    private readonly record struct AmountParts(string Prefix, string Number, string Suffix)
    {
        public override string ToString() => Prefix + Number + Suffix;
    }
}
