namespace FactPipeline.Core.Quantities;

/// <summary>English ratios of two integers read as one number: "one out of three", "1 in 5", "one over twenty".</summary>
internal static class EnglishRatios
{
    private static readonly string[] PluralScaleWords = ["hundreds", "thousands", "millions", "billions"];

    private static readonly string[] RatioDurationNouns =
        ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"];

    /// <summary>
    /// "one out of three", "1 in 5 adults", "one over twenty": a ratio of two plain integers. "in"/"over" need the
    /// numerator below the denominator ("over" also reads "2000 over 3"), and neither is read before a noun of time
    /// ("3 in 10 days", "1 over 3 years" are spans of time) or before any noun after "over".
    /// </summary>
    public static bool TryParse(string text, QuantityTerm first, int limit, out QuantityTerm ratio, out int end)
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
        if (q == p + connector.Length || q >= limit || !QuantityTermParser.TryParse(text, q, QuantityLanguage.English, out var second) || second.End > limit
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

        if (NeighbourWords.FollowedByAny(text, second.End, PluralScaleWords))
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
}
