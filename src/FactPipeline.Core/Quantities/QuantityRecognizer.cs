using FactPipeline.Core.Model;

namespace FactPipeline.Core.Quantities;

/// <summary>
/// Deterministic, allocation-light recognizer of numbers, money, percentages, counts and multipliers in
/// id, en, ko, vi and zh news text. Stateless and thread-safe: all tables are static and read-only.
/// </summary>
/// <remarks>
/// This class scans for places where a quantity can start and assembles what the helpers read there: the amount with its units
/// (<see cref="QuantityTermParser"/>), a range end (<see cref="QuantityRanges"/>) or ratio (<see cref="EnglishRatios"/>), the counted
/// noun (<see cref="UnitNouns"/>) and hedges (<see cref="HedgeWords"/>). Intervals follow the conventions in <see cref="QuantityBuilder"/>
/// and docs/NUMBERS.md.
/// </remarks>
public sealed class QuantityRecognizer : IQuantityRecognizer
{
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
                skipTo = TextChars.AlphanumericRunEnd(text, i);
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

        if (CurrencyTable.IsSign(c) || (VulgarFractions.TryGet(c, out _) && !char.IsLetterOrDigit(prev)))
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

    private static bool IsNumberBefore(string text, int i) => TextChars.IsAsciiDigit(TextChars.CharAt(text, TextChars.SkipSpacesBack(text, i) - 1));

    /// <summary>
    /// Reads the quantity that starts at <paramref name="start"/>: the term, then a ratio or a range end, then the counted noun and
    /// hedges. <paramref name="next"/> is where scanning resumes, past rejected codes and scores too, so that their parts are not
    /// read again as quantities.
    /// </summary>
    private static bool TryRecognizeAt(string text, int start, QuantityLanguage lang, int limit, out Quantity quantity, out int next)
    {
        quantity = null!;
        next = start + 1;
        if (!QuantityTermParser.TryParse(text, start, lang, out var term) || term.End > limit)
        {
            if (TextChars.IsWordLetter(text[start]))
            {
                next = TextChars.WordEnd(text, start);
            }
            else if (TextChars.IsAsciiDigit(text[start]))
            {
                next = TextChars.AlphanumericRunEnd(text, start);
            }

            return false;
        }

        next = term.End;
        if (term.Number.IsOrdinal || NonQuantityContext.IsSpuriousWord(text, start, term, lang))
        {
            return false;
        }

        if (lang == QuantityLanguage.English && EnglishRatios.TryParse(text, term, limit, out var ratio, out var ratioEnd))
        {
            next = ratioEnd;
            var ratioHedge = HedgeWords.Before(text, start, lang, out _);
            quantity = QuantityBuilder.Build(text, start, ratioEnd, QuantityKind.Number, "", false, ratio, ratio, ratioHedge);
            return true;
        }

        var low = term;
        var high = term;
        var isRange = QuantityRanges.TryParseEnd(text, term, lang, limit, ref low, out high, out var rangeRejected);
        if (rangeRejected)
        {
            // "3-1" (a score), "0812-3456" (a phone number), "2025-2030" (years): not quantities.
            next = high.End;
            return false;
        }

        var last = isRange ? high : term;
        var end = last.End;
        next = end;

        if (IsGluedToCode(text, last, out var codeEnd))
        {
            next = codeEnd;
            return false;
        }

        // Postfix hedges (Korean "이상", "8만여"), then the counted noun.
        var hedge = Hedge.None;
        var head = isRange ? low : term;
        var kind = KindOf(head, out var unit);

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

        if (!head.HasUnitMarker && (NonQuantityContext.IsProductName(text, start, term, lang) || NonQuantityContext.IsLabel(NeighbourWords.PreviousWord(text, start))))
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
        quantity = QuantityBuilder.Build(text, start, spanEnd, kind, unit, isRange, low, high, hedge);
        return true;
    }

    /// <summary>
    /// Letters, digits or a code glued to the number's end make it part of a name: "5G", "3rd", "57-NQ/TW", "4.0-based", "1/2025".
    /// <paramref name="codeEnd"/> is where that code ends.
    /// </summary>
    private static bool IsGluedToCode(string text, in QuantityTerm last, out int codeEnd)
    {
        var end = last.End;
        var after = TextChars.CharAt(text, end);
        codeEnd = end;
        if (!last.Number.IsSpelled && last.Currency is null && !last.IsPercent && (TextChars.IsWordLetter(after) || TextChars.IsAsciiDigit(after)))
        {
            codeEnd = TextChars.AlphanumericRunEnd(text, end);
            return true;
        }

        if (!last.Number.IsSpelled && (after is '/' or ':') && TextChars.IsAsciiDigit(TextChars.CharAt(text, end + 1)))
        {
            codeEnd = TextChars.AlphanumericRunEnd(text, end + 1);
            return true;
        }

        if (after == '-' && TextChars.IsWordLetter(TextChars.CharAt(text, end + 1)) && !last.Number.IsSpelled && last.Currency is null)
        {
            codeEnd = TextChars.AlphanumericRunEnd(text, end + 1);
            return true;
        }

        return false;
    }

    /// <summary>The kind a term's own marker gives it (a counted noun may later turn a Number into a Count), with its unit.</summary>
    private static QuantityKind KindOf(in QuantityTerm head, out string unit)
    {
        var kind = head.Currency is not null ? QuantityKind.Money
            : head.IsPercent ? QuantityKind.Percent
            : head.IsMultiplier ? QuantityKind.Multiplier
            : QuantityKind.Number;
        unit = kind switch
        {
            QuantityKind.Money => head.Currency!,
            QuantityKind.Percent => "%",
            QuantityKind.Multiplier => "x",
            _ => "",
        };
        return kind;
    }
}
