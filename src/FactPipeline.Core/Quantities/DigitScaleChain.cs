namespace FactPipeline.Core.Quantities;

/// <summary>English digits followed by scale words that continue: "4 thousand 3 hundred and 21".</summary>
internal static class DigitScaleChain
{
    /// <summary>
    /// "3 hundred and 21", "4 thousand 3 hundred and 21", "6 crore and two hundred", "3 million and a half": digits with a
    /// scale word continued by a smaller part. The next part needs its own scale ("4 thousand 3 hundred", "5 million and 300
    /// thousand"), except a bare number after "hundred and".
    /// </summary>
    public static void Continue(string text, ref decimal value, ref decimal step, ref int end, decimal scale)
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

            if (p >= text.Length || !NumberParser.TryParse(text, p, QuantityLanguage.English, out var next) || next.Value <= 0 || next.IsOrdinal
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
}
