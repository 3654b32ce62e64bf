using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Content words of a claim's canonical English phrasing (subject + metric), lower case, light plural folding,
/// sorted and distinct. Because every language is phrased in English, these make claims from different
/// languages comparable word by word.
/// </summary>
internal static class CanonicalWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "by", "with", "at", "from", "as", "its", "their",
        "his", "her", "s", "total", "number", "amount", "value", "figure",
    };

    public static string[]? Of(Claim claim)
    {
        if (claim.Canonical is not { } canonical || (string.IsNullOrWhiteSpace(canonical.Subject) && string.IsNullOrWhiteSpace(canonical.Metric)))
        {
            return null;
        }
        var words = new SortedSet<string>(StringComparer.Ordinal);
        Add(canonical.Subject, words);
        Add(canonical.Metric, words);
        return [.. words];
    }

    private static void Add(string? text, SortedSet<string> words)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = Fold(text[start..i].ToLowerInvariant());
                if (!StopWords.Contains(word))
                {
                    words.Add(word);
                }
                start = -1;
            }
        }
    }

    /// <summary>"budgets" → "budget", "gpus" → "gpu"; leaves "ss" endings and short words alone.</summary>
    private static string Fold(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
}
