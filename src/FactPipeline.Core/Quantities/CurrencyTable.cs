namespace FactPipeline.Core.Quantities;

/// <summary>Currency names, symbols and codes mapped to ISO 4217.</summary>
internal static class CurrencyTable
{
    private static readonly (string Surface, string Iso)[] Codes =
    [
        ("USD", "USD"), ("EUR", "EUR"), ("JPY", "JPY"), ("KRW", "KRW"), ("IDR", "IDR"), ("CNY", "CNY"), ("RMB", "CNY"), ("VND", "VND"),
        ("GBP", "GBP"), ("SGD", "SGD"), ("AUD", "AUD"), ("HKD", "HKD"), ("CAD", "CAD"), ("CHF", "CHF"), ("MYR", "MYR"), ("THB", "THB"),
        ("INR", "INR"), ("AED", "AED"), ("SAR", "SAR"), ("TWD", "TWD"), ("NZD", "NZD"),
    ];

    /// <summary>Less common currency signs, accepted before or after the amount.</summary>
    private static readonly (string Surface, string Iso)[] Symbols =
    [
        ("₡", "CRC"), ("₾", "GEL"), ("₭", "LAK"), ("₱", "PHP"), ("₺", "TRY"), ("₽", "RUB"), ("₴", "UAH"), ("₦", "NGN"), ("₪", "ILS"),
        ("฿", "THB"), ("₿", "BTC"),
    ];

