namespace FactPipeline.Core.Quantities;

/// <summary>
/// Numbers written as words in Indonesian ("dua puluh delapan", "seratus", "setengah triliun"),
/// English ("twenty-one", "half a trillion") and Vietnamese ("hai mươi mốt nghìn").
/// </summary>
internal static class SpelledNumbers
{
    private enum WordKind
    {
        /// <summary>0..9 (and English 10..19): starts or ends a group.</summary>
        Digit,
        /// <summary>A digit only read as such inside a number: vi "mốt", "lăm", "tư"; or when another number word follows: vi "năm", "không".</summary>
        WeakDigit,
        /// <summary>English "twenty".."ninety", Vietnamese "mười": may take a following digit.</summary>
        Tens,
        /// <summary>id "puluh", vi "mươi"/"chục": multiplies the digit by ten.</summary>
        TensSuffix,
        /// <summary>id "belas": adds ten.</summary>
        TeenSuffix,
        /// <summary>"ratus", "trăm", "hundred".</summary>
        Hundred,
        /// <summary>A complete group: id "sepuluh" (10), "sebelas" (11), "seratus" (100).</summary>
        Complete,
        /// <summary>Thousand and above.</summary>
        Big,
        /// <summary>id "seribu", "sejuta": one times a big scale.</summary>
        OneBig,
        /// <summary>"setengah", "half", "nửa": 0.5, only before a scale.</summary>
        Half,
        /// <summary>English article "a"/"an" before "hundred"/"million".</summary>
        Article,
        /// <summary>"and" (en), "linh"/"lẻ" (vi): only between number words.</summary>
        Connector,
    }

    private readonly record struct WordDef(WordKind Kind, decimal Value);

