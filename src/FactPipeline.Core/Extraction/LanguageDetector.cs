using System.Globalization;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Guesses the language of a text: by script for Korean and Chinese, by stop-word counts (plus Vietnamese
/// letters) for Latin-script text. Scores the whole text, so a Vietnamese site header on an Indonesian
/// article does not flip the result. Returns "und" when unsure (also for Japanese, which the pipeline
/// does not handle).
/// </summary>
internal static class LanguageDetector
{
    public const string Undetermined = "und";

    // A CJK character carries about as much text as a short Latin word; weight it against Latin letters.
    private const int CjkCharWeight = 3;
    private const int MinStopWordHits = 2;

    private static readonly Dictionary<string, HashSet<string>> StopWords = new()
    {
        ["id"] =
        [
            "yang", "dan", "di", "untuk", "dengan", "dari", "ini", "akan", "pada", "tidak", "dalam", "juga", "itu", "ke",
            "adalah", "oleh", "karena", "bahwa", "telah", "sebagai", "atau", "tersebut", "ada", "bisa", "lebih", "sudah",
            "saat", "para", "mereka", "kami", "kita", "namun", "hingga", "serta", "menjadi", "antara", "secara", "seperti",
            "setelah", "masih", "banyak", "tahun", "sebesar", "pun", "agar",
        ],
        ["en"] =
        [
            "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "as", "was", "are", "by", "it", "at", "from",
            "this", "be", "has", "have", "will", "an", "said", "which", "its", "their", "were", "been", "would", "not",
            "but", "or", "more", "than",
        ],
        ["vi"] =
        [
            "của", "và", "là", "các", "những", "được", "cho", "trong", "có", "không", "một", "này", "với", "người", "đã",
            "để", "từ", "khi", "về", "theo", "đến", "cũng", "như", "năm", "nhiều", "tại", "sẽ", "ra", "phải", "vào",
        ],
    };

    public static string Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Undetermined;
        }
        var counts = CountScripts(text);
        var cjk = counts.Hangul + counts.Han + counts.Kana;
        if (cjk * CjkCharWeight > counts.Latin)
        {
            if (counts.Hangul >= counts.Han && counts.Hangul >= counts.Kana)
            {
                return "ko";
            }
            // Japanese mixes kana into Han text; Chinese has none.
            return counts.Kana * 10 > cjk ? Undetermined : "zh";
        }
        return DetectLatin(text);
    }

    private static string DetectLatin(string text)
    {
        var scores = StopWords.Keys.ToDictionary(language => language, _ => 0.0);
        foreach (var word in Words(text.Normalize(System.Text.NormalizationForm.FormC)))
        {
            foreach (var (language, words) in StopWords)
            {
                if (words.Contains(word))
                {
                    scores[language] += 1;
                }
            }
            if (HasVietnameseLetter(word))
            {
                // Supporting evidence only: a few Vietnamese names in a header must not outweigh the body.
                scores["vi"] += 0.5;
            }
        }
        var ranked = scores.OrderByDescending(pair => pair.Value).ToList();
        var best = ranked[0];
        if (best.Value < MinStopWordHits || best.Value <= ranked[1].Value * 1.2)
        {
            return Undetermined;
        }
        return best.Key;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && (char.IsLetter(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    /// <summary>Letters that occur in Vietnamese but not in Indonesian, English or the big Western languages.</summary>
    internal static bool HasVietnameseLetter(string word)
    {
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is 'ư' or 'ơ' or 'đ' or 'ă' || lower is >= '\u1EA0' and <= '\u1EF9')
            {
                return true;
            }
        }
        return false;
    }

    private static ScriptCounts CountScripts(string text)
    {
        var counts = new ScriptCounts();
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\uAC00' and <= '\uD7A3':
                case >= '\u1100' and <= '\u11FF':
                case >= '\u3130' and <= '\u318F':
                    counts.Hangul++;
                    break;
                case >= '\u3040' and <= '\u30FF':
                    counts.Kana++;
                    break;
                case >= '\u4E00' and <= '\u9FFF':
                case >= '\u3400' and <= '\u4DBF':
                    counts.Han++;
                    break;
                default:
                    if (char.IsLetter(c))
                    {
                        counts.Latin++;
                    }
                    break;
            }
        }
        return counts;
    }

    private sealed class ScriptCounts
    {
        public int Hangul { get; set; }
        public int Han { get; set; }
        public int Kana { get; set; }
        public int Latin { get; set; }
    }
}
