namespace FactPipeline.Core.Quantities;

/// <summary>
/// Korean numbers: digits mixed with 십/백/천 and 만/억/조 ("10조 1천억", "2천5백만", "8만"), Sino-Korean words
/// ("삼십오", "이천칠백삼십오만") and native words ("스물다섯", "세 배", "두 명").
/// </summary>
internal static class KoreanNumerals
{
    private const string SinoDigits = "영일이삼사오육칠팔구";

    /// <summary>Syllables that may follow a number written only in Hangul (currency, counters, "배", "퍼센트").</summary>
    private const string AfterPureHangul = "원달유엔위파불배퍼명개살세척대곳건마권여";

    /// <summary>Particles accepted after a Hangul number of two or more syllables ("삼십은", "이십일조와").</summary>
    private const string Particles = "은는을를의와과도로에이가";

    private static readonly (string Word, int Value)[] NativeTens =
    [
        ("열", 10), ("스물", 20), ("스무", 20), ("서른", 30), ("마흔", 40), ("쉰", 50), ("예순", 60), ("일흔", 70), ("여든", 80), ("아흔", 90),
    ];

    private static readonly (string Word, int Value)[] NativeUnits =
    [
        ("하나", 1), ("다섯", 5), ("여섯", 6), ("일곱", 7), ("여덟", 8), ("아홉", 9), ("둘", 2), ("셋", 3), ("넷", 4),
        ("한", 1), ("두", 2), ("세", 3), ("네", 4),
    ];

    /// <summary>Counters that make a single-syllable native determiner ("한", "두", "세", "네") a number: "세 배", "두 명".</summary>
    private static readonly string[] Counters =
    [
        "명", "개", "배", "번", "곳", "가지", "살", "대", "건", "척", "마리", "권", "차례", "시간", "달", "사람", "팀", "종", "채",
    ];

    public static bool IsSmallUnit(char c) => c is '십' or '백' or '천';

    public static bool IsBigUnit(char c) => c is '만' or '억' or '조' or '경';

    public static bool IsNumeralChar(char c) => SinoDigits.Contains(c, StringComparison.Ordinal) || IsSmallUnit(c) || IsBigUnit(c);

    public static bool TryParse(string text, int start, out ParsedNumber number)
    {
        if (TryParseNative(text, start, out number))
        {
            return true;
        }

        if (!TryParseSino(text, start, relaxed: false, out number))
        {
            return false;
        }

        // "3분의 1", "삼분의 이": a fraction, denominator first.
        var marker = FractionMarkerEnd(text, number.End);
        if (marker < 0)
        {
            // "일과 이분의 일" (1½): a whole number joined by 과/와 to a fraction.
            if (number.End < text.Length && text[number.End] is '과' or '와' && !number.IsPlainInteger)
            {
                var fractionStart = TextChars.SkipSpaces(text, number.End + 1, 1);
                if (fractionStart > number.End + 1 && TryParseSino(text, fractionStart, relaxed: true, out var denominator)
                    && FractionMarkerEnd(text, denominator.End) is var m && m >= 0 && denominator.Value != 0
                    && TryParseSino(text, TextChars.SkipSpaces(text, m, 1), relaxed: true, out var part))
                {
                    part = StripTrailingScale(text, part);
                    number = new ParsedNumber(start, part.End, number.Value + (part.Value / denominator.Value), 1m / denominator.Value, false, true);
                }
            }

            return true;
        }

        var numeratorStart = TextChars.SkipSpaces(text, marker, 1);
        if (!TryParseSino(text, numeratorStart, relaxed: true, out var numerator) || number.Value == 0)
        {
            return false;
        }

        numerator = StripTrailingScale(text, numerator);

        var value = numerator.Value / number.Value;
        number = new ParsedNumber(start, numerator.End, value, numerator.Step / number.Value, false, number.IsSpelled || numerator.IsSpelled);
        return true;
    }

    /// <summary>The copula "입니다"/"입니까" after a number of two or more syllables ("십육입니다").</summary>
    private static bool IsCopula(string text, int index) => TextChars.At(text, index, '입') && TextChars.At(text, index + 1, '니');

