using FactPipeline.Core.Model.Lexicon;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FactPipeline.Core.Claims;

/// <summary>
/// The content words around a figure (stop words and numbers removed): what the cross-check compares to
/// tell "anggaran AI" from "anggaran pertahanan" when two claims share a concept.
/// </summary>
internal static partial class ContextWords
{
    [GeneratedRegex(@"[\p{L}\p{M}][\p{L}\p{M}\p{N}]*")]
    private static partial Regex WordPattern();

    private static readonly FrozenSet<string> StopWords = new[]
    {
        // Indonesian
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "akan", "pada", "dalam", "juga", "telah",
        "sebesar", "sebagai", "oleh", "atau", "tidak", "bahwa", "para", "serta", "lebih", "hingga", "mencapai",
        "setara", "menjadi", "adalah", "sudah", "bisa", "dapat", "kami", "kita", "mereka", "ia", "dia", "tersebut",
        "sekitar", "hampir", "antara", "sampai", "karena", "saat", "secara", "bagi", "tahun", "depan", "kali", "lipat",
        "ribu", "juta", "miliar", "milyar", "triliun", "unit", "buah", "orang", "bahkan", "pun", "lalu", "kini",
        // English
        "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "as", "by", "at", "an", "a", "be", "its",
        "it", "this", "from", "will", "has", "have", "was", "were", "are", "or", "more", "than", "about", "nearly",
        "up", "over", "into", "next", "year", "thousand", "million", "billion", "trillion", "which", "their", "would",
        // Vietnamese
        "của", "và", "là", "các", "những", "được", "cho", "trong", "với", "có", "này", "đã", "sẽ", "năm", "một",
        "nghìn", "ngàn", "triệu", "tỷ", "khoảng", "hơn", "gần",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Content words of <paramref name="text"/> outside the given spans, lower case, at most <paramref name="max"/>.</summary>
    public static IReadOnlyList<string> Around(string text, int figureStart, int figureEnd, int window = 10)
    {
        // The words are in text order: those before the figure, those inside it (skipped), those after it.
        var words = WordsOf(text);
        var beforeEnd = 0;
        while (beforeEnd < words.Count && words[beforeEnd].Index < figureStart)
        {
            beforeEnd++;
        }
        var afterStart = beforeEnd;
        while (afterStart < words.Count && words[afterStart].Index < figureEnd)
        {
            afterStart++;
        }
        // The last words before and the first after, each once, in that order.
        var around = new List<string>(2 * window);
        for (var i = Math.Max(0, beforeEnd - window); i < beforeEnd; i++)
        {
            AddOnce(around, words[i].Word);
        }
        for (var i = afterStart; i < Math.Min(words.Count, afterStart + window); i++)
        {
            AddOnce(around, words[i].Word);
        }
        return [.. around];
    }

    private static void AddOnce(List<string> words, string word)
    {
        foreach (var kept in words)
        {
            if (string.Equals(kept, word, StringComparison.Ordinal))
            {
                return;
            }
        }
        words.Add(word);
    }

    // A sentence with several figures is asked for the words around each: its words are normalised once per thread.
    [ThreadStatic]
    private static (string Text, List<(int Index, string Word)> Value)? t_lastWords;

    /// <summary>The sentence's context words (normalised, no stop words) with where each starts.</summary>
    private static List<(int Index, string Word)> WordsOf(string text) => ThreadMemo.Last(ref t_lastWords, text, ReadWords);

    private static List<(int Index, string Word)> ReadWords(string text)
    {
        var words = new List<(int Index, string Word)>();
        foreach (var m in WordPattern().EnumerateMatches(text))
        {
            var word = Normalize(text.Substring(m.Index, m.Length));
            if (word.Length < 2 || StopWords.Contains(word))
            {
                continue;
            }
            words.Add((m.Index, word));
        }
        return words;
    }

    /// <summary>Lower case, Korean particles stripped (예산을 → 예산), so words compare across inflection.</summary>
    internal static string Normalize(string word)
    {
        var lower = InvariantLower.Of(word);
        if (lower.Length > 2 && lower[^1] is >= '\uAC00' and <= '\uD7A3')
        {
            return StripKoreanParticle(lower);
        }
        return lower.AsSpan().IndexOfAnyInRange('ʰ', char.MaxValue) < 0 ? LatinStem(lower) : lower;
    }

    /// <summary>The word without its Korean particle (삼성전자는 → 삼성전자), or as it is when it has none.</summary>
    internal static string StripKoreanParticle(string word)
    {
        foreach (var particle in KoreanParticles)
        {
            if (word.Length > particle.Length + 1 && word.EndsWith(particle, StringComparison.Ordinal))
            {
                return word[..^particle.Length];
            }
        }
        return word;
    }

    /// <summary>
    /// A light stemmer for Indonesian and English: "menyuplai", "disuplai" and "suplainya" all become "suplai",
    /// "investments" becomes "investment". Good enough to compare context words; not a linguistic analysis.
    /// </summary>
    internal static string LatinStem(string word)
    {
        if (word.Length <= 4)
        {
            return word;
        }
        foreach (var suffix in IndonesianSuffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
                break;
            }
        }
        foreach (var (prefix, replacement) in IndonesianPrefixes)
        {
            if (word.Length - prefix.Length >= 4 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return replacement + word[prefix.Length..];
            }
        }
        return word.Length > 5 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
    }

    private static readonly string[] IndonesianSuffixes = ["nya", "kan", "lah", "an"];

    // Longest first; "meny" + vowel restores the dropped "s" (menyuplai → suplai).
    private static readonly (string Prefix, string Replacement)[] IndonesianPrefixes =
    [
        ("meng", ""), ("meny", "s"), ("mem", ""), ("men", ""), ("me", ""), ("di", ""), ("ber", ""), ("ter", ""), ("per", ""),
    ];

    private static readonly string[] KoreanParticles =
        ["으로는", "에서는", "에게서", "으로", "에서", "에게", "까지", "부터", "보다", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만"];
}
