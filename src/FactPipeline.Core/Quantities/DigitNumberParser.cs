using System.Globalization;

namespace FactPipeline.Core.Quantities;

/// <summary>
/// Reads digit numbers with the language's separators: id/vi "1.234,5", en/ko/zh "1,234.5".
/// Ambiguous single separators: a decimal separator of the language is a decimal ("1,5" id = 1.5);
/// a grouping separator followed by exactly three digits groups ("1.234" id = 1234, "1,234" en = 1234);
/// otherwise it is read as a decimal ("4.0", "1,3" en = 1.3).
/// </summary>
internal static class DigitNumberParser
{
    private const int MaxSeparators = 12;

    public static bool IsStart(string text, int index) =>
        TextChars.IsAsciiDigit(text[index])
        || (text[index] is ',' or '.' && TextChars.IsAsciiDigit(TextChars.CharAt(text, index + 1)) && !TextChars.IsAsciiDigit(TextChars.CharAt(text, index - 1)));

    public static bool TryParse(string text, int start, QuantityLanguage language, out ParsedNumber number)
    {
        number = default;
        var decimalComma = language.UsesDecimalComma();
        var i = start;

        // Leading decimal separator: ",77" (id/vi) or ".25" (en/ko/zh).
        if (text[i] is ',' or '.')
        {
            var expected = decimalComma ? ',' : '.';
            if (text[i] != expected)
            {
                return false;
            }

            var fracStart = i + 1;
            var fracEnd = DigitsEnd(text, fracStart);
            var fraction = text.AsSpan(fracStart, fracEnd - fracStart);
            number = new ParsedNumber(start, fracEnd, ParseDigits($"0.{fraction}"), TextChars.Pow10(-fraction.Length), false, false);
            return true;
        }

        Span<int> sepPositions = stackalloc int[MaxSeparators];
        var sepCount = 0;
        var end = DigitsEnd(text, i);
        while (sepCount < MaxSeparators && end < text.Length)
        {
            var c = text[end];
            var allowSpaceGroup = c is '\u00A0' or '\u202F' || (c == ' ' && language is QuantityLanguage.English or QuantityLanguage.Korean);
            if ((c is '.' or ',') && TextChars.IsAsciiDigit(TextChars.CharAt(text, end + 1)))
            {
                sepPositions[sepCount++] = end;
                end = DigitsEnd(text, end + 1);
            }
            else if (allowSpaceGroup && IsThreeDigitGroup(text, end + 1) && (end - GroupStart(text, end)) <= 3 && AllSeparatorsAre(text, sepPositions[..sepCount], c))
            {
                sepPositions[sepCount++] = end;
                end += 4;
            }
            else
            {
                break;
            }
        }

        if (sepCount == 0)
        {
            var digits = text.AsSpan(start, end - start);
            if (digits.Length > 24)
            {
                return false;
            }

            number = new ParsedNumber(start, end, ParseDigits(digits), 1m, true, false);
            if (VulgarFractions.TryGet(TextChars.CharAt(text, end), out var fraction))
            {
                number = new ParsedNumber(start, end + 1, number.Value + fraction, fraction, false, false);
            }

            return true;
        }

        if (TryInterpret(text, start, end, sepPositions[..sepCount], decimalComma, out var value, out var decimals))
        {
            number = new ParsedNumber(start, end, value, TextChars.Pow10(-decimals), false, false);
            return true;
        }

        // Not a well-formed number ("192.168.1.2"): take the first group alone.
        var firstEnd = sepPositions[0];
        number = new ParsedNumber(start, firstEnd, ParseDigits(text.AsSpan(start, firstEnd - start)), 1m, true, false);
        return true;
    }

    private static bool TryInterpret(string text, int start, int end, ReadOnlySpan<int> seps, bool decimalComma, out decimal value, out int decimals)
    {
        value = 0;
        decimals = 0;
        var groupChar = decimalComma ? '.' : ',';
        var decimalChar = decimalComma ? ',' : '.';
        var last = text[seps[^1]];
        var firstGroupLength = seps[0] - start;

        // Which separator is the decimal point, if any.
        int decimalAt;
        char grouping;
        var mixed = false;
        foreach (var s in seps)
        {
            if (text[s] != last)
            {
                mixed = true;
            }
        }

        if (mixed)
        {
            decimalAt = seps[^1];
            grouping = text[seps[0]];
            if (CountOf(text, seps, last) != 1 || grouping == last)
            {
                return false;
            }
        }
        else if (seps.Length == 1 && !TextChars.IsSpace(last))
        {
            var afterLength = GroupLength(text, seps[0], end);
            var isGrouping = last == groupChar && afterLength == 3 && firstGroupLength <= 3 && !(firstGroupLength == 1 && text[start] == '0');
            if (isGrouping)
            {
                decimalAt = -1;
                grouping = last;
            }
            else
            {
                decimalAt = seps[0];
                grouping = '\0';
            }
        }
        else
        {
            decimalAt = -1;
            grouping = last;
        }

        if (firstGroupLength > 3 && grouping != '\0')
        {
            return false;
        }

        // All grouping groups must have exactly three digits.
        for (var k = 0; k < seps.Length; k++)
        {
            if (seps[k] == decimalAt)
            {
                continue;
            }

            var groupEnd = k + 1 < seps.Length ? seps[k + 1] : end;
            if (groupEnd - seps[k] - 1 != 3)
            {
                return false;
            }
        }

        Span<char> buffer = stackalloc char[end - start];
        var n = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (TextChars.IsAsciiDigit(c))
            {
                buffer[n++] = c;
                if (decimalAt >= 0 && i > decimalAt)
                {
                    decimals++;
                }
            }
            else if (i == decimalAt)
            {
                buffer[n++] = '.';
            }
        }

        value = ParseDigits(buffer[..n]);
        return true;
    }

    private static int CountOf(string text, ReadOnlySpan<int> seps, char c)
    {
        var count = 0;
        foreach (var s in seps)
        {
            if (text[s] == c)
            {
                count++;
            }
        }

        return count;
    }

    private static bool AllSeparatorsAre(string text, ReadOnlySpan<int> seps, char c)
    {
        foreach (var s in seps)
        {
            if (text[s] != c)
            {
                return false;
            }
        }

        return true;
    }

    private static int GroupStart(string text, int end)
    {
        var i = end;
        while (i > 0 && TextChars.IsAsciiDigit(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int GroupLength(string text, int sep, int end) => DigitsEnd(text, sep + 1) - sep - 1 is var n && sep + 1 + n <= end ? n : 0;

    private static bool IsThreeDigitGroup(string text, int index) =>
        index + 3 <= text.Length
        && TextChars.IsAsciiDigit(text[index]) && TextChars.IsAsciiDigit(text[index + 1]) && TextChars.IsAsciiDigit(text[index + 2])
        && !TextChars.IsAsciiDigit(TextChars.CharAt(text, index + 3));

    public static int DigitsEnd(string text, int index)
    {
        while (index < text.Length && TextChars.IsAsciiDigit(text[index]))
        {
            index++;
        }

        return index;
    }

    public static decimal ParseDigits(ReadOnlySpan<char> digits) =>
        decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : 0m;
}
