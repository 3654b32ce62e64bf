using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>
/// Words that make a percentage next to them a rise ("tăng 7,5%", "up 11%", "7.5% 증가"); data file
/// <c>change-words.json</c>, all five languages.
/// </summary>
public sealed class ChangeWords
{
    // A rise word counts only this close to the percentage: "tăng 7,5%", "naik menjadi 4%" is a level, not a rise.
    private const int Gap = 2;

    private readonly string[] _rise;

    private ChangeWords(FileShape file)
    {
        ByLanguage = file.Rise;
        _rise = [.. file.Rise.Values.SelectMany(w => w).Select(w => w.ToLowerInvariant()).Distinct()];
    }

    /// <summary>The raw lists per language, for the test that each covers the five languages.</summary>
    public IReadOnlyDictionary<string, string[]> ByLanguage { get; }

    public static ChangeWords Load() =>
        new ChangeWords(EmbeddedJson.Load<FileShape>("change-words.json"));

    /// <summary>Whether a rise word ends right before <paramref name="start"/> or begins right after <paramref name="end"/>.</summary>
    public bool IsRiseAt(string sentence, int start, int end)
    {
        var before = sentence.AsSpan(0, start).TrimEnd();
        var after = sentence.AsSpan(end).TrimStart();
        if (start - before.Length > Gap || sentence.Length - end - after.Length > Gap)
        {
            return false;
        }
        foreach (var word in _rise)
        {
            if ((before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)])))
                || (after.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (after.Length == word.Length || !char.IsAsciiLetter(after[word.Length]))))
            {
                return true;
            }
        }
        return false;
    }

    private sealed record FileShape(Dictionary<string, string[]> Rise);
}
