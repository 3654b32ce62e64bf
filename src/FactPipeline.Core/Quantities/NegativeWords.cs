namespace FactPipeline.Core.Quantities;

/// <summary>Words that make the following number negative.</summary>
internal static class NegativeWords
{
    private static readonly string[] Indonesian = ["minus", "negatif"];
    private static readonly string[] English = ["minus", "negative"];
    private static readonly string[] Vietnamese = ["âm"];
    private static readonly string[] Korean = ["마이너스", "마이나스", "음수"];

    /// <summary>"minus 3", "negatif 1200000", "âm 5", "마이너스 3": a negative number (growth rates, temperatures).</summary>
    public static bool TryMatch(string text, int p, QuantityLanguage lang, out int end)
    {
        end = p;
        var words = lang switch
        {
            QuantityLanguage.Indonesian => Indonesian,
            QuantityLanguage.English => English,
            QuantityLanguage.Vietnamese => Vietnamese,
            QuantityLanguage.Korean => Korean,
            _ => [],
        };

        // "plus minus 1%" is ±1%, not −1%.
        if (NeighbourWords.PreviousWord(text, p).Equals("plus", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (TextChars.MatchesWord(text, p, word))
            {
                var q = TextChars.SkipSpaces(text, p + word.Length, 1);
                if (q < text.Length && (TextChars.IsAsciiDigit(text[q]) || (q > p + word.Length || TextChars.IsHangul(word[0]))))
                {
                    end = q;
                    return true;
                }
            }
        }

        return false;
    }
}
