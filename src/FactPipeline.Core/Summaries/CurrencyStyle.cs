namespace FactPipeline.Core.Summaries;

/// <summary>
/// How one currency is written in English and Korean report text. English uses either a symbol
/// before the number (<see cref="EnPrefix"/>, "US$6.9 billion") or a word after it
/// (<see cref="EnSuffix"/>, "10.1 trillion won"); Korean always uses a word after the number ("원", "달러").
/// Symbols follow CLDR (en USD "US$" as CLDR's ko/international form, EUR "€", JPY "¥", IDR "Rp").
/// </summary>
internal sealed record CurrencyStyle(string EnPrefix, string EnSuffix, string KoWord)
{
    private static readonly Dictionary<string, CurrencyStyle> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["KRW"] = new("", "won", "원"),
        ["USD"] = new("US$", "", "달러"),
        ["EUR"] = new("€", "", "유로"),
        ["IDR"] = new("Rp ", "", "루피아"),
        ["CNY"] = new("", "yuan", "위안"),
        ["JPY"] = new("¥", "", "엔"),
        ["VND"] = new("", "dong", "동"),
    };

    /// <summary>The style for an ISO 4217 code; unknown codes are written as the code after the number.</summary>
    public static CurrencyStyle For(string isoCode)
    {
        ArgumentNullException.ThrowIfNull(isoCode);
        if (Known.TryGetValue(isoCode, out var style))
        {
            return style;
        }
        var code = isoCode.Trim().ToUpperInvariant();
        return new CurrencyStyle("", code, code);
    }
}
