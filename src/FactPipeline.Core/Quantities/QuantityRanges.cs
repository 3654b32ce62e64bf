namespace FactPipeline.Core.Quantities;

/// <summary>The second end of a range ("3–5", "between 3 and 5") and the units both ends share.</summary>
internal static class QuantityRanges
{
    /// <summary>Range connectors: "3–5", "antara 3 dan 5", "between 3 and 5", "from 3 to 5", "3~5", "3 đến 5", "10 sampai 20 dolar".</summary>
    public static bool TryParseEnd(string text, QuantityTerm first, QuantityLanguage lang, int limit, ref QuantityTerm low, out QuantityTerm high, out bool rejected)
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
                if (TextChars.MatchesWord(text, afterSpaces, word) && (needs is null || NeighbourWords.PrecededByAny(text, first.Start, needs)))
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

        if (!QuantityTermParser.TryParse(text, connectorEnd, lang, out var second) || second.End > limit)
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
            high.End = TextChars.AlphanumericRunEnd(text, second.End + 1);
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
}
