using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>
/// Words that make a count of staff, jobs or people beside them a count of jobs cut ("cut 1,150 jobs", "500 roles
/// cut", "cắt giảm 1.750 nhân sự", "裁员1150人"); data file <c>cut-words.json</c>, all five languages. A company's
/// headcount and its layoffs are both counts of staff, and only these words tell them apart.
/// </summary>
public sealed class CutWords
{
    // A cut word counts only this close to the figure or its counted noun: a space, a hyphen or a Korean particle.
    private const int Gap = 2;

    private readonly string[] _before;
    private readonly string[] _after;
    private readonly string[] _affected;

    private CutWords(FileShape file)
    {
        Before = file.Before;
        After = file.After;
        Affected = file.Affected;
        _before = Lower(file.Before);
        _after = Lower(file.After);
        _affected = Lower(file.Affected);
    }

    /// <summary>The raw lists per language, for the test that each covers the five languages.</summary>
    public IReadOnlyDictionary<string, string[]> Before { get; }

    public IReadOnlyDictionary<string, string[]> After { get; }

    public IReadOnlyDictionary<string, string[]> Affected { get; }

    public static CutWords Load() => new(EmbeddedJson.Load("cut-words.json", ClaimsDataJson.Default.CutWordsFile));

    /// <summary>Whether a cut word ends right before <paramref name="start"/> (the figure, with its hedge).</summary>
    public bool IsCutBefore(string sentence, int start)
    {
        var before = sentence.AsSpan(0, start).TrimEnd();
        if (start - before.Length > Gap)
        {
            return false;
        }
        foreach (var word in _before)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)]) || word[0] > '\u3000'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a cut word begins right after <paramref name="end"/> (the figure's counted noun).</summary>
    public bool IsCutAfter(string sentence, int end) => StartsWithAny(sentence, end, _after);

    /// <summary>Whether an "affected" word begins right after <paramref name="end"/> ("1.150 karyawan terdampak").</summary>
    public bool IsAffectedAfter(string sentence, int end) => StartsWithAny(sentence, end, _affected);

    private static bool StartsWithAny(string sentence, int end, string[] words)
    {
        var after = sentence.AsSpan(end).TrimStart();
        if (sentence.Length - end - after.Length > Gap)
        {
            return false;
        }
        foreach (var word in words)
        {
            // Hangul and Han words run on into their endings ("줄인", "감원한다"); Latin ones must end as words.
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (after.Length == word.Length || !char.IsLetter(after[word.Length]) || word[^1] > '\u3000'))
            {
                return true;
            }
        }
        return false;
    }

    private static string[] Lower(Dictionary<string, string[]> byLanguage) =>
        [.. byLanguage.Values.SelectMany(w => w).Select(w => w.ToLowerInvariant()).Distinct().OrderByDescending(w => w.Length)];

    internal sealed record FileShape(Dictionary<string, string[]> Before, Dictionary<string, string[]> After, Dictionary<string, string[]> Affected);
}
