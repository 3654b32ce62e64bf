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
        if (!TextChars.IsAsciiDigit(text[start]) && OpenIntervals.TryParse(text, start, lang, out var openLow, out var openHigh, out var openEnd)
            && openEnd <= limit)
        {
            quantity = OpenInterval(text, start, openEnd, lang, limit, openLow, openHigh);
            next = quantity.End;
            return true;
        }

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

        // "satu-satunya" (the only one) is one; "7 (tujuh)" and "tujuh (7)" are one figure.
        if (NonQuantityContext.IsOnlyOne(text, term, lang) && term.End == term.Number.End)
        {
            term.End += NonQuantityContext.OnlyOneSuffix.Length;
        }

        ParentheticalEcho.TryExtend(text, ref term, lang, limit);
        next = term.End;

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

        // "3대1", "3比1": a score; "3번째", "3위", "1차": an ordinal.
        if (!term.HasUnitMarker && !isRange && SportsScores.IsJoinedScore(text, end, lang, out var scoreEnd))
        {
            next = scoreEnd;
            return false;
        }

        if (lang == QuantityLanguage.Korean && !last.HasUnitMarker && NonQuantityContext.IsKoreanOrdinal(text, end))
        {
            return false;
        }

        // "9 o'clock", "11 giờ sáng", "5 tháng 1", "11时": a time or a date.
        if (!last.HasUnitMarker && NonQuantityContext.IsTimeOrDateAfter(text, end, lang, out var timeEnd))
        {
            next = Math.Max(next, timeEnd);
            return false;
        }

        var head = isRange ? low : term;
        var kind = KindOf(head, out var unit);

        // Hedges between the number and its noun: "8만여 명", "300余人", "500+ people", "seribu lebih korban".
        var spanEnd = end;
        var hedge = Hedge.None;
        if (kind == QuantityKind.Number && !isRange && HedgeWords.Between(text, end, lang, out var betweenEnd) is var between && between != Hedge.None)
        {
            hedge = between;
            spanEnd = betweenEnd;
            if (lang == QuantityLanguage.Chinese && ChineseScaleAfterHedge(text, ref spanEnd, ref low, ref kind, ref unit))
            {
                high = low;
                term = low;
            }
        }
        else if (IsGluedToCode(text, last, out var codeEnd))
        {
            next = codeEnd;
            return false;
        }

        if (kind == QuantityKind.Number && UnitNouns.TryFind(text, spanEnd, lang, out var noun, out var nounEnd))
        {
            kind = QuantityKind.Count;
            unit = noun;
            spanEnd = nounEnd;
        }

        // Years, except a year-like number that counts people or things ("2000 korban"), unless "tahun", "pada", "in" come first.
        if (!isRange && !term.HasUnitMarker && NonQuantityFilters.IsYear(term.Number)
            && !(kind == QuantityKind.Count && UnitClasses.Counted.Contains(unit) && !NonQuantityContext.HasYearCue(text, start, lang)))
        {
            return false;
        }

        if (!head.HasUnitMarker && (NonQuantityContext.IsProductName(text, start, term, lang) || NonQuantityContext.IsLabel(text, start)))
        {
            return false;
        }

        decimal? whole = null;
        var amountStart = start;
        if (!isRange && kind is QuantityKind.Number or QuantityKind.Count
            && PartWhole.TryWholeAfter(text, start, spanEnd, term, unit, lang, limit, out var wholeValue, out var wholeUnit, out var wholeEnd))
        {
            // "30 dari 50 guru": the part, with the whole's noun when the part has none.
            whole = wholeValue;
            spanEnd = wholeEnd;
            if (wholeUnit.Length > 0 && (kind == QuantityKind.Number || PartWhole.IsClassifier(unit)))
            {
                kind = QuantityKind.Count;
                unit = wholeUnit;
            }
        }
        else if (!isRange && kind == QuantityKind.Count && PartWhole.TryPartAfter(text, start, spanEnd, lang, out var partStart)
            && partStart < limit && TryReadPart(text, partStart, lang, limit, term.Value, out var part, out var partUnit, out var partHedge, out var partEnd))
        {
            // "50명 중 30명", "50人中的30人", "Of the 50 teachers, 30 …": the whole comes first; the quantity is the part, with the
            // part's own hedge (the whole's "약", "约" or "여" says nothing about the part).
            whole = term.Value;
            low = high = part;
            // "Dari 120 peserta, 85 orang …": a classifier gives way to the whole's noun, as in "85 orang dari 120 peserta".
            unit = partUnit.Length > 0 && !(PartWhole.IsClassifier(partUnit) && unit.Length > 0) ? partUnit : unit;
            hedge = partHedge;
            spanEnd = partEnd;
            amountStart = partStart;
        }

        next = Math.Max(next, spanEnd);
        var hedgeAfter = HedgeWords.After(text, spanEnd, lang, out _);
        if (hedgeAfter != Hedge.None && hedge == Hedge.None)
        {
            hedge = hedgeAfter;
        }

        if (!isRange)
        {
            var before = HedgeWords.Before(text, amountStart, lang, out _);
            if (before != Hedge.None)
            {
                hedge = before;
            }
        }

        quantity = QuantityBuilder.Build(text, start, spanEnd, kind, unit, isRange, low, high, hedge, whole);
        return true;
    }

    /// <summary>
    /// The part after "50명 중" or "50人中的": a number with its own counter, smaller than the whole, and not "one of" (하나, 一个).
    /// </summary>
    private static bool TryReadPart(string text, int start, QuantityLanguage lang, int limit, decimal whole, out QuantityTerm part, out string unit,
        out Hedge hedge, out int end)
    {
        unit = "";
        hedge = Hedge.None;
        end = start;
        var before = HedgeWords.Forward(text, start, lang, out var p);
        if (!QuantityTermParser.TryParse(text, p, lang, out part) || part.End > limit || part.Currency is not null || part.IsPercent || part.IsMultiplier
            || part.Value <= 1 || part.Value >= whole)
        {
            return false;
        }

        end = part.End;
        var between = HedgeWords.Between(text, end, lang, out var betweenEnd);
        if (between != Hedge.None)
        {
            end = betweenEnd;
        }

        if (UnitNouns.TryFind(text, end, lang, out var noun, out var nounEnd) && nounEnd <= limit)
        {
            unit = noun;
            end = nounEnd;
        }

        hedge = before != Hedge.None ? before : between;
        return true;
    }

    /// <summary>Chinese "3000多万人", "1000余万元": a scale after the hedge multiplies the number, and money may follow it.</summary>
    private static bool ChineseScaleAfterHedge(string text, ref int spanEnd, ref QuantityTerm term, ref QuantityKind kind, ref string unit)
    {
        var scale = TextChars.CharAt(text, spanEnd) switch { '万' or '萬' => 10_000m, '亿' or '億' => 100_000_000m, _ => 1m };
        if (scale == 1)
        {
            return false;
        }

        term.Value *= scale;
        term.Step *= scale;
        term.Scale = scale;
        spanEnd++;
        if (CurrencyTable.TryMatchSuffix(text, spanEnd, QuantityLanguage.Chinese, out var iso, out var currencyEnd))
        {
            term.Currency = iso;
            kind = QuantityKind.Money;
            unit = iso;
            spanEnd = currencyEnd;
        }

        return true;
    }

    /// <summary>
    /// "ribuan orang", "thousands of dollars", "수백억 원", "hàng nghìn người", "数千家企业": an order of magnitude read as a range, with the
    /// currency, percent sign or counted noun that follows (English after "of").
    /// </summary>
    private static Quantity OpenInterval(string text, int start, int end, QuantityLanguage lang, int limit, decimal low, decimal high)
    {
        var at = end;
        if (lang == QuantityLanguage.English)
        {
            var of = TextChars.SkipSpaces(text, end, 1);
            if (of > end && TextChars.MatchesWord(text, of, "of"))
            {
                at = of + 2;
            }
        }

        var kind = QuantityKind.Number;
        var unit = "";
        var spanEnd = end;
        if (CurrencyTable.TryMatchSuffix(text, at, lang, out var iso, out var currencyEnd) && currencyEnd <= limit)
        {
            (kind, unit, spanEnd) = (QuantityKind.Money, iso, currencyEnd);
        }
        else if (SuffixWords.TryMatchPercent(text, at, out var percentEnd) && percentEnd <= limit)
        {
            (kind, unit, spanEnd) = (QuantityKind.Percent, "%", percentEnd);
        }
        else if (UnitNouns.TryFind(text, at, lang, out var noun, out var nounEnd) && nounEnd <= limit)
        {
            (kind, unit, spanEnd) = (QuantityKind.Count, noun, nounEnd);
        }

        return QuantityBuilder.BuildInterval(text, start, spanEnd, kind, unit, low, high);
    }

    /// <summary>"21만4천t을", "100km.": a unit of measure glued to the number, ending before any other letter or digit of Latin script.</summary>
    private static bool IsGluedMeasure(string text, int end)
    {
        var i = UnitClasses.GluedMeasureEnd(text, end);
        return i > end && !TextChars.IsAsciiDigit(TextChars.CharAt(text, i)) && !char.IsAsciiLetter(TextChars.CharAt(text, i));
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
        if (!last.Number.IsSpelled && last.Currency is null && !last.IsPercent && (TextChars.IsWordLetter(after) || TextChars.IsAsciiDigit(after))
            && !IsGluedMeasure(text, end))
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