    /// <summary>
    /// Fraction numerators are small: in "오분의 일만을", "삼분의 1조각", "일조분의 일만큼" the 만/조 after a single digit is the
    /// particle "only" or the start of "조각" (piece), not a scale.
    /// </summary>
    private static ParsedNumber StripTrailingScale(string text, ParsedNumber numerator)
    {
        var last = numerator.End - 1;
        if (last <= numerator.Start || !IsBigUnit(text[last]) || numerator.Step == 0)
        {
            return numerator;
        }

        var digit = numerator.Value / numerator.Step;
        var before = text[last - 1];
        if (digit is < 1 or > 9 || digit != decimal.Truncate(digit) || last - 1 != numerator.Start
            || !(TextChars.IsAsciiDigit(before) || SinoDigits.Contains(before, StringComparison.Ordinal)))
        {
            return numerator;
        }

        return numerator with { End = last, Value = digit, Step = 1 };
    }

    /// <summary>"일과 이분의 일": 과/와, then a numeral and "분의" within a few characters.</summary>
    private static bool MixedFractionFollows(string text, int end)
    {
        if (end >= text.Length || text[end] is not ('과' or '와'))
        {
            return false;
        }

        for (var i = end + 1; i < Math.Min(text.Length, end + 12); i++)
        {
            var c = text[i];
            if (c == '분')
            {
                return TextChars.At(text, i + 1, '의') && i > end + 2;
            }

            if (!(TextChars.IsSpace(c) || TextChars.IsAsciiDigit(c) || IsNumeralChar(c)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>End of "분의" (optionally after one space) at <paramref name="index"/>, or -1.</summary>
    private static int FractionMarkerEnd(string text, int index)
    {
        var at = TextChars.SkipSpaces(text, index, 1);
        return text.AsSpan(at).StartsWith("분의", StringComparison.Ordinal) ? at + 2 : -1;
    }

    private static bool TryParseSino(string text, int start, bool relaxed, out ParsedNumber number)
    {
        number = default;
        decimal total = 0, section = 0, step = 1, currentStep = 1;
        decimal? current = null;
        decimal lastSmall = decimal.MaxValue, lastBig = decimal.MaxValue;
        var hasDigits = false;
        var syllables = 0;
        var end = start;
        var i = start;
        var plain = true;
        var hasSmallUnit = false;

        // State before the last Sino digit, to drop a trailing syllable that belongs to the next word ("1천억 이상").
        var currentIsSino = false;
        var endBeforeCurrent = start;

        while (i < text.Length)
        {
            var c = text[i];
            if (TextChars.IsAsciiDigit(c))
            {
                if (current is not null || !DigitNumberParser.TryParse(text, i, QuantityLanguage.Korean, out var digits))
                {
                    break;
                }

                plain &= digits.IsPlainInteger;
                current = digits.Value;
                currentStep = digits.Step;
                currentIsSino = false;
                hasDigits = true;
                i = end = digits.End;

                // "5 억 달러": a space between digits and a big unit.
                var unitAt = i + 1;
                if (TextChars.IsSpace(TextChars.CharAt(text, i)) && IsBigUnit(TextChars.CharAt(text, unitAt))
                    && (!TextChars.IsHangul(TextChars.CharAt(text, unitAt + 1)) || AfterPureHangul.Contains(TextChars.CharAt(text, unitAt + 1), StringComparison.Ordinal)))
                {
                    i = unitAt;
                }

                continue;
            }

            var sino = SinoDigits.IndexOf(c, StringComparison.Ordinal);
            if (sino >= 0)
            {
                // "영" (zero) only on its own.
                if (current is not null || (sino == 0 && (syllables > 0 || hasDigits)))
                {
                    break;
                }

                endBeforeCurrent = end;
                current = sino;
                currentStep = 1;
                currentIsSino = true;
                syllables++;
                i = end = i + 1;
                continue;
            }

            // "삼점사" (3.4), "일쩜이삼달러": a decimal point spoken as 점, only in numbers written wholly in Hangul.
            if (c is '점' or '쩜' && !hasDigits && syllables > 0 && TryReadSinoFraction(text, i + 1, out var fraction, out var fractionDigits))
            {
                var integer = total + section + (current ?? 0);
                number = new ParsedNumber(start, i + 1 + fractionDigits, integer + fraction, TextChars.Pow10(-fractionDigits), false, true);
                return true;
            }

            if (IsSmallUnit(c))
            {
                var unit = c switch { '십' => 10m, '백' => 100m, _ => 1000m };
                if (unit >= lastSmall)
                {
                    break;
                }

                section += (current ?? 1) * unit;
                step = (current is null ? 1 : currentStep) * unit;
                current = null;
                currentIsSino = false;
                lastSmall = unit;
                hasSmallUnit = true;
                syllables++;
                plain = false;
                i = end = i + 1;
                i = ContinueAfterSpace(text, i);
                continue;
            }

            if (IsBigUnit(c))
            {
                var big = c switch { '만' => 10_000m, '억' => 100_000_000m, '조' => 1_000_000_000_000m, _ => 10_000_000_000_000_000m };
                if (big >= lastBig)
                {
                    break;
                }

                var group = section + (current ?? 0);
                var groupStep = current is null ? step : currentStep;
                if (group == 0)
                {
                    if (section != 0 || current is not null)
                    {
                        break;
                    }

                    group = 1;
                    groupStep = 1;
                }

                total += group * big;
                step = groupStep * big;
                section = 0;
                current = null;
                currentIsSino = false;
                lastSmall = decimal.MaxValue;
                lastBig = big;
                syllables++;
                plain = false;
                i = end = i + 1;

                i = ContinueAfterSpace(text, i);
                continue;
            }

            break;
        }

        if (end == start)
        {
            return false;
        }

        if (relaxed || FractionMarkerEnd(text, end) >= 0 || MixedFractionFollows(text, end))
        {
            number = new ParsedNumber(start, end, total + section + (current ?? 0), current is null ? step : currentStep, false, !hasDigits);
            return true;
        }

        // A trailing lone Sino digit glued to another word is not part of the number ("이상", "이번", "사이").
        if (current is not null && currentIsSino)
        {
            var next = TextChars.CharAt(text, end);
            var valid = !TextChars.IsHangul(next) || (syllables > 1 && (AfterPureHangul.Contains(next, StringComparison.Ordinal) || Particles.Contains(next, StringComparison.Ordinal) || IsCopula(text, end)));
            if (syllables == 1 && !hasDigits)
            {
                // A lone "이"/"일"/"사" is far more often "this"/"work"/"four-letter word" than a number: only when money or a sign follows.
                valid = next is '\0' or '.' or '!' or '?' || (next is '원' or '배' or '달' or '유' or '퍼' or '파' && !IsCommonWord(text, end - 1));
            }

            if (!valid)
            {
                if (syllables == 1 && !hasDigits)
                {
                    return false;
                }

                current = null;
                end = endBeforeCurrent;
            }
        }

        if (!hasDigits)
        {
            var next = TextChars.CharAt(text, end);

            // A word starting with a big unit ("조사", "만약", "억지") is a number only as "만원", "억 달러"-style money or counts.
            if (IsBigUnit(text[start]) && !(end - start == 1 && (!TextChars.IsHangul(next) || AfterPureHangul.Contains(next, StringComparison.Ordinal)))
                && !(end - start > 2 && text.AsSpan(start, end - start).ContainsAny("십백천")))
            {
                return false;
            }

            if (TextChars.IsHangul(next)
                && !AfterPureHangul.Contains(next, StringComparison.Ordinal)
                && !((syllables > 2 || hasSmallUnit) && (Particles.Contains(next, StringComparison.Ordinal) || IsCopula(text, end))))
            {
                return false;
            }

            // A single unit syllable ("백", "천", "만", "조") on its own is too ambiguous unless money or a count follows.
            if (syllables == 1 && current is null && !(TextChars.IsHangul(next) && AfterPureHangul.Contains(next, StringComparison.Ordinal)) && TextChars.IsWordLetter(next))
            {
                return false;
            }
        }

        var value = total + section + (current ?? 0);
        if (current is not null)
        {
            step = currentStep;
        }

        number = new ParsedNumber(start, end, value, step, hasDigits && plain && syllables == 0, !hasDigits);
        return true;
    }

    /// <summary>"10조 1천억", "3천 5백만", "이십일조 삼백": a number may continue after a space that follows a unit.</summary>
    private static int ContinueAfterSpace(string text, int i)
    {
        var after = TextChars.SkipSpaces(text, i, 2);
        return after > i && after < text.Length && (TextChars.IsAsciiDigit(text[after]) || (IsNumeralChar(text[after]) && text[after] != '영'))
            ? after
            : i;
    }

    private static bool TryReadSinoFraction(string text, int index, out decimal fraction, out int digits)
    {
        fraction = 0;
        digits = 0;
        var scale = 0.1m;
        while (index + digits < text.Length)
        {
            var c = text[index + digits];
            var d = c == '공' ? 0 : SinoDigits.IndexOf(c, StringComparison.Ordinal);
            if (d < 0)
            {
                break;
            }

            fraction += d * scale;
            scale /= 10;
            digits++;
        }

        var next = TextChars.CharAt(text, index + digits);
        return digits > 0 && (!TextChars.IsHangul(next) || AfterPureHangul.Contains(next, StringComparison.Ordinal));
    }

    private static bool IsCommonWord(string text, int index) =>
        text.AsSpan(index).StartsWith("이유", StringComparison.Ordinal) || text.AsSpan(index).StartsWith("오유", StringComparison.Ordinal);

    private static bool TryParseNative(string text, int start, out ParsedNumber number)
    {
        number = default;
        var i = start;
        var value = 0;
        var step = 1m;
        var singleSyllableDeterminer = false;
        foreach (var (word, v) in NativeTens)
        {
            if (text.AsSpan(i).StartsWith(word, StringComparison.Ordinal))
            {
                value = v;
                step = 10;
                i += word.Length;
                break;
            }
        }

        foreach (var (word, v) in NativeUnits)
        {
            if (text.AsSpan(i).StartsWith(word, StringComparison.Ordinal))
            {
                if (value == 20 && text[start] == '스' && text[start + 1] == '무')
                {
                    break;
                }

                value += v;
                step = 1;
                singleSyllableDeterminer = i == start && word.Length == 1;
                i += word.Length;
                break;
            }
        }

        if (i == start)
        {
            return false;
        }

        // What follows decides whether this is a number at all.
        var next = TextChars.CharAt(text, i);
        var spaced = TextChars.SkipSpaces(text, i, 1);
        var followedByCounter = StartsWithCounter(text, i) || (spaced > i && StartsWithCounter(text, spaced));
        var syllables = i - start;
        bool ok;
        if (singleSyllableDeterminer || (syllables == 1 && text[start] is '스' or '열'))
        {
            ok = followedByCounter;
        }
        else if (syllables == 1)
        {
            ok = followedByCounter || !TextChars.IsHangul(next);
        }
        else
        {
            ok = followedByCounter || !TextChars.IsHangul(next) || Particles.Contains(next, StringComparison.Ordinal) || next is '살' or '세';
        }

        if (!ok)
        {
            return false;
        }

        number = new ParsedNumber(start, i, value, step, false, true);
        return true;
    }

    private static bool StartsWithCounter(string text, int index)
    {
        foreach (var counter in Counters)
        {
            if (text.AsSpan(index).StartsWith(counter, StringComparison.Ordinal))
            {
                var after = TextChars.CharAt(text, index + counter.Length);
                if (counter.Length > 1 || !TextChars.IsHangul(after) || Particles.Contains(after, StringComparison.Ordinal) || after is '씩' or '째')
                {
                    return true;
                }
            }
        }

        return false;
    }
}
