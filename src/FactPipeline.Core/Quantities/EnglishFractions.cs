namespace FactPipeline.Core.Quantities;

/// <summary>
/// English fractions and spoken decimals that extend a spelled number: "two thirds", "a fifth", "one and a half",
/// "five and a half million", "one million and a half", "two hundred point zero three".
/// </summary>
internal static class EnglishFractions
{
    private static readonly Dictionary<string, int> Denominators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4, ["fourths"] = 4,
        ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8,
        ["ninth"] = 9, ["ninths"] = 9, ["tenth"] = 10, ["tenths"] = 10, ["hundredth"] = 100, ["hundredths"] = 100,
        ["thousandth"] = 1000, ["thousandths"] = 1000,
    };

    private static readonly Dictionary<string, int> DigitWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0, ["oh"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    };

    private static readonly Dictionary<string, decimal> Bigs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = ScaleWords.Thousand, ["million"] = ScaleWords.Million, ["billion"] = ScaleWords.Billion, ["trillion"] = ScaleWords.Trillion,
    };

    /// <summary>"a half", "a fifth", "a quarter million": an article directly followed by a fraction word.</summary>
    public static bool TryParseArticleFraction(string text, int start, out ParsedNumber number)
    {
        number = default;
        var articleEnd = TextChars.WordEnd(text, start);
        var word = text.AsSpan(start, articleEnd - start);
        if (!(word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (!TryDenominator(text, articleEnd, requireOf: false, out var denominator, out var end))
        {
            return false;
        }

        var value = 1m / denominator;
        if (TryBig(text, end, out var big, out var bigEnd))
        {
            value *= big;
            end = bigEnd;
        }
        else if (denominator == 4 && !FollowedByOf(text, end))
        {
            return false;
        }

        number = new ParsedNumber(start, end, value, value, false, true);
        return true;
    }

    /// <summary>Extends a spelled number that ends at <paramref name="number"/>.End.</summary>
    public static ParsedNumber Extend(string text, ParsedNumber number, bool endsWithBig, decimal lastBig)
    {
        var end = number.End;

        // "two thirds", "five eighths": the whole number is the numerator.
        if (TryDenominator(text, end, requireOf: true, out var denominator, out var denominatorEnd) && number.Value is > 0 and <= 100)
        {
            var fraction = number.Value / denominator;
            return number with { End = denominatorEnd, Value = fraction, Step = 1m / denominator };
        }

        // "one and a half", "five and a quarter", "one million and a half", "three and two fifths".
        var p = NextWord(text, end, out var andEnd);
        if (p > end && text.AsSpan(p, andEnd - p).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            var q = NextWord(text, andEnd, out var numeratorEnd);
            var numeratorWord = text.AsSpan(q, numeratorEnd - q);
            decimal numerator = numeratorWord.Equals("a", StringComparison.OrdinalIgnoreCase) || numeratorWord.Equals("an", StringComparison.OrdinalIgnoreCase)
                ? 1
                : DigitWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(numeratorWord, out var n) ? n : 0;
            if (q > andEnd && numerator > 0 && TryDenominator(text, numeratorEnd, requireOf: false, out var d, out var fractionEnd))
            {
                var part = numerator / d;
                var value = endsWithBig ? number.Value + (part * lastBig) : number.Value + part;
                var step = endsWithBig ? lastBig / d : 1m / d;
                if (!endsWithBig && TryBig(text, fractionEnd, out var big, out var bigEnd))
                {
                    value *= big;
                    step *= big;
                    fractionEnd = bigEnd;
                }

                return number with { End = fractionEnd, Value = value, Step = step };
            }
        }

        // "two hundred point zero three", "nine point nought four".
        if (p > end && text.AsSpan(p, andEnd - p).Equals("point", StringComparison.OrdinalIgnoreCase) && number.Value == decimal.Truncate(number.Value))
        {
            var digits = 0;
            var fraction = 0m;
            var scale = 0.1m;
            var cursor = andEnd;
            var last = andEnd;
            while (true)
            {
                var w = NextWord(text, cursor, out var wEnd);
                if (w == cursor || !DigitWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(w, wEnd - w), out var digit))
                {
                    break;
                }

                fraction += digit * scale;
                scale /= 10;
                digits++;
                cursor = last = wEnd;
            }

            if (digits > 0)
            {
                return number with { End = last, Value = number.Value + fraction, Step = TextChars.Pow10(-digits), IsSpelled = true };
            }
        }

        return number;
    }

    private static bool TryDenominator(string text, int index, bool requireOf, out int denominator, out int end)
    {
        denominator = 0;
        var start = NextWord(text, index, out end);
        if (start == index && !(start < text.Length && start > 0 && text[start - 1] == '-'))
        {
            return false;
        }

        if (!Denominators.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(start, end - start), out denominator))
        {
            return false;
        }

        // "two quarters" and "the third quarter" are periods of a year; only "three quarters of" is a fraction.
        return denominator != 4 || !requireOf || FollowedByOf(text, end) || !text.AsSpan(start, end - start).StartsWith("quarter", StringComparison.OrdinalIgnoreCase);
    }

    private static bool FollowedByOf(string text, int end)
    {
        var w = NextWord(text, end, out var wEnd);
        return w > end && text.AsSpan(w, wEnd - w).Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryBig(string text, int index, out decimal big, out int end)
    {
        var start = NextWord(text, index, out end);
        return Bigs.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(start, end - start), out big) && start > index;
    }

    /// <summary>Start of the next word after one space or hyphen (start == index when there is none).</summary>
    private static int NextWord(string text, int index, out int end)
    {
        var i = index;
        if (i < text.Length && (TextChars.IsSpace(text[i]) || text[i] == '-'))
        {
            i++;
            i = TextChars.SkipSpaces(text, i, 2);
        }
        else
        {
            end = index;
            return index;
        }

        end = TextChars.WordEnd(text, i);
        return end > i ? i : index;
    }
}
