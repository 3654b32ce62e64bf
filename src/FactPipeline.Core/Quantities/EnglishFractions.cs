namespace FactPipeline.Core.Quantities;

/// <summary>
/// English fractions and spoken decimals that extend a spelled number: "two thirds", "a fifth", "one and a half",
/// "five and a half million", "one million and a half", "twenty twenty-fifths", "a trillionth", "two hundred point zero three".
/// </summary>
/// <remarks>
/// A plural ordinal after a number is a denominator ("three fifths"); a singular one only after "one"/"a" ("one fifth"),
/// otherwise the words are an ordinal ("twenty fifth", "one hundred fifth") and not a quantity. "X and Y Zths" is a mixed
/// number when Y/Z is a proper fraction ("one hundred and three quarters" = 100.75), else "X and Y" is the numerator
/// ("one hundred and thirty fifths" = 26).
/// </remarks>
internal static class EnglishFractions
{
    /// <summary>Ordinals that can be denominators on their own. "first" and "second" only inside "twenty-first".</summary>
    private static readonly Dictionary<string, long> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4, ["fourths"] = 4,
        ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8,
        ["ninth"] = 9, ["ninths"] = 9, ["tenth"] = 10, ["tenths"] = 10, ["eleventh"] = 11, ["elevenths"] = 11, ["twelfth"] = 12,
        ["twelfths"] = 12, ["thirteenth"] = 13, ["thirteenths"] = 13, ["fourteenth"] = 14, ["fourteenths"] = 14, ["fifteenth"] = 15,
        ["fifteenths"] = 15, ["sixteenth"] = 16, ["sixteenths"] = 16, ["seventeenth"] = 17, ["seventeenths"] = 17, ["eighteenth"] = 18,
        ["eighteenths"] = 18, ["nineteenth"] = 19, ["nineteenths"] = 19, ["twentieth"] = 20, ["twentieths"] = 20, ["thirtieth"] = 30,
        ["thirtieths"] = 30, ["fortieth"] = 40, ["fortieths"] = 40, ["fiftieth"] = 50, ["fiftieths"] = 50, ["sixtieth"] = 60,
        ["sixtieths"] = 60, ["seventieth"] = 70, ["seventieths"] = 70, ["eightieth"] = 80, ["eightieths"] = 80, ["ninetieth"] = 90,
        ["ninetieths"] = 90, ["hundredth"] = 100, ["hundredths"] = 100, ["thousandth"] = 1000, ["thousandths"] = 1000,
        ["millionth"] = 1_000_000, ["millionths"] = 1_000_000, ["billionth"] = 1_000_000_000, ["billionths"] = 1_000_000_000,
        ["trillionth"] = 1_000_000_000_000, ["trillionths"] = 1_000_000_000_000,
    };

    /// <summary>Unit ordinals after a tens word: "twenty-first", "thirty fifths" ("twenty seconds" is a duration).</summary>
    private static readonly Dictionary<string, int> UnitOrdinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["firsts"] = 1, ["second"] = 2, ["third"] = 3, ["thirds"] = 3, ["fourth"] = 4, ["fourths"] = 4,
        ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8,
        ["ninth"] = 9, ["ninths"] = 9,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> SmallNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
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

    private static readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> OrdinalLookup = Ordinals.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnitOrdinalLookup = UnitOrdinals.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TensLookup = Tens.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> SmallLookup = SmallNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DigitLookup = DigitWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> BigLookup = Bigs.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly record struct Denominator(decimal Value, bool Plural, int End, bool IsQuarter);

    /// <summary>"a half", "a fifth", "a quarter million", "a trillionth", "a twenty-first": an article directly followed by a fraction word.</summary>
    public static bool TryParseArticleFraction(string text, int start, out ParsedNumber number)
    {
        number = default;
        var articleEnd = TextChars.WordEnd(text, start);
        var word = text.AsSpan(start, articleEnd - start);
        if (!(word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (!TryDenominator(text, articleEnd, out var d) || d.Plural)
        {
            return false;
        }

        var value = 1m / d.Value;
        var end = d.End;
        if (TryBig(text, end, out var big, out var bigEnd))
        {
            value *= big;
            end = bigEnd;
        }
        else if (d.IsQuarter && !FollowedByOf(text, end))
        {
            return false;
        }

        number = new ParsedNumber(start, end, value, value, false, true);
        return true;
    }

    /// <summary>True when the words at <paramref name="index"/> are a proper fraction ("a half", "three fifths", "fifty-four hundredths").</summary>
    public static bool StartsProperFraction(string text, int index) => TryProperFraction(text, index, out _, out _, out _);

    /// <summary>"and a half", "and a quarter" after "3 million": the fraction and its denominator.</summary>
    public static bool TryAndProperFraction(string text, int index, out decimal part, out decimal denominator, out int end)
    {
        part = 0;
        denominator = 0;
        end = index;
        var p = NextWord(text, index, out var andEnd);
        return p > index && text.AsSpan(p, andEnd - p).Equals("and", StringComparison.OrdinalIgnoreCase)
            && TryProperFraction(text, andEnd, out part, out denominator, out end);
    }

    /// <summary>True when the word at <paramref name="index"/> (after one space or hyphen) is a plural unit ordinal ("fifths").</summary>
    public static bool IsPluralUnitOrdinalNext(string text, int index)
    {
        var w = NextWord(text, index, out var wEnd);
        return w > index && UnitOrdinalLookup.ContainsKey(text.AsSpan(w, wEnd - w)) && text[wEnd - 1] is 's' or 'S';
    }

    /// <summary>Extends a spelled number that ends at <paramref name="number"/>.End.</summary>
    public static ParsedNumber Extend(string text, ParsedNumber number, bool endsWithBig, decimal lastBig)
    {
        var end = number.End;

        // "two thirds", "five eighths", "a hundred trillionths": the whole number is the numerator.
        if (number.Value > 0 && TryDenominator(text, end, out var d))
        {
            if (!d.Plural && number.Value != 1)
            {
                // "twenty fifth", "one hundred fifth": an ordinal.
                return number with { End = d.End, IsOrdinal = true };
            }

            var quarterOk = !d.IsQuarter || FollowedByOf(text, d.End) || TryBig(text, d.End, out _, out _);
            if (quarterOk)
            {
                var fraction = number.Value / d.Value;
                var step = 1m / d.Value;
                var fractionEnd = d.End;
                if (TryBig(text, fractionEnd, out var big, out var bigEnd) || TryOfABig(text, fractionEnd, out big, out bigEnd))
                {
                    fraction *= big;
                    step *= big;
                    fractionEnd = bigEnd;
                }

                return number with { End = fractionEnd, Value = fraction, Step = step };
            }
        }

        // "one and a half", "one million and a half", "three and two fifths", "two and fifty-four hundredths".
        var p = NextWord(text, end, out var andEnd);
        if (p > end && text.AsSpan(p, andEnd - p).Equals("and", StringComparison.OrdinalIgnoreCase)
            && TryProperFraction(text, andEnd, out var part, out var denominator, out var fractionEnd2))
        {
            decimal value, step;
            if (TryBig(text, fractionEnd2, out var big, out var bigEnd))
            {
                (value, step) = endsWithBig ? (number.Value + (part * big), big / denominator) : ((number.Value + part) * big, big / denominator);
                fractionEnd2 = bigEnd;
            }
            else
            {
                (value, step) = endsWithBig ? (number.Value + (part * lastBig), lastBig / denominator) : (number.Value + part, 1m / denominator);
            }

            return number with { End = fractionEnd2, Value = value, Step = step };
        }

        // "two hundred point zero three", "nine point nought four", "two hundred point seventy-one", "nought point eleven".
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
                if (w == cursor || !DigitLookup.TryGetValue(text.AsSpan(w, wEnd - w), out var digit))
                {
                    break;
                }

                fraction += digit * scale;
                scale /= 10;
                digits++;
                cursor = last = wEnd;
            }

            if (digits == 0 && TrySmallCardinal(text, andEnd, out var twoDigits, out var twoEnd) && twoDigits >= 10)
            {
                fraction = twoDigits / 100m;
                digits = 2;
                last = twoEnd;
            }

            if (digits > 0)
            {
                return number with { End = last, Value = number.Value + fraction, Step = TextChars.Pow10(-digits), IsSpelled = true };
            }
        }

        return number;
    }

    /// <summary>"a half", "three fifths", "fifty-four hundredths", "a thirtieth": numerator below the denominator.</summary>
    private static bool TryProperFraction(string text, int index, out decimal part, out decimal denominator, out int end)
    {
        part = 0;
        denominator = 0;
        end = index;
        if (!TrySmallCardinal(text, index, out var numerator, out var numeratorEnd) || !TryDenominator(text, numeratorEnd, out var d)
            || numerator >= d.Value || (d.Plural == (numerator == 1) && !d.IsQuarter && d.Value != 2))
        {
            return false;
        }

        part = numerator / d.Value;
        denominator = d.Value;
        end = d.End;
        return true;
    }

    /// <summary>1..99 written as words after one space or hyphen: "a", "three", "fifty-four", "thirty".</summary>
    private static bool TrySmallCardinal(string text, int index, out int value, out int end)
    {
        value = 0;
        var w = NextWord(text, index, out end);
        if (w == index)
        {
            return false;
        }

        var word = text.AsSpan(w, end - w);
        if (SmallLookup.TryGetValue(word, out value))
        {
            return true;
        }

        if (!TensLookup.TryGetValue(word, out value))
        {
            return false;
        }

        var u = NextWord(text, end, out var uEnd);
        if (u > end && DigitLookup.TryGetValue(text.AsSpan(u, uEnd - u), out var unit) && unit > 0 && text[end] == '-')
        {
            value += unit;
            end = uEnd;
        }

        return true;
    }

    private static bool TryDenominator(string text, int index, out Denominator denominator)
    {
        denominator = default;
        var start = NextWord(text, index, out var end);
        if (start == index)
        {
            return false;
        }

        var word = text.AsSpan(start, end - start);
        if (TensLookup.TryGetValue(word, out var tens))
        {
            // "twenty-fifths", "thirty fifths", "a twenty-first".
            var u = NextWord(text, end, out var uEnd);
            if (u == end || !UnitOrdinalLookup.TryGetValue(text.AsSpan(u, uEnd - u), out var unit))
            {
                return false;
            }

            denominator = new Denominator(tens + unit, text[uEnd - 1] is 's' or 'S', uEnd, false);
            return true;
        }

        if (!OrdinalLookup.TryGetValue(word, out var value))
        {
            return false;
        }

        var plural = word[^1] is 's' or 'S';
        denominator = new Denominator(value, plural, end, word.StartsWith("quarter", StringComparison.OrdinalIgnoreCase));
        return true;
    }

    private static bool FollowedByOf(string text, int end)
    {
        var w = NextWord(text, end, out var wEnd);
        return w > end && text.AsSpan(w, wEnd - w).Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"two thirds of a million".</summary>
    private static bool TryOfABig(string text, int index, out decimal big, out int end)
    {
        big = 0;
        end = index;
        var of = NextWord(text, index, out var ofEnd);
        if (of == index || !text.AsSpan(of, ofEnd - of).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var a = NextWord(text, ofEnd, out var aEnd);
        return a > ofEnd && text.AsSpan(a, aEnd - a) is "a" or "A" && TryBig(text, aEnd, out big, out end);
    }

    private static bool TryBig(string text, int index, out decimal big, out int end)
    {
        var start = NextWord(text, index, out end);
        return BigLookup.TryGetValue(text.AsSpan(start, end - start), out big) && start > index;
    }

    /// <summary>Start of the next word after one space, a hyphen or a spaced hyphen (start == index when there is none).</summary>
    private static int NextWord(string text, int index, out int end)
    {
        var i = index;
        if (i < text.Length && (TextChars.IsSpace(text[i]) || text[i] == '-'))
        {
            i++;
            i = TextChars.SkipSpaces(text, i, 2);
            if (i < text.Length && text[i] == '-' && text[i - 1] == ' ' && TextChars.IsSpace(TextChars.CharAt(text, i + 1)))
            {
                i = TextChars.SkipSpaces(text, i + 1, 2);
            }
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
