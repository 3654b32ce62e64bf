using FactPipeline.Core.Model;

namespace FactPipeline.Core.Quantities;

/// <summary>
/// Deterministic, allocation-light recognizer of numbers, money, percentages, counts and multipliers in
/// id, en, ko, vi and zh news text. Stateless and thread-safe: all tables are static and read-only.
/// </summary>
/// <remarks>
/// Interval conventions (see docs/NUMBERS.md): no hedge → Low = High = Amount; Approximately → Amount ± max(Step/2, 5% of Amount);
/// Below ("hampir", "nearly") → [0.9·Amount, Amount]; Above → [Amount, ∞); AtMost → (−∞, Amount]; Range → [Low, High], Amount = midpoint.
/// </remarks>
public sealed class QuantityRecognizer : IQuantityRecognizer
{
    /// <summary>Half-width of an "about" interval relative to the amount, when the rounding step is finer.</summary>
    private const decimal ApproximateFraction = 0.05m;

    /// <summary>Lower bound of "nearly X" relative to X.</summary>
    private const decimal NearlyFraction = 0.9m;

    public IReadOnlyList<Quantity> Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lang = QuantityLanguages.Parse(language);
        var results = new List<Quantity>();
        var blocked = NonQuantityFilters.FindBlockedSpans(text);
        var blockIndex = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (blocked is not null)
            {
                while (blockIndex < blocked.Count && blocked[blockIndex].End <= i)
                {
                    blockIndex++;
                }

                if (blockIndex < blocked.Count && blocked[blockIndex].Start <= i)
                {
                    i = blocked[blockIndex].End;
                    continue;
                }
            }

            if (!IsCandidateStart(text, i, lang, out var skipTo))
            {
                i = Math.Max(i + 1, skipTo);
                continue;
            }

            var limit = blocked is not null && blockIndex < blocked.Count ? blocked[blockIndex].Start : text.Length;
            if (TryRecognizeAt(text, i, lang, limit, out var quantity, out var next))
            {
                results.Add(quantity);
            }

