namespace FactPipeline.Core.Quantities;

/// <summary>The words right before or after a position, for decisions that depend on context.</summary>
internal static class NeighbourWords
{
    /// <summary>True when one of <paramref name="words"/> follows <paramref name="end"/> after at most one space.</summary>
    public static bool FollowedByAny(string text, int end, string[] words)
    {
        var at = TextChars.SkipSpaces(text, end, 1);
        foreach (var word in words)
        {
            if (TextChars.MatchesWord(text, at, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the whole word before <paramref name="start"/>, with at least one space between, is one of <paramref name="words"/>.</summary>
    public static bool PrecededByAny(string text, int start, string[] words)
    {
        if (!TextChars.IsSpace(TextChars.CharAt(text, start - 1)))
        {
            return false;
        }

        var previous = PreviousWord(text, start);
        foreach (var word in words)
        {
            if (previous.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The alphabetic word that ends right before <paramref name="start"/>, spaces between allowed; empty when there is none.</summary>
    public static ReadOnlySpan<char> PreviousWord(string text, int start)
    {
        var end = TextChars.SkipSpacesBack(text, start);

        var begin = end;
        while (begin > 0 && TextChars.IsWordLetter(text[begin - 1]))
        {
            begin--;
        }

        return text.AsSpan(begin, end - begin);
    }
}
