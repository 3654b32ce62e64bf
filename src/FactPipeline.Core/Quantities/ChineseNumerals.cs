namespace FactPipeline.Core.Quantities;

/// <summary>Chinese numbers: digits with 万/亿 ("1.5万", "3000亿") and numerals ("三百五十", "两千", "十五").</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零〇一二三四五六七八九";

    /// <summary>Characters that may follow a number written only in Chinese numerals (classifiers, currency, "倍", "%").</summary>
    private const string AfterPure = "个家名人位件台辆次种项倍元美欧日韩英港%％亿万岁只张条架座艘余多来";

    public static bool IsNumeralChar(char c) => Digits.Contains(c, StringComparison.Ordinal) || c is '两' or '兩' or '十' or '百' or '千' or '万' or '萬' or '亿' or '億';

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0, '一' => 1, '二' or '两' or '兩' => 2, '三' => 3, '四' => 4, '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -1,
    };

    /// <summary>Units of measure after a one-character numeral: "一吨", "三亩", "一公里", "五公斤", "两千克".</summary>
    private static bool IsMeasureAfter(string text, int end) =>
        TextChars.CharAt(text, end) is '吨' or '亩' or '斤' or '升'
        || (TextChars.At(text, end, '公') && TextChars.CharAt(text, end + 1) is '里' or '斤' or '顷');

    public static bool TryParse(string text, int start, out ParsedNumber number)
    {
        number = default;
        decimal total = 0, section = 0, step = 1, currentStep = 1;
        decimal? current = null;
        decimal lastSmall = decimal.MaxValue, lastBig = decimal.MaxValue;
        var hasDigits = false;
        var chars = 0;
        var end = start;
        var i = start;
        var plain = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (TextChars.IsAsciiDigit(c) || c is >= '０' and <= '９')
            {
                if (current is not null || !TextChars.IsAsciiDigit(c) || !DigitNumberParser.TryParse(text, i, QuantityLanguage.Chinese, out var digits))
                {
                    break;
                }

                plain &= digits.IsPlainInteger;
                current = digits.Value;
                currentStep = digits.Step;
                hasDigits = true;
                i = end = digits.End;
                continue;
            }

            var d = DigitValue(c);

            if (d >= 0)
            {
                if (current is not null)
                {
                    break;
                }

                if (d > 0 || c is not ('零' or '〇'))
                {
                    current = d;
                    currentStep = 1;
                }

                chars++;
                i = end = i + 1;
                continue;
            }

            decimal small = c switch { '十' => 10m, '百' => 100m, '千' => 1000m, _ => 0m };
            if (small > 0)
            {
                if (small >= lastSmall)
                {
                    break;
                }

                section += (current ?? 1) * small;
                step = (current is null ? 1 : currentStep) * small;
                current = null;
                lastSmall = small;
                chars++;
                plain = false;
                i = end = i + 1;
                continue;
            }

            decimal big = c switch { '万' or '萬' => 10_000m, '亿' or '億' => 100_000_000m, _ => 0m };

            // "134万亿" = 134 trillion: 亿 right after 万 multiplies the whole amount.
            if (big == 100_000_000m && i > start && text[i - 1] is '万' or '萬' && current is null && section == 0)
            {
                total *= big;
                step *= big;
                lastBig = 1_000_000_000_000m;
                chars++;
                i = end = i + 1;
                continue;
            }

            if (big > 0)
            {
                if (big >= lastBig)
                {
                    break;
                }

                var group = section + (current ?? 0);
                var groupStep = current is null ? step : currentStep;
                if (group == 0)
                {
                    break;
                }

                total += group * big;
                step = groupStep * big;
                section = 0;
                current = null;
                lastSmall = decimal.MaxValue;
                lastBig = big;
                chars++;
                plain = false;
                i = end = i + 1;
                continue;
            }

            break;
        }

        if (end == start)
        {
            return false;
        }

        if (!hasDigits)
        {
            var next = TextChars.CharAt(text, end);
            if (chars < 2 && !AfterPure.Contains(next, StringComparison.Ordinal) && !IsMeasureAfter(text, end))
            {
                return false;
            }
        }

        var value = total + section + (current ?? 0);
        if (current is not null)
        {
            step = currentStep;
        }

        number = new ParsedNumber(start, end, value, step, hasDigits && plain && chars == 0, !hasDigits);
        return true;
    }
}