            i = Math.Max(i + 1, next);
        }

        return results;
    }

    private static bool IsCandidateStart(string text, int i, QuantityLanguage lang, out int skipTo)
    {
        skipTo = i + 1;
        var c = text[i];
        var prev = TextChars.CharAt(text, i - 1);
        if (TextChars.IsAsciiDigit(c))
        {
            // Digits glued to a word are names, codes or ordinals: "GPT5", "GPT-5", "ke-3", "A100", "제3", "第3".
            var glued = TextChars.IsWordLetter(prev)
                || (prev == '-' && TextChars.IsWordLetter(TextChars.CharAt(text, i - 2)))
                || (lang == QuantityLanguage.Korean && prev == '제')
                || (lang == QuantityLanguage.Chinese && prev == '第')
                || TextChars.IsAsciiDigit(prev);
            if (glued)
            {
                skipTo = SkipAlphanumericRun(text, i);
                return false;
            }

            return true;
        }

        if (c is ',' or '.')
        {
            return DigitNumberParser.IsStart(text, i) && !TextChars.IsWordLetter(prev) && (prev == '\0' || TextChars.IsSpace(prev) || prev == '(');
        }

        if (c is '-' or '\u2212')
        {
            var digitAt = i == 0 && TextChars.IsSpace(TextChars.CharAt(text, 1)) ? 2 : i + 1;
            return TextChars.IsAsciiDigit(TextChars.CharAt(text, digitAt)) && (prev == '\0' || TextChars.IsSpace(prev) || prev == '(')
                && !IsNumberBefore(text, i);
        }

        if (c is '$' or '€' or '£' or '¥' or '₩' or '₫' or '₹' or '₡' or '₾' or '₭' or '₱' or '₺' or '₽' or '₴' or '₦' or '₪' or '฿' or '₿'
            || (VulgarFractions.TryGet(c, out _) && !char.IsLetterOrDigit(prev)))
        {
            return true;
        }

        if (TextChars.IsHangul(c))
        {
            return lang == QuantityLanguage.Korean && !TextChars.IsHangul(prev) && prev != '제';
        }

        if (TextChars.IsHan(c))
        {
            return lang is QuantityLanguage.Chinese or QuantityLanguage.Korean && !ChineseNumerals.IsNumeralChar(prev) && prev != '第';
        }

        if (TextChars.IsWordLetter(c))
        {
            if (TextChars.IsWordLetter(prev) || TextChars.IsAsciiDigit(prev))
            {
                skipTo = TextChars.WordEnd(text, i);
                return false;
            }

            return true;
        }

        return false;
    }

    private static bool IsNumberBefore(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && TextChars.IsSpace(text[j]))
        {
            j--;
        }

        return j >= 0 && TextChars.IsAsciiDigit(text[j]);
    }

    private static int SkipAlphanumericRun(string text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] is '.' or ',' or '-' or '/') && char.IsLetterOrDigit(TextChars.CharAt(text, i + 1)))))
        {
            i++;
        }

        return i;
    }

    private static bool TryRecognizeAt(string text, int start, QuantityLanguage lang, int limit, out Quantity quantity, out int next)
    {
        quantity = null!;
        next = start + 1;
        if (!TryParseTerm(text, start, lang, out var term) || term.End > limit)
        {
            if (TextChars.IsWordLetter(text[start]))
            {
                next = TextChars.WordEnd(text, start);
            }
            else if (TextChars.IsAsciiDigit(text[start]))
            {
                next = SkipAlphanumericRun(text, start);
            }

            return false;
        }

        next = term.End;
        if (term.Number.IsOrdinal || IsSpuriousWord(text, start, term, lang))
        {
            return false;
        }

        if (lang == QuantityLanguage.English && TryParseRatio(text, term, limit, out var ratio, out var ratioEnd))
        {
            next = ratioEnd;
            var ratioHedge = HedgeWords.Before(text, start, lang, out _);
            quantity = Build(text, start, ratioEnd, QuantityKind.Number, "", false, ratio, ratio, ratioHedge);
            return true;
        }

        var low = term;
        var high = term;
        var isRange = TryParseRangeEnd(text, term, lang, limit, ref low, out high, out var rangeRejected);
        if (rangeRejected)
        {
            // "3-1" (a score), "0812-3456" (a phone number), "2025-2030" (years): not quantities.
            next = high.End;
            return false;
        }

        var last = isRange ? high : term;
        var end = last.End;
        next = end;

        // Glued letters or codes after the number: "5G", "3rd", "57-NQ/TW", "4.0-based".
        var after = TextChars.CharAt(text, end);
        if (!last.Number.IsSpelled && last.Currency is null && !last.IsPercent && (TextChars.IsWordLetter(after) || TextChars.IsAsciiDigit(after)))
        {
            next = SkipAlphanumericRun(text, end);
            return false;
        }

        if (!last.Number.IsSpelled && (after is '/' or ':') && TextChars.IsAsciiDigit(TextChars.CharAt(text, end + 1)))
        {
            next = SkipAlphanumericRun(text, end + 1);
            return false;
        }

        if (after == '-' && TextChars.IsWordLetter(TextChars.CharAt(text, end + 1)) && !last.Number.IsSpelled && last.Currency is null)
        {
            next = SkipAlphanumericRun(text, end + 1);
            return false;
        }

        // Postfix hedges (Korean "이상", "8만여"), then the counted noun.
        var hedge = Hedge.None;
        var head = isRange ? low : term;
        var kind = head.Currency is not null ? QuantityKind.Money
            : head.IsPercent ? QuantityKind.Percent
            : head.IsMultiplier ? QuantityKind.Multiplier
            : QuantityKind.Number;
        var unit = kind switch
        {
            QuantityKind.Money => head.Currency!,
            QuantityKind.Percent => "%",
            QuantityKind.Multiplier => "x",
            _ => "",
        };

        var spanEnd = end;
        if (lang == QuantityLanguage.Korean && TextChars.At(text, end, '여') && kind == QuantityKind.Number)
        {
            hedge = Hedge.Approximately;
            spanEnd = end + 1;
        }

        if (kind == QuantityKind.Number && UnitNouns.TryFind(text, spanEnd, lang, out var noun, out var nounEnd))
        {
            kind = QuantityKind.Count;
            unit = noun;
            spanEnd = nounEnd;
        }

        // Years and list-like bare numbers.
        if (!isRange && !term.HasUnitMarker && NonQuantityFilters.IsYear(term.Number)
            && !(kind == QuantityKind.Count && UnitNouns.PeopleAndClassifiers.Contains(unit)))
        {
            return false;
        }

        if (!head.HasUnitMarker && (IsProductName(text, start, term, lang) || IsLabel(PreviousWord(text, start))))
        {
            return false;
        }

        var hedgeAfter = HedgeWords.After(text, spanEnd, lang, out _);
        if (hedgeAfter != Hedge.None && hedge == Hedge.None)
        {
            hedge = hedgeAfter;
        }

        if (!isRange)
        {
            var before = HedgeWords.Before(text, start, lang, out _);
            if (before != Hedge.None)
            {
                hedge = before;
            }
        }

        next = Math.Max(next, spanEnd);
        quantity = Build(text, start, spanEnd, kind, unit, isRange, low, high, hedge);
        return true;
    }

    private static Quantity Build(string text, int start, int end, QuantityKind kind, string unit, bool isRange, QuantityTerm low, QuantityTerm high, Hedge hedge)
    {
        decimal amount;
        decimal? lo, hi;
        decimal step;
        if (isRange)
        {
            amount = (low.Value + high.Value) / 2;
            lo = low.Value;
            hi = high.Value;
            step = Math.Min(low.Step, high.Step);
            hedge = Hedge.Range;
        }
        else
        {
            amount = low.Value;
            step = low.Step;
            (lo, hi) = hedge switch
            {
                Hedge.Approximately => ((decimal?)(amount - HalfWidth(amount, step)), (decimal?)(amount + HalfWidth(amount, step))),
                Hedge.Below => (amount * NearlyFraction, amount),
                Hedge.Above => (amount, null),
                Hedge.AtMost => (null, amount),
                _ => ((decimal?)amount, (decimal?)amount),
            };
        }

        return new Quantity
        {
            Start = start,
            Length = end - start,
            Text = text[start..end],
            Kind = kind,
            Amount = Normalize(amount),
            Low = lo is { } l ? Normalize(l) : null,
            High = hi is { } h ? Normalize(h) : null,
            Hedge = hedge,
            Unit = unit,
            Step = Normalize(step),
        };
    }

    /// <summary>Drops trailing zeros of the scale ("10100000000000.0" → "10100000000000").</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    private static decimal HalfWidth(decimal amount, decimal step) => Math.Max(step / 2, Math.Abs(amount) * ApproximateFraction);

    /// <summary>Parses one amount with its currency, scale, percent or multiplier words.</summary>
    internal static bool TryParseTerm(string text, int start, QuantityLanguage lang, out QuantityTerm term)
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
        else if (currency is null && !percent && !multiplier && TryMatchNegativeWord(text, p, lang, out var afterNegative))
        {
            negative = true;
            p = afterNegative;
        }

        if (p >= text.Length || !TryParseCore(text, p, lang, out var number))
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
                ContinueDigitScale(text, ref value, ref step, ref end, scale);
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
        if (currency is not null && scale == 1 && TryMatchSubunit(text, end, lang, out var cents, out var centsEnd))
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

    /// <summary>
    /// "3 hundred and 21", "4 thousand 3 hundred and 21", "6 crore and two hundred", "3 million and a half": digits with a
    /// scale word continued by a smaller part. The next part needs its own scale ("4 thousand 3 hundred", "5 million and 300
    /// thousand"), except a bare number after "hundred and".
    /// </summary>
    private static void ContinueDigitScale(string text, ref decimal value, ref decimal step, ref int end, decimal scale)
    {
        while (true)
        {
            if (EnglishFractions.TryAndProperFraction(text, end, out var part, out var denominator, out var fractionEnd))
            {
                value += part * scale;
                step = scale / denominator;
                end = fractionEnd;
                return;
            }

            var p = TextChars.SkipSpaces(text, end, 1);
            if (p == end || p >= text.Length)
            {
                return;
            }

            var and = TextChars.MatchesWord(text, p, "and");
            if (and)
            {
                var q = TextChars.SkipSpaces(text, p + 3, 1);
                if (q == p + 3)
                {
                    return;
                }

                p = q;
            }

            if (p >= text.Length || !TryParseCore(text, p, QuantityLanguage.English, out var next) || next.Value <= 0 || next.IsOrdinal
                || TextChars.IsWordLetter(TextChars.CharAt(text, next.End)) || (TextChars.CharAt(text, next.End) is '.' or ',' && TextChars.IsAsciiDigit(TextChars.CharAt(text, next.End + 1))))
            {
                return;
            }

            var nextValue = next.Value;
            var nextStep = next.Step;
            var nextEnd = next.End;
            var hasScale = false;
            if (!next.IsSpelled && ScaleWords.TryMatch(text, nextEnd, QuantityLanguage.English, false, out var nextScale, out var nextScaleEnd))
            {
                nextValue *= nextScale.Value;
                nextStep *= nextScale.Value;
                nextEnd = nextScaleEnd;
                hasScale = true;
            }

            hasScale |= next.IsSpelled && next.Step >= 100;
            // "2 million and 3 injured" is two counts; only "hundred and 21" takes a bare number after "and".
            if (nextValue >= scale || (!hasScale && (!and || scale != 100)))
            {
                return;
            }

            value += nextValue;
            step = nextStep;
            end = nextEnd;
            if (and || !hasScale)
            {
                return;
            }

            scale = nextStep;
        }
    }

    private static readonly string[] PluralScaleWords = ["hundreds", "thousands", "millions", "billions"];

    private static readonly string[] RatioDurationNouns =
        ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"];

    /// <summary>
    /// "one out of three", "1 in 5 adults", "one over twenty": a ratio of two plain integers. "in"/"over" need the
    /// numerator below the denominator ("over" also reads "2000 over 3"), and neither is read before a noun of time
    /// ("3 in 10 days", "1 over 3 years" are spans of time) or before any noun after "over".
    /// </summary>
    private static bool TryParseRatio(string text, QuantityTerm first, int limit, out QuantityTerm ratio, out int end)
    {
        ratio = first;
        end = first.End;
        if (first.HasUnitMarker || first.Value != decimal.Truncate(first.Value) || NonQuantityFilters.IsYear(first.Number))
        {
            return false;
        }

        var p = TextChars.SkipSpaces(text, first.End, 1);
        if (p == first.End)
        {
            return false;
        }

        string connector;
        if (TextChars.MatchesWord(text, p, "out of"))
        {
            connector = "out of";
        }
        else if (TextChars.MatchesWord(text, p, "over"))
        {
            connector = "over";
        }
        else if (TextChars.MatchesWord(text, p, "in"))
        {
            connector = "in";
        }
        else
        {
            return false;
        }

        var q = TextChars.SkipSpaces(text, p + connector.Length, 1);
        if (q == p + connector.Length || q >= limit || !TryParseTerm(text, q, QuantityLanguage.English, out var second) || second.End > limit
            || second.HasUnitMarker || second.Value <= 0 || second.Value != decimal.Truncate(second.Value) || NonQuantityFilters.IsYear(second.Number)
            || second.Number.IsOrdinal || TextChars.IsWordLetter(TextChars.CharAt(text, second.End)) || TextChars.IsAsciiDigit(TextChars.CharAt(text, second.End))
            || (TextChars.CharAt(text, second.End) is '.' or ',' or '/' or ':' && TextChars.IsAsciiDigit(TextChars.CharAt(text, second.End + 1))))
        {
            return false;
        }

        var numerator = Math.Abs(first.Value);
        if (connector != "out of" && numerator >= second.Value && !(connector == "over" && second.Value < 10))
        {
            return false;
        }

        if (connector == "out of" && numerator > second.Value)
        {
            return false;
        }

        if (FollowedByAny(text, second.End, PluralScaleWords))
        {
            return false;
        }

        if (UnitNouns.TryFind(text, second.End, QuantityLanguage.English, out var noun, out _)
            && (connector == "over" || Array.IndexOf(RatioDurationNouns, noun) >= 0))
        {
            return false;
        }

        ratio.Value = first.Value / second.Value;
        ratio.Step = 1m / second.Value;
        ratio.End = second.End;
        ratio.Number = first.Number with { End = second.End, IsPlainInteger = false, IsSpelled = true };
        end = second.End;
        return true;
    }

    private static readonly string[] NegativeWordsIndonesian = ["minus", "negatif"];
    private static readonly string[] NegativeWordsEnglish = ["minus", "negative"];
    private static readonly string[] NegativeWordsVietnamese = ["âm"];
    private static readonly string[] NegativeWordsKorean = ["마이너스", "마이나스", "음수"];
    private static readonly string[] SubunitWords = ["cents", "cent", "xen", "xu", "sen", "센트"];
    private static readonly string[] SubunitConnectors = ["và", "and", "dan"];

    /// <summary>"minus 3", "negatif 1200000", "âm 5", "마이너스 3": a negative number (growth rates, temperatures).</summary>
    private static bool TryMatchNegativeWord(string text, int p, QuantityLanguage lang, out int end)
    {
        end = p;
        var words = lang switch
        {
            QuantityLanguage.Indonesian => NegativeWordsIndonesian,
            QuantityLanguage.English => NegativeWordsEnglish,
            QuantityLanguage.Vietnamese => NegativeWordsVietnamese,
            QuantityLanguage.Korean => NegativeWordsKorean,
            _ => [],
        };

        // "plus minus 1%" is ±1%, not −1%.
        if (PreviousWord(text, p).Equals("plus", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (text.AsSpan(p).StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (TextChars.IsHangul(word[0]) || !TextChars.IsWordLetter(TextChars.CharAt(text, p + word.Length))))
            {
                var q = TextChars.SkipSpaces(text, p + word.Length, 1);
                if (q < text.Length && (TextChars.IsAsciiDigit(text[q]) || (q > p + word.Length || TextChars.IsHangul(word[0]))))
                {
                    end = q;
                    return true;
                }
            }
        }

        return false;
    }

    private static bool TryMatchSubunit(string text, int end, QuantityLanguage lang, out decimal cents, out int subunitEnd)
    {
        cents = 0;
        subunitEnd = end;
        var p = TextChars.SkipSpaces(text, end, 1);
        foreach (var connector in SubunitConnectors)
        {
            if (p > end && TextChars.MatchesWord(text, p, connector))
            {
                p = TextChars.SkipSpaces(text, p + connector.Length, 1);
                break;
            }
        }

        if (p >= text.Length || !TryParseCore(text, p, lang, out var number) || number.Value is < 1 or >= 100 || number.Value != decimal.Truncate(number.Value))
        {
            return false;
        }

        var q = TextChars.SkipSpaces(text, number.End, 1);
        foreach (var word in SubunitWords)
        {
            if (text.AsSpan(q).StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (TextChars.IsHangul(word[0]) || !TextChars.IsWordLetter(TextChars.CharAt(text, q + word.Length))))
            {
                cents = number.Value;
                subunitEnd = q + word.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>Scale of a CJK number such as "3천억" or "1.5万", so that "2-3천억" can share it.</summary>
    private static decimal InferredCjkScale(ParsedNumber number) => number.Step > 1 ? number.Step : 1;

    private static bool TryParseCore(string text, int p, QuantityLanguage lang, out ParsedNumber number)
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

    private static readonly (string Word, decimal Factor)[] EnglishMultiplierWords =
    [
        ("doubled", 2), ("double", 2), ("tripled", 3), ("triple", 3), ("quadrupled", 4), ("quadruple", 4), ("twofold", 2), ("threefold", 3),
        ("fourfold", 4), ("fivefold", 5), ("tenfold", 10),
    ];

    private static bool TryMatchMultiplierWord(string text, int p, out decimal factor, out int end)
    {
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

    /// <summary>Range connectors: "3–5", "antara 3 dan 5", "between 3 and 5", "from 3 to 5", "3~5", "3 đến 5", "10 sampai 20 dolar".</summary>
    private static bool TryParseRangeEnd(string text, QuantityTerm first, QuantityLanguage lang, int limit, ref QuantityTerm low, out QuantityTerm high, out bool rejected)
    {
        high = first;
        rejected = false;
        var p = first.End;
        var afterSpaces = TextChars.SkipSpaces(text, p, 2);
        var connectorEnd = -1;
        var isDash = false;
        if (afterSpaces < text.Length && TextChars.IsDash(text[afterSpaces]))
        {
            connectorEnd = TextChars.SkipSpaces(text, afterSpaces + 1, 2);
            isDash = true;
        }
        else if (afterSpaces > p)
        {
            foreach (var (word, needs) in Connectors(lang))
            {
                if (TextChars.MatchesWord(text, afterSpaces, word) && (needs is null || PrecededBy(text, first.Start, needs)))
                {
                    connectorEnd = TextChars.SkipSpaces(text, afterSpaces + word.Length, 2);
                    if (connectorEnd == afterSpaces + word.Length && TextChars.IsWordLetter(word[^1]))
                    {
                        connectorEnd = -1;
                    }

                    break;
                }
            }
        }
        else if (lang.IsCjk() && afterSpaces < text.Length && text[afterSpaces] is '至' or '到')
        {
            connectorEnd = afterSpaces + 1;
        }

        if (connectorEnd < 0 || connectorEnd >= text.Length || connectorEnd > limit)
        {
            return false;
        }

        if (!TryParseTerm(text, connectorEnd, lang, out var second) || second.End > limit)
        {
            return false;
        }

        // A dash between plain integers that is not an increasing pair is a score, a code or a phone number.
        var first2 = first;
        if (second.Currency is not null && first2.Currency is null && !first2.IsPercent)
        {
            first2.Currency = second.Currency;
        }

        if (second.IsPercent && first2.Currency is null)
        {
            first2.IsPercent = true;
        }

        if (first2.Scale == 1 && second.Scale != 1 && !first2.Number.IsSpelled && first2.Value * second.Scale < second.Value * 10)
        {
            first2.Value *= second.Scale;
            first2.Step *= second.Scale;
            first2.Scale = second.Scale;
        }

        if (first2.Currency != second.Currency && second.Currency is not null || first2.IsMultiplier != second.IsMultiplier)
        {
            return false;
        }

        var years = NonQuantityFilters.IsYear(first.Number) || NonQuantityFilters.IsYear(second.Number);
        if (first2.Value >= second.Value || (years && !first2.HasUnitMarker && !second.HasUnitMarker))
        {
            if (isDash && !TextChars.IsSpace(TextChars.CharAt(text, afterSpaces - 1)) && first.Number.IsPlainInteger && second.Number.IsPlainInteger)
            {
                rejected = true;
                high = second;
            }

            return false;
        }

        if (isDash && first.Number.IsPlainInteger && second.Number.IsPlainInteger && TextChars.IsDash(TextChars.CharAt(text, second.End))
            && TextChars.IsAsciiDigit(TextChars.CharAt(text, second.End + 1)))
        {
            rejected = true;
            high = second;
            high.End = SkipAlphanumericRun(text, second.End + 1);
            return false;
        }

        second.Currency ??= first2.Currency;
        second.IsPercent |= first2.IsPercent;
        low = first2;
        high = second;
        return true;
    }

    private static readonly (string Word, string[]? Needs)[] IndonesianConnectors =
        [("sampai dengan", null), ("sampai", null), ("hingga", null), ("s.d.", null), ("s/d", null), ("dan", ["antara"])];

    private static readonly (string Word, string[]? Needs)[] EnglishConnectors = [("to", ["from", "between"]), ("and", ["between"])];

    private static readonly (string Word, string[]? Needs)[] VietnameseConnectors = [("đến", null), ("tới", null), ("và", ["giữa"])];

    private static readonly (string Word, string[]? Needs)[] NoConnectors = [];

    private static (string Word, string[]? Needs)[] Connectors(QuantityLanguage lang) => lang switch
    {
        QuantityLanguage.Indonesian => IndonesianConnectors,
        QuantityLanguage.English => EnglishConnectors,
        QuantityLanguage.Vietnamese => VietnameseConnectors,
        _ => NoConnectors,
    };

    private static bool PrecededBy(string text, int start, string[] words)
    {
        var end = start;
        while (end > 0 && TextChars.IsSpace(text[end - 1]))
        {
            end--;
        }

        foreach (var word in words)
        {
            var at = end - word.Length;
            if (at >= 0 && end < start && TextChars.MatchesWord(text, at, word) && !TextChars.IsWordLetter(TextChars.CharAt(text, at - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Spelled words that are not numbers in context: "salah satu" (one of), "the one", "satu-satunya".</summary>
    private static bool IsSpuriousWord(string text, int start, QuantityTerm term, QuantityLanguage lang)
    {
        if (!term.Number.IsSpelled || term.HasUnitMarker)
        {
            return false;
        }

        if (TextChars.At(text, term.Number.End, '-') && TextChars.IsWordLetter(TextChars.CharAt(text, term.Number.End + 1)))
        {
            return true;
        }

        var previous = PreviousWord(text, start);
        return lang switch
        {
            QuantityLanguage.Indonesian => previous.Equals("salah", StringComparison.OrdinalIgnoreCase) || previous.Equals("ke", StringComparison.OrdinalIgnoreCase),
            QuantityLanguage.English => term.Value == 1 && term.Number.Length <= 3 && IsDeterminer(previous),
            QuantityLanguage.Vietnamese => previous.Equals("thứ", StringComparison.OrdinalIgnoreCase) || previous.Equals("tháng", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("ngày", StringComparison.OrdinalIgnoreCase) || (term.Value == 1 && FollowedByAny(text, term.Number.End, ["số", "trong", "cách", "chút", "lúc", "khi", "phần"])),
            _ => false,
        };
    }

    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "versi", "version", "v", "ver", "nomor", "no", "nr", "nrs", "pasal", "ayat", "halaman", "hal", "page", "chapter", "bab", "seri",
        "series", "phase", "fase", "tahap", "gelombang", "edisi", "edition", "season", "musim", "episode", "game", "gim", "level", "pukul",
        "tahun", "year", "jilid", "volume", "vol", "route", "rute", "jalur", "kode", "code", "room", "ruang", "lantai", "floor", "gate",
        "số", "khóa", "điều", "khoản", "phiên", "bản", "năm", "lúc", "hồi",
    };

    private static bool IsLabel(ReadOnlySpan<char> previousWord) =>
        previousWord.Length > 0 && LabelWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previousWord);

    private static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("which", StringComparison.OrdinalIgnoreCase)
        || word.Equals("that", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase)
        || word.Equals("each", StringComparison.OrdinalIgnoreCase) || word.Equals("every", StringComparison.OrdinalIgnoreCase)
        || word.Equals("any", StringComparison.OrdinalIgnoreCase) || word.Equals("no", StringComparison.OrdinalIgnoreCase)
        || word.Equals("some", StringComparison.OrdinalIgnoreCase) || word.Equals("another", StringComparison.OrdinalIgnoreCase)
        || word.Equals("someone", StringComparison.OrdinalIgnoreCase) || word.Equals("only", StringComparison.OrdinalIgnoreCase);

    private static bool FollowedByAny(string text, int end, string[] words)
    {
        var at = TextChars.SkipSpaces(text, end, 1);
        foreach (var word in words)
        {
            if (TextChars.MatchesWord(text, at, word))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> PreviousWord(string text, int start)
    {
        var end = start;
        while (end > 0 && TextChars.IsSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && TextChars.IsWordLetter(text[begin - 1]))
        {
            begin--;
        }

        return text.AsSpan(begin, end - begin);
    }

    /// <summary>
    /// Model and product names followed by a bare number: "AX-Sprint 300", "GPT 4", "Exaone 4.0" (id/vi write decimals with a comma,
    /// so "4.0" after a capitalized name is a version).
    /// </summary>
    private static bool IsProductName(string text, int start, QuantityTerm term, QuantityLanguage lang)
    {
        if (term.Number.IsSpelled || lang.IsCjk())
        {
            return false;
        }

        var end = start;
        while (end > 0 && TextChars.IsSpace(text[end - 1]))
        {
            end--;
        }

        if (end == start || end - start > 1)
        {
            return false;
        }

        var begin = end;
        while (begin > 0 && (char.IsLetterOrDigit(text[begin - 1]) || text[begin - 1] == '-'))
        {
            begin--;
        }

        var name = text.AsSpan(begin, end - begin);
        if (name.Length > 1 && char.IsLower(name[0]) && name[1..].ContainsAnyInRange('A', 'Z'))
        {
            return true; // "iPhone 15", "eKTP 2"
        }

        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return false;
        }

        var uppers = 0;
        var hyphen = false;
        for (var k = 0; k < name.Length; k++)
        {
            uppers += char.IsUpper(name[k]) ? 1 : 0;
            hyphen |= name[k] == '-' && k + 1 < name.Length && (char.IsUpper(name[k + 1]) || char.IsDigit(name[k + 1]));
        }

        if (uppers >= 2 || hyphen)
        {
            return true;
        }

        var numberText = text.AsSpan(term.Number.Start, term.Number.Length);
        return lang.UsesDecimalComma() && numberText.Contains('.') && !IsGroupedThousands(numberText);
    }

    private static bool IsGroupedThousands(ReadOnlySpan<char> number)
    {
        var dot = number.LastIndexOf('.');
        return dot >= 0 && number.Length - dot - 1 == 3 && !number.Contains(',');
    }
}
