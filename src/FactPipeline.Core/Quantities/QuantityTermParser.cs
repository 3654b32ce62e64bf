namespace FactPipeline.Core.Quantities;

/// <summary>
/// Reads one amount together with the words that qualify it: a currency before or after, a sign or "minus", a scale word,
/// cents, a percent sign or a multiplier ("doubled", "gấp đôi", "3 times").
/// </summary>
internal static class QuantityTermParser
{
    /// <summary>Parses one amount with its currency, scale, percent or multiplier words.</summary>
    public static bool TryParse(string text, int start, QuantityLanguage lang, out QuantityTerm term)
    {
        term = default;
        var p = start;
        string? currency = null;
        var percent = false;
        var multiplier = false;
        decimal? fixedMultiplier = null;

        if (CurrencyTable.TryMatchPrefix(text, p, out var prefixIso, out var prefixEnd))
        {
            var q = TextChars.SkipSpaces(text, prefixEnd, 1);
            if (q >= text.Length || !(TextChars.IsAsciiDigit(text[q]) || (text[q] is ',' or '.' && TextChars.IsAsciiDigit(TextChars.CharAt(text, q + 1)))))
            {
                return false;
            }

            currency = prefixIso;
            p = q;
        }
        else if (lang == QuantityLanguage.Chinese && text.AsSpan(p).StartsWith("百分之", StringComparison.Ordinal))
        {
            percent = true;
            p += 3;
        }
        else if (lang == QuantityLanguage.Vietnamese && TextChars.MatchesWord(text, p, "gấp"))
        {
            multiplier = true;
            p = TextChars.SkipSpaces(text, p + 3, 1);
            if (TextChars.MatchesWord(text, p, "đôi"))
            {
                fixedMultiplier = 2;
            }
        }
        else if (lang == QuantityLanguage.English && TryMatchMultiplierWord(text, p, out var factor, out var wordEnd))
        {
            var n = new ParsedNumber(p, wordEnd, factor, 1, false, true);
            term = new QuantityTerm { Start = start, End = wordEnd, Value = factor, Step = 1, IsMultiplier = true, Scale = 1, Number = n };
            return true;
        }

        if (fixedMultiplier is { } fm)
        {
            var n = new ParsedNumber(p, p + 3, fm, 1, false, true);
            term = new QuantityTerm { Start = start, End = p + 3, Value = fm, Step = 1, IsMultiplier = true, Scale = 1, Number = n };
            return true;
        }

        var negative = false;
        if (p < text.Length && text[p] is '-' or '\u2212' && currency is null)
        {
            negative = true;
            p++;

            // "- 1.200.000" only at the very start of a text (elsewhere a spaced dash is punctuation).
            if (start == 0 && TextChars.IsSpace(TextChars.CharAt(text, p)))
            {
                p = TextChars.SkipSpaces(text, p, 1);
            }
        }
        else if (currency is null && !percent && !multiplier && NegativeWords.TryMatch(text, p, lang, out var afterNegative))
        {
            negative = true;
            p = afterNegative;
        }

        if (p >= text.Length || !NumberParser.TryParse(text, p, lang, out var number))
        {
            return false;
        }

        if (MathNotation.TryExtend(text, number, out var notation))
        {
            number = notation;
        }

        var value = number.Value;
        var step = number.Step;
        var end = number.End;
        var scale = 1m;
        if (!number.IsSpelled && !lang.IsCjk() && ScaleWords.TryMatch(text, end, lang, currency is not null, out var scaleWord, out var scaleEnd))
        {
            scale = scaleWord.Value;
            value *= scale;
            step *= scale;
            end = scaleEnd;
            if (lang == QuantityLanguage.English && number.Value > 0)
            {
                DigitScaleChain.Continue(text, ref value, ref step, ref end, scale);
            }
        }
        else if (lang.IsCjk() && !number.IsPlainInteger)
        {
            scale = number.Value == 0 ? 1 : InferredCjkScale(number);
        }

        if (currency is null && !percent && !multiplier && CurrencyTable.TryMatchSuffix(text, end, lang, out var suffixIso, out var suffixEnd))
        {
            currency = suffixIso;
            end = suffixEnd;
        }

        // "2 đô la và 23 xen", "2 dollars and 23 cents", "이달러이십삼센트": a sub-unit in hundredths.
        if (currency is not null && scale == 1 && CurrencySubunits.TryMatch(text, end, lang, out var cents, out var centsEnd))
        {
            value += cents / 100m;
            step = 0.01m;
            end = centsEnd;
        }

        if (currency is null && !multiplier && SuffixWords.TryMatchPercent(text, end, out var percentEnd))
        {
            percent = true;
            end = percentEnd;
        }
        else if (currency is null && !percent && SuffixWords.TryMatchMultiplier(text, end, lang, out var multiplierEnd))
        {
            multiplier = true;
            end = multiplierEnd;
        }

        if (negative)
        {
            value = -value;
        }

        term = new QuantityTerm
        {
            Start = start,
            End = end,
            Value = value,
            Step = step,
            Currency = currency,
            IsPercent = percent,
            IsMultiplier = multiplier,
            Scale = scale,
            Number = number,
        };
        return true;
    }

    /// <summary>Scale of a CJK number such as "3천억" or "1.5万", so that "2-3천억" can share it.</summary>
    private static decimal InferredCjkScale(ParsedNumber number) => number.Step > 1 ? number.Step : 1;

    private static readonly (string Word, decimal Factor)[] EnglishMultiplierWords =
    [
        ("doubled", 2), ("double", 2), ("tripled", 3), ("triple", 3), ("quadrupled", 4), ("quadruple", 4), ("twofold", 2), ("threefold", 3),
        ("fourfold", 4), ("fivefold", 5), ("tenfold", 10),
    ];

    private static readonly AsciiStartFilter MultiplierWordStarts = new(EnglishMultiplierWords.Select(w => w.Word));

    /// <summary>"doubled", "threefold": an English word that is itself a multiplier.</summary>
    private static bool TryMatchMultiplierWord(string text, int p, out decimal factor, out int end)
    {
        if (!MultiplierWordStarts.MayStartAt(text, p))
        {
            factor = 0;
            end = p;
            return false;
        }

        foreach (var (word, f) in EnglishMultiplierWords)
        {
            if (TextChars.MatchesWord(text, p, word))
            {
                factor = f;
                end = p + word.Length;
                return true;
            }
        }

        factor = 0;
        end = p;
        return false;
    }
}
