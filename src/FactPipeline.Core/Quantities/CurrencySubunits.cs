namespace FactPipeline.Core.Quantities;

/// <summary>Cents after a money amount: "2 dollars and 23 cents", "2 đô la và 23 xen", "이달러이십삼센트".</summary>
internal static class CurrencySubunits
{
    private static readonly string[] Words = ["cents", "cent", "xen", "xu", "sen", "센트"];
    private static readonly string[] Connectors = ["và", "and", "dan"];

    /// <summary>A sub-unit in hundredths after <paramref name="end"/>, optionally after "and"/"và"/"dan".</summary>
    public static bool TryMatch(string text, int end, QuantityLanguage lang, out decimal cents, out int subunitEnd)
    {
        cents = 0;
        subunitEnd = end;
        var p = TextChars.SkipSpaces(text, end, 1);
        foreach (var connector in Connectors)
        {
            if (p > end && TextChars.MatchesWord(text, p, connector))
            {
                p = TextChars.SkipSpaces(text, p + connector.Length, 1);
                break;
            }
        }

        if (p >= text.Length || !NumberParser.TryParse(text, p, lang, out var number) || number.Value is < 1 or >= 100 || number.Value != decimal.Truncate(number.Value))
        {
            return false;
        }

        var q = TextChars.SkipSpaces(text, number.End, 1);
        foreach (var word in Words)
        {
            if (TextChars.MatchesWord(text, q, word))
            {
                cents = number.Value;
                subunitEnd = q + word.Length;
                return true;
            }
        }

        return false;
    }
}
