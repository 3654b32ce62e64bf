namespace FactPipeline.Core.Quantities;

/// <summary>
/// A figure repeated in parentheses in the other form, as Indonesian official and legal writing does: "7 (tujuh) orang",
/// "tujuh (7) orang", "Rp5.000.000 (lima juta rupiah)", "seven (7) days". It is one figure, not two.
/// </summary>
internal static class ParentheticalEcho
{
    /// <summary>Extends <paramref name="term"/> past "(...)" when the parentheses hold the same value; the term keeps its own units.</summary>
    public static bool TryExtend(string text, ref QuantityTerm term, QuantityLanguage lang, int limit)
    {
        var open = TextChars.SkipSpaces(text, term.End, 1);
        if (TextChars.CharAt(text, open) is not ('(' or '（'))
        {
            return false;
        }

        var inner = TextChars.SkipSpaces(text, open + 1, 1);
        if (inner >= limit || !TryReadInner(text, inner, lang, out var echo) || echo.Value != term.Value)
        {
            return false;
        }

        // Both forms must differ (digits against words): "5 (5)" is a footnote or a list marker, not an echo.
        if (echo.Number.IsSpelled == term.Number.IsSpelled)
        {
            return false;
        }

        var close = TextChars.SkipSpaces(text, echo.End, 1);
        if (TextChars.CharAt(text, close) is not (')' or '）') || close + 1 > limit)
        {
            return false;
        }

        term.End = close + 1;
        term.Currency ??= echo.Currency;
        term.IsPercent |= echo.IsPercent;
        return true;
    }

    /// <summary>The figure inside the parentheses; a lone Vietnamese digit word ("năm", "không") counts there, where it means nothing else.</summary>
    private static bool TryReadInner(string text, int inner, QuantityLanguage lang, out QuantityTerm echo)
    {
        if (QuantityTermParser.TryParse(text, inner, lang, out echo))
        {
            return true;
        }

        if (lang == QuantityLanguage.Vietnamese && SpelledNumbers.TryDigitWord(text, inner, lang, out var word))
        {
            echo = new QuantityTerm { Start = inner, End = word.End, Value = word.Value, Step = 1, Scale = 1, Number = word };
            return true;
        }

        return false;
    }
}
