namespace FactPipeline.Core.Quantities;

/// <summary>Reads one bare number in the script the language writes it in: digits, spelled words, Hangul or Han numerals.</summary>
internal static class NumberParser
{
    public static bool TryParse(string text, int p, QuantityLanguage lang, out ParsedNumber number)
    {
        number = default;
        var c = text[p];
        return lang switch
        {
            QuantityLanguage.Korean or QuantityLanguage.Chinese when c is ',' or '.' => DigitNumberParser.TryParse(text, p, lang, out number),
            QuantityLanguage.Korean => KoreanNumerals.TryParse(text, p, out number),
            QuantityLanguage.Chinese => ChineseNumerals.TryParse(text, p, out number),
            _ when VulgarFractions.TryGet(c, out var fraction) => (number = new ParsedNumber(p, p + 1, fraction, fraction, false, false)) is var _,
            QuantityLanguage.Vietnamese when TextChars.IsAsciiDigit(c) => TryParseVietnameseDigits(text, p, out number),
            _ when TextChars.IsAsciiDigit(c) || c is ',' or '.' => DigitNumberParser.TryParse(text, p, lang, out number),
            _ when TextChars.IsWordLetter(c) => SpelledNumbers.TryParse(text, p, lang, out number),
            _ => false,
        };
    }

    /// <summary>Digits followed by a spoken decimal point: "2 phẩy 5".</summary>
    private static bool TryParseVietnameseDigits(string text, int p, out ParsedNumber number)
    {
        if (!DigitNumberParser.TryParse(text, p, QuantityLanguage.Vietnamese, out number))
        {
            return false;
        }

        number = SpelledNumbers.VietnameseDecimal(text, number);
        return true;
    }
}
