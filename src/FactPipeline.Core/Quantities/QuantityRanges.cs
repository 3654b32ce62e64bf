namespace FactPipeline.Core.Quantities;

/// <summary>The second end of a range ("3–5", "between 3 and 5") and the units both ends share.</summary>
internal static class QuantityRanges
{
    /// <summary>Range connectors: "3–5", "antara 3 dan 5", "between 3 and 5", "from 3 to 5", "3~5", "3 đến 5", "10 sampai 20 dolar".</summary>
    public static bool TryParseEnd(string text, QuantityTerm first, QuantityLanguage lang, int limit, ref QuantityTerm low, out QuantityTerm high, out bool rejected)
    {
        high = first;
        rejected = false;
        var connectorEnd = ConnectorEnd(text, first, lang, out var connectorStart, out var isDash);
        if (connectorEnd < 0 || connectorEnd >= text.Length || connectorEnd > limit)
        {
            return false;
        }

        if (!QuantityTermParser.TryParse(text, connectorEnd, lang, out var second) || second.End > limit)
        {
            return false;
        }

        var shared = WithUnitsOf(first, second);
        if (shared.Currency != second.Currency && second.Currency is not null || shared.IsMultiplier != second.IsMultiplier)
        {
            return false;
        }

        // A dash between plain integers that is not an increasing pair is a score, a code or a phone number.
        var years = NonQuantityFilters.IsYear(first.Number) || NonQuantityFilters.IsYear(second.Number);
        if (shared.Value >= second.Value || (years && !shared.HasUnitMarker && !second.HasUnitMarker))
        {
            if (isDash && !TextChars.IsSpace(TextChars.CharAt(text, connectorStart - 1)) && first.Number.IsPlainInteger && second.Number.IsPlainInteger)
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

        // A rising score ("menang 2-3 atas", "a 1-2 defeat", "1-3로 졌다") is still a score.
        if (isDash && !shared.HasUnitMarker && !second.HasUnitMarker && first.Number.IsPlainInteger && second.Number.IsPlainInteger
            && second.Number.Length <= 3 && SportsScores.IsScore(text, first.Start, second.End, lang))
        {
            rejected = true;
            high = second;
            return false;
        }

        second.Currency ??= shared.Currency;
        second.IsPercent |= shared.IsPercent;
        low = shared;
        high = second;
        return true;
    }

    /// <summary>
    /// Where the second number may start after the connector following <paramref name="first"/>, or −1 when there is none.
    /// A word connector needs a space before it (and after it when it ends in a letter); "dan", "and", "to" and "và" also need
    /// their opening word ("antara", "between", "from", "giữa") before the first number.
    /// </summary>
    private static int ConnectorEnd(string text, in QuantityTerm first, QuantityLanguage lang, out int afterSpaces, out bool isDash)
    {
        var p = first.End;
        afterSpaces = TextChars.SkipSpaces(text, p, 2);
        var connectorEnd = -1;
        isDash = false;
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

        return connectorEnd;
    }

    /// <summary>
    /// The first end with the units written only after the second: "10–20 dolar", "3-5%", "2-3 juta" (the scale only when the first
    /// number stays below the second once scaled, so "500-2 juta" keeps 500).
    /// </summary>
    private static QuantityTerm WithUnitsOf(QuantityTerm first, in QuantityTerm second)
    {
        if (second.Currency is not null && first.Currency is null && !first.IsPercent)
        {
            first.Currency = second.Currency;
        }

        if (second.IsPercent && first.Currency is null)
        {
            first.IsPercent = true;
        }

        if (first.Scale == 1 && second.Scale != 1 && !first.Number.IsSpelled && first.Value * second.Scale < second.Value * 10)
        {
            first.Value *= second.Scale;
            first.Step *= second.Scale;
            first.Scale = second.Scale;
        }

        return first;
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