    /// <summary>Written before the amount: "US$6,9 miliar", "Rp 20", "€5", "USD 1.42".</summary>
    private static readonly (string Surface, string Iso)[] Prefixes = Sorted(
    [
        ("US$", "USD"), ("U.S.$", "USD"), ("S$", "SGD"), ("HK$", "HKD"), ("A$", "AUD"), ("AU$", "AUD"), ("C$", "CAD"), ("CA$", "CAD"),
        ("NT$", "TWD"), ("NZ$", "NZD"), ("VN$", "VND"), ("R$", "BRL"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₩", "KRW"),
        ("₫", "VND"), ("₹", "INR"), ("MX$", "MXN"), ("Mex$", "MXN"), ("MXN$", "MXN"), ("AUD$", "AUD"), ("CAD$", "CAD"), ("NZD$", "NZD"),
        .. Symbols, ("Rp.", "IDR"), ("Rp", "IDR"), ("RM", "MYR"), ("Rs.", "INR"), ("Rs", "INR"),
        .. Codes,
    ]);

    /// <summary>Written after the amount (and its scale word): "10,1 triliun won", "100 miliar dolar AS", "8만 원".</summary>
    private static readonly (string Surface, string Iso)[] Suffixes = Sorted(
    [
        ("dolar Amerika Serikat", "USD"), ("dolar Amerika", "USD"), ("dolar AS", "USD"), ("dollar AS", "USD"),
        ("dolar Singapura", "SGD"), ("dolar Australia", "AUD"), ("dolar Hong Kong", "HKD"), ("dolar Taiwan", "TWD"), ("dolar Kanada", "CAD"),
        ("US dollars", "USD"), ("US dollar", "USD"), ("U.S. dollars", "USD"), ("Singapore dollars", "SGD"), ("Australian dollars", "AUD"),
        ("Hong Kong dollars", "HKD"), ("Canadian dollars", "CAD"), ("Taiwan dollars", "TWD"),
        ("swiss francs", "CHF"), ("swiss franc", "CHF"), ("chinese yuan", "CNY"), ("japanese yen", "JPY"), ("south korean won", "KRW"),
        ("korean won", "KRW"), ("indian rupees", "INR"), ("turkish lira", "TRY"), ("lira", "TRY"), ("canadian dollar", "CAD"),
        ("australian dollar", "AUD"), ("new zealand dollars", "NZD"), ("new zealand dollar", "NZD"), ("hong kong dollar", "HKD"),
        ("singapore dollar", "SGD"), ("taiwan dollar", "TWD"), ("mexican pesos", "MXN"), ("philippine pesos", "PHP"), ("pesetas", "ESP"),
        ("dutch guilders", "NLG"), ("guilders", "NLG"), ("finnish markka", "FIM"), ("markka", "FIM"), ("french francs", "FRF"),
        ("deutsche marks", "DEM"), ("rubles", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("rand", "ZAR"), ("us dollars", "USD"), ("us dollar", "USD"),
        ("캐나다 달러", "CAD"), ("미국 달러", "USD"), ("미 달러", "USD"), ("홍콩 달러", "HKD"), ("호주 달러", "AUD"), ("싱가포르 달러", "SGD"),
        ("대만 달러", "TWD"), ("중국 위안", "CNY"), ("스위스 프랑", "CHF"), ("일본 엔", "JPY"), ("유로화", "EUR"), ("달러화", "USD"), ("위안화", "CNY"),
        ("파운드화", "GBP"), ("루피", "INR"), ("루블", "RUB"), ("dollars", "USD"), ("dollar", "USD"), ("dolar", "USD"), ("won", "KRW"), ("dong", "VND"), ("euros", "EUR"), ("euro", "EUR"), ("yen", "JPY"),
        ("yuan", "CNY"), ("renminbi", "CNY"), ("rupiah", "IDR"), ("ringgit", "MYR"), ("baht", "THB"), ("rupees", "INR"), ("rupee", "INR"),
        ("pounds sterling", "GBP"), ("pound sterling", "GBP"), ("pounds", "GBP"), ("pound", "GBP"), ("sterling", "GBP"),
        ("dirhams", "AED"), ("dirham", "AED"), ("riyal", "SAR"), ("francs", "CHF"), ("franc", "CHF"), ("peso", "PHP"), ("pesos", "PHP"),
        ("đô la Mỹ", "USD"), ("đô la", "USD"), ("đô Mỹ", "USD"), ("đô", "USD"), ("đồng", "VND"), ("VNĐ", "VND"), ("VND", "VND"), ("Rp", "IDR"), ("Rs", "INR"),
        ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₩", "KRW"), ("₫", "VND"), .. Symbols,
        ("bitcoins", "BTC"), ("bitcoin", "BTC"), ("BTC", "BTC"),
        ("달러", "USD"), ("유로", "EUR"), ("엔화", "JPY"), ("엔", "JPY"), ("위안", "CNY"), ("파운드", "GBP"), ("원", "KRW"), ("불", "USD"),
        ("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"), ("韩元", "KRW"), ("英镑", "GBP"), ("港元", "HKD"), ("人民币", "CNY"), ("元", "CNY"),
        ("越南盾", "VND"), ("印尼盾", "IDR"),
        .. Codes,
    ]);

    /// <summary>Korean syllables that may follow "원"/"엔"/"불" (particles, "대", "씩"): "원을", "원대", "원씩".</summary>
    private const string KoreanFollowers = "을를이가은는의에으로도만과와대씩어쯤짜까";

    private static (string, string)[] Sorted((string Surface, string Iso)[] items) =>
        [.. items.OrderByDescending(i => i.Surface.Length)];

    /// <summary>A currency sign that can open an amount ("$5", "₩500"): every one-character surface of <see cref="Prefixes"/>.</summary>
    public static bool IsSign(char c) =>
        c is '$' or '€' or '£' or '¥' or '₩' or '₫' or '₹' or '₡' or '₾' or '₭' or '₱' or '₺' or '₽' or '₴' or '₦' or '₪' or '฿' or '₿';

    // Most words open no prefix and no suffix: their first letters say so before the tables are compared.
    private static readonly AsciiStartFilter PrefixStarts = new(Prefixes.Select(p => p.Surface));
    private static readonly AsciiStartFilter SuffixStarts = new(Suffixes.Select(p => p.Surface));

    public static bool TryMatchPrefix(string text, int index, out string iso, out int end)
    {
        if (!PrefixStarts.MayStartAt(text, index))
        {
            iso = "";
            end = index;
            return false;
        }

        foreach (var (surface, code) in Prefixes)
        {
            if (TextChars.MatchesWord(text, index, surface))
            {
                iso = code;
                end = index + surface.Length;
                return true;
            }
        }

        iso = "";
        end = index;
        return false;
    }

    public static bool TryMatchSuffix(string text, int index, QuantityLanguage language, out string iso, out int end)
    {
        var attached = index;
        var spaced = TextChars.SkipSpaces(text, index, 1);
        var (attachedMay, spacedMay) = (SuffixStarts.MayStartAt(text, attached), SuffixStarts.MayStartAt(text, spaced));
        if (!attachedMay && !spacedMay)
        {
            iso = "";
            end = index;
            return false;
        }

        foreach (var (surface, code) in Suffixes)
        {
            foreach (var at in (ReadOnlySpan<int>)[attached, spaced])
            {
                if (!(at == attached ? attachedMay : spacedMay))
                {
                    continue;
                }

                // "20Rs" only glued and exactly so: Indonesian "20 RS" is twenty hospitals (rumah sakit).
                if (surface == "Rs" && (at != attached || !text.AsSpan(at).StartsWith("Rs", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (at + surface.Length > text.Length
                    || !text.AsSpan(at, surface.Length).Equals(surface, StringComparison.OrdinalIgnoreCase)
                    || !IsAcceptable(text, at, surface, language, at == attached))
                {
                    continue;
                }

                iso = code == "JPY" && surface == "¥" && language == QuantityLanguage.Chinese ? "CNY" : code;
                end = at + surface.Length;
                if (TextChars.At(text, end, '.') && surface == "¥" && !TextChars.IsAsciiDigit(TextChars.CharAt(text, end + 1)))
                {
                    end++;
                }

                return true;
            }
        }

        iso = "";
        end = index;
        return false;
    }

    private static bool IsAcceptable(string text, int at, string surface, QuantityLanguage language, bool attached)
    {
        var next = TextChars.CharAt(text, at + surface.Length);
        var first = surface[0];
        if (TextChars.IsWordLetter(first))
        {
            if (TextChars.IsWordLetter(next))
            {
                return false;
            }

            // "10 đô thị" is "10 cities", not dollars.
            if (surface.Equals("đô", StringComparison.OrdinalIgnoreCase) && TextChars.MatchesWord(text, TextChars.SkipSpaces(text, at + 2, 1), "thị"))
            {
                return false;
            }

            return true;
        }

        if (TextChars.IsHangul(first))
        {
            if (language != QuantityLanguage.Korean)
            {
                return false;
            }

            if (surface is "원" or "엔" or "불")
            {
                if (surface == "불" && !attached)
                {
                    return false;
                }

                return !TextChars.IsHangul(next) || KoreanFollowers.Contains(next, StringComparison.Ordinal);
            }

            return true;
        }

        if (TextChars.IsHan(first))
        {
            return language is QuantityLanguage.Chinese or QuantityLanguage.Korean;
        }

        return true;
    }
}