    private static readonly Dictionary<string, WordDef> IndonesianWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nol"] = new(WordKind.Digit, 0), ["satu"] = new(WordKind.Digit, 1), ["dua"] = new(WordKind.Digit, 2), ["tiga"] = new(WordKind.Digit, 3),
        ["empat"] = new(WordKind.Digit, 4), ["lima"] = new(WordKind.Digit, 5), ["enam"] = new(WordKind.Digit, 6), ["tujuh"] = new(WordKind.Digit, 7),
        ["delapan"] = new(WordKind.Digit, 8), ["sembilan"] = new(WordKind.Digit, 9),
        ["sepuluh"] = new(WordKind.Complete, 10), ["sebelas"] = new(WordKind.Complete, 11), ["seratus"] = new(WordKind.Complete, 100),
        ["puluh"] = new(WordKind.TensSuffix, 10), ["belas"] = new(WordKind.TeenSuffix, 10), ["ratus"] = new(WordKind.Hundred, 100),
        ["ribu"] = new(WordKind.Big, ScaleWords.Thousand), ["juta"] = new(WordKind.Big, ScaleWords.Million),
        ["miliar"] = new(WordKind.Big, ScaleWords.Billion), ["milyar"] = new(WordKind.Big, ScaleWords.Billion),
        ["triliun"] = new(WordKind.Big, ScaleWords.Trillion),
        ["seribu"] = new(WordKind.OneBig, ScaleWords.Thousand), ["sejuta"] = new(WordKind.OneBig, ScaleWords.Million),
        ["semiliar"] = new(WordKind.OneBig, ScaleWords.Billion), ["setriliun"] = new(WordKind.OneBig, ScaleWords.Trillion),
        ["setengah"] = new(WordKind.Half, 0.5m), ["separuh"] = new(WordKind.Half, 0.5m),
    };

    private static readonly Dictionary<string, WordDef> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = new(WordKind.Digit, 0), ["nought"] = new(WordKind.Digit, 0), ["naught"] = new(WordKind.Digit, 0),
        ["one"] = new(WordKind.Digit, 1), ["two"] = new(WordKind.Digit, 2), ["three"] = new(WordKind.Digit, 3),
        ["four"] = new(WordKind.Digit, 4), ["five"] = new(WordKind.Digit, 5), ["six"] = new(WordKind.Digit, 6), ["seven"] = new(WordKind.Digit, 7),
        ["eight"] = new(WordKind.Digit, 8), ["nine"] = new(WordKind.Digit, 9), ["ten"] = new(WordKind.Digit, 10), ["eleven"] = new(WordKind.Digit, 11),
        ["twelve"] = new(WordKind.Digit, 12), ["thirteen"] = new(WordKind.Digit, 13), ["fourteen"] = new(WordKind.Digit, 14),
        ["fifteen"] = new(WordKind.Digit, 15), ["sixteen"] = new(WordKind.Digit, 16), ["seventeen"] = new(WordKind.Digit, 17),
        ["eighteen"] = new(WordKind.Digit, 18), ["nineteen"] = new(WordKind.Digit, 19),
        ["twenty"] = new(WordKind.Tens, 20), ["thirty"] = new(WordKind.Tens, 30), ["forty"] = new(WordKind.Tens, 40), ["fifty"] = new(WordKind.Tens, 50),
        ["sixty"] = new(WordKind.Tens, 60), ["seventy"] = new(WordKind.Tens, 70), ["eighty"] = new(WordKind.Tens, 80), ["ninety"] = new(WordKind.Tens, 90),
        ["hundred"] = new(WordKind.Hundred, 100), ["thousand"] = new(WordKind.Big, ScaleWords.Thousand),
        ["million"] = new(WordKind.Big, ScaleWords.Million), ["billion"] = new(WordKind.Big, ScaleWords.Billion),
        ["trillion"] = new(WordKind.Big, ScaleWords.Trillion), ["dozen"] = new(WordKind.Big, 12), ["dozens"] = new(WordKind.Big, 12),
        ["doz"] = new(WordKind.Big, 12), ["dozs"] = new(WordKind.Big, 12), ["dz"] = new(WordKind.Big, 12), ["dzs"] = new(WordKind.Big, 12),
        ["half"] = new(WordKind.Half, 0.5m), ["quarter"] = new(WordKind.Half, 0.25m), ["a"] = new(WordKind.Article, 1), ["an"] = new(WordKind.Article, 1),
        ["and"] = new(WordKind.Connector, 0),
    };

    private static readonly Dictionary<string, WordDef> VietnameseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["không"] = new(WordKind.WeakDigit, 0), ["một"] = new(WordKind.Digit, 1), ["mốt"] = new(WordKind.WeakDigit, 1),
        ["hai"] = new(WordKind.Digit, 2), ["ba"] = new(WordKind.Digit, 3), ["bốn"] = new(WordKind.Digit, 4), ["tư"] = new(WordKind.WeakDigit, 4),
        ["năm"] = new(WordKind.WeakDigit, 5), ["lăm"] = new(WordKind.WeakDigit, 5), ["nhăm"] = new(WordKind.WeakDigit, 5),
        ["sáu"] = new(WordKind.Digit, 6), ["bảy"] = new(WordKind.Digit, 7), ["bẩy"] = new(WordKind.Digit, 7), ["tám"] = new(WordKind.Digit, 8),
        ["chín"] = new(WordKind.Digit, 9), ["mười"] = new(WordKind.Tens, 10), ["mươi"] = new(WordKind.TensSuffix, 10),
        ["chục"] = new(WordKind.TensSuffix, 10), ["trăm"] = new(WordKind.Hundred, 100),
        ["nghìn"] = new(WordKind.Big, ScaleWords.Thousand), ["ngàn"] = new(WordKind.Big, ScaleWords.Thousand),
        ["triệu"] = new(WordKind.Big, ScaleWords.Million), ["tỷ"] = new(WordKind.Big, ScaleWords.Billion), ["tỉ"] = new(WordKind.Big, ScaleWords.Billion),
        ["nửa"] = new(WordKind.Half, 0.5m), ["linh"] = new(WordKind.Connector, 0), ["lẻ"] = new(WordKind.Connector, 0),
    };

    private static readonly Dictionary<string, WordDef>.AlternateLookup<ReadOnlySpan<char>> IndonesianLookup = IndonesianWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, WordDef>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, WordDef>.AlternateLookup<ReadOnlySpan<char>> VietnameseLookup = VietnameseWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the word at <paramref name="start"/> could begin a spelled number (cheap pre-check).</summary>
    public static bool IsNumberWord(string text, int start, int end, QuantityLanguage language) =>
        Lookup(language).TryGetValue(text.AsSpan(start, end - start), out _);

    /// <summary>
    /// The value of a single digit word, weak ones included ("năm", "không"): for places where the word cannot be anything else, such
    /// as the parentheses of "05 (năm) người".
    /// </summary>
    public static bool TryDigitWord(string text, int start, QuantityLanguage language, out ParsedNumber number)
    {
        number = default;
        var end = TextChars.WordEnd(text, start);
        if (end == start || !Lookup(language).TryGetValue(text.AsSpan(start, end - start), out var def) || def.Kind is not (WordKind.Digit or WordKind.WeakDigit))
        {
            return false;
        }

        number = new ParsedNumber(start, end, def.Value, 1, false, true);
        return true;
    }

    /// <summary>True for a scale word ("juta", "million", "triệu") at <paramref name="start"/>.</summary>
    public static bool IsBigWord(string text, int start, QuantityLanguage language)
    {
        var end = TextChars.WordEnd(text, start);
        return end > start && Lookup(language).TryGetValue(text.AsSpan(start, end - start), out var def) && def.Kind == WordKind.Big;
    }

    private static Dictionary<string, WordDef>.AlternateLookup<ReadOnlySpan<char>> Lookup(QuantityLanguage language) => language switch
    {
        QuantityLanguage.Indonesian => IndonesianLookup,
        QuantityLanguage.Vietnamese => VietnameseLookup,
        _ => EnglishLookup,
    };

    public static bool TryParse(string text, int start, QuantityLanguage language, out ParsedNumber number)
    {
        number = default;
        var lookup = Lookup(language);
        decimal total = 0, section = 0, step = 1;
        decimal? current = null;
        decimal lastBig = decimal.MaxValue;
        var afterTens = false;
        var words = 0;
        var end = start;
        var pos = start;
        var pendingHalf = false;
        var afterConnector = false;

        while (pos < text.Length)
        {
            var wordEnd = TextChars.WordEnd(text, pos);
            if (wordEnd == pos || !lookup.TryGetValue(text.AsSpan(pos, wordEnd - pos), out var def))
            {
                break;
            }

            var next = NextWord(text, wordEnd, language, lookup, out var nextDef, out _);
            var accepted = true;
            switch (def.Kind)
            {
                case WordKind.Digit:
                case WordKind.WeakDigit:
                    if (current is { } c && afterTens && def.Value is > 0 and < 10)
                    {
                        current = c + def.Value;
                        afterTens = false;
                        step = 1;
                    }
                    else if (current is null && def.Kind == WordKind.Digit
                        || current is null && def.Kind == WordKind.WeakDigit && next && nextDef.Kind is WordKind.Hundred or WordKind.TensSuffix or WordKind.Big or WordKind.TeenSuffix)
                    {
                        current = def.Value;
                        step = 1;
                        afterTens = false;
                    }
                    else
                    {
                        accepted = false;
                    }

                    break;
                case WordKind.Tens:
                    // "one hundred thirty fifths" is 100/35: a tens word right before a plural unit ordinal belongs to the denominator.
                    if (current is not null
                        || (language == QuantityLanguage.English && words > 0 && !afterConnector && EnglishFractions.IsPluralUnitOrdinalNext(text, wordEnd)))
                    {
                        accepted = false;
                        break;
                    }

                    current = def.Value;
                    step = 10;
                    afterTens = true;
                    break;
                case WordKind.TensSuffix:
                    if (current is not { } d || d >= 10)
                    {
                        accepted = false;
                        break;
                    }

                    current = d * 10;
                    step = 10;
                    afterTens = true;
                    break;
                case WordKind.TeenSuffix:
                    if (current is not { } t || t >= 10)
                    {
                        accepted = false;
                        break;
                    }

                    current = t + 10;
                    step = 1;
                    afterTens = false;
                    break;
                case WordKind.Hundred:
                    if (current is { } h && h < 100 && section == 0)
                    {
                        section = h * 100;
                        step *= 100;
                    }
                    else if (current is null && section == 0 && language == QuantityLanguage.Vietnamese)
                    {
                        section = 100;
                        step = 100;
                    }
                    else
                    {
                        accepted = false;
                        break;
                    }

                    current = null;
                    afterTens = false;
                    break;
                case WordKind.Complete:
                    if (current is not null || (def.Value == 100 && section != 0) || (def.Value < 100 && section % 100 != 0))
                    {
                        accepted = false;
                        break;
                    }

                    if (def.Value == 100)
                    {
                        section = 100;
                        step = 100;
                    }
                    else
                    {
                        current = def.Value;
                        step = def.Value == 10 ? 10 : 1;
                    }

                    afterTens = false;
                    break;
                case WordKind.Big when def.Value == 12:
                    // "two dozen", "three hundred and two dozens" (= 324): a dozen multiplies only the last group.
                    if (current is not { } dozens || dozens >= 100)
                    {
                        accepted = false;
                        break;
                    }

                    current = dozens * 12;
                    step *= 12;
                    afterTens = false;
                    break;
                case WordKind.Big:
                case WordKind.OneBig:
                {
                    var group = section + (current ?? 0);
                    if (def.Kind == WordKind.OneBig)
                    {
                        if (group != 0)
                        {
                            accepted = false;
                            break;
                        }

                        group = 1;
                        step = 1;
                    }

                    if (group == 0 || def.Value >= lastBig)
                    {
                        accepted = false;
                        break;
                    }

                    total += group * def.Value;
                    step *= def.Value;
                    lastBig = def.Value;
                    section = 0;
                    current = null;
                    afterTens = false;
                    pendingHalf = false;
                    break;
                }

                case WordKind.Half:
                    // Indonesian "dua setengah juta" = 2.5 million.
                    if (current is { } whole && whole is >= 1 and < 10 && words > 0 && section == 0 && language == QuantityLanguage.Indonesian)
                    {
                        current = whole + def.Value;
                        step = def.Value;
                        break;
                    }

                    if (words != 0 || !next || nextDef.Kind is not (WordKind.Big or WordKind.Article))
                    {
                        accepted = false;
                        break;
                    }

                    current = def.Value;
                    step = def.Value;
                    pendingHalf = true;
                    break;
                case WordKind.Article:
                    if ((words != 0 && !pendingHalf) || !next || nextDef.Kind is not (WordKind.Big or WordKind.Hundred))
                    {
                        accepted = false;
                        break;
                    }

                    if (!pendingHalf)
                    {
                        current = 1;
                        step = 1;
                    }

                    break;
                case WordKind.Connector:
                    // "one hundred and three quarters": a proper fraction after "and" is left to EnglishFractions.
                    accepted = words > 0 && next && nextDef.Kind is WordKind.Digit or WordKind.WeakDigit or WordKind.Tens or WordKind.Complete
                        && (total + section) > 0 && current is null
                        && !(language == QuantityLanguage.English && EnglishFractions.StartsProperFraction(text, wordEnd));
                    break;
            }

            if (!accepted)
            {
                break;
            }

            words++;
            afterConnector = def.Kind == WordKind.Connector;
            if (def.Kind != WordKind.Connector && def.Kind != WordKind.Article && def.Kind != WordKind.Half)
            {
                end = wordEnd;
            }

            // Move to the next word: one space, or an English hyphen inside "twenty-one".
            var gap = wordEnd;
            if (language == QuantityLanguage.English && def.Kind == WordKind.Tens && IsSpacedHyphenBeforeUnit(text, gap, lookup, out var unitStart))
            {
                // "fifty - two" (tokenised text).
                pos = unitStart;
                continue;
            }

            if (gap < text.Length && (TextChars.IsSpace(text[gap]) || (text[gap] == '-' && language == QuantityLanguage.English && def.Kind == WordKind.Tens)))
            {
                gap++;
                while (gap < text.Length && TextChars.IsSpace(text[gap]))
                {
                    gap++;
                }
            }

            if (gap == wordEnd)
            {
                break;
            }

            pos = gap;
        }

        if (end == start)
        {
            return language == QuantityLanguage.English && EnglishFractions.TryParseArticleFraction(text, start, out number);
        }

        var value = total + section + (current ?? 0);
        if (pendingHalf && total == 0)
        {
            return false;
        }

        number = new ParsedNumber(start, end, value, step, false, true);
        if (language == QuantityLanguage.Vietnamese)
        {
            number = VietnameseDecimal(text, number);
        }

        if (language == QuantityLanguage.English)
        {
            var endsWithBig = current is null && section == 0 && lastBig != decimal.MaxValue;
            number = EnglishFractions.Extend(text, number, endsWithBig, endsWithBig ? lastBig : 1);
        }

        return true;
    }

    /// <summary>Vietnamese spoken decimals: "hai phẩy 23" = 2.23, "một chấm ba" = 1.3.</summary>
    internal static ParsedNumber VietnameseDecimal(string text, ParsedNumber number)
    {
        var p = TextChars.SkipSpaces(text, number.End, 1);
        if (p == number.End || number.Value != decimal.Truncate(number.Value))
        {
            return number;
        }

        var markerLength = TextChars.MatchesWord(text, p, "phẩy") ? 4 : TextChars.MatchesWord(text, p, "chấm") ? 4 : 0;
        var q = TextChars.SkipSpaces(text, p + markerLength, 1);
        if (markerLength == 0 || q == p + markerLength || q >= text.Length)
        {
            return number;
        }

        int fractionEnd;
        string digits;
        if (TextChars.IsAsciiDigit(text[q]))
        {
            fractionEnd = DigitNumberParser.DigitsEnd(text, q);
            digits = text[q..fractionEnd];
        }
        else
        {
            var wordEnd = TextChars.WordEnd(text, q);
            if (!VietnameseLookup.TryGetValue(text.AsSpan(q, wordEnd - q), out var def) || def.Kind is not (WordKind.Digit or WordKind.WeakDigit))
            {
                return number;
            }

            fractionEnd = wordEnd;
            digits = ((int)def.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var fraction = DigitNumberParser.ParseDigits($"0.{digits}");
        return number with { End = fractionEnd, Value = number.Value + fraction, Step = TextChars.Pow10(-digits.Length), IsPlainInteger = false, IsSpelled = true };
    }

    private static bool IsSpacedHyphenBeforeUnit(string text, int wordEnd, Dictionary<string, WordDef>.AlternateLookup<ReadOnlySpan<char>> lookup, out int unitStart)
    {
        unitStart = wordEnd;
        if (!(TextChars.At(text, wordEnd, ' ') && TextChars.At(text, wordEnd + 1, '-') && TextChars.At(text, wordEnd + 2, ' ')))
        {
            return false;
        }

        var u = wordEnd + 3;
        var e = TextChars.WordEnd(text, u);
        if (e == u || !lookup.TryGetValue(text.AsSpan(u, e - u), out var def) || def.Kind != WordKind.Digit || def.Value is < 1 or > 9)
        {
            return false;
        }

        unitStart = u;
        return true;
    }

    private static bool NextWord(string text, int wordEnd, QuantityLanguage language, Dictionary<string, WordDef>.AlternateLookup<ReadOnlySpan<char>> lookup, out WordDef def, out int nextStart)
    {
        def = default;
        nextStart = wordEnd;
        var i = wordEnd;
        if (i < text.Length && (TextChars.IsSpace(text[i]) || (text[i] == '-' && language == QuantityLanguage.English)))
        {
            i++;
        }

        i = TextChars.SkipSpaces(text, i);
        var e = TextChars.WordEnd(text, i);
        nextStart = i;
        return e > i && i > wordEnd && lookup.TryGetValue(text.AsSpan(i, e - i), out def);
    }
}
