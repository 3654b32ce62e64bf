namespace FactPipeline.Core.Extraction;

/// <summary>How many letters of each script a text has: Hangul, Han, Kana, and every other letter.</summary>
internal readonly record struct ScriptCounts(int Hangul, int Han, int Kana, int Other)
{
    public int Cjk => Hangul + Han + Kana;

    public int Letters => Cjk + Other;
}

/// <summary>
/// Cheap script-level facts about a text. Korean, Chinese and Japanese are told apart by script alone, faster
/// and surer than any n-gram model; Vietnamese has letters no other language we meet uses.
/// </summary>
internal static class Scripts
{
    // A CJK character carries about as much text as a short Latin word; weight it against other letters.
    private const int CjkCharWeight = 3;

    public static ScriptCounts Count(ReadOnlySpan<char> text)
    {
        int hangul = 0, han = 0, kana = 0, other = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\uAC00' and <= '\uD7A3':
                case >= '\u1100' and <= '\u11FF':
                case >= '\u3130' and <= '\u318F':
                    hangul++;
                    break;
                case >= '\u3040' and <= '\u30FF':
                    kana++;
                    break;
                case >= '\u4E00' and <= '\u9FFF':
                case >= '\u3400' and <= '\u4DBF':
                case >= '\uF900' and <= '\uFAFF':
                    han++;
                    break;
                default:
                    if (char.IsLetter(c))
                    {
                        other++;
                    }
                    break;
            }
        }
        return new ScriptCounts(hangul, han, kana, other);
    }

    /// <summary>
    /// "ko", "ja" or "zh" when CJK characters carry most of the text, else null. Japanese mixes kana into Han
    /// text; Chinese has none, so a tenth of kana decides.
    /// </summary>
    public static string? CjkLanguage(ScriptCounts counts)
    {
        var cjk = counts.Cjk;
        if (cjk == 0 || cjk * CjkCharWeight <= counts.Other)
        {
            return null;
        }
        if (counts.Hangul >= counts.Han && counts.Hangul >= counts.Kana)
        {
            return "ko";
        }
        return counts.Kana * 10 > cjk ? "ja" : "zh";
    }

    /// <summary>
    /// A quick guess for layout heuristics that must not pay for full identification: the CJK language by script,
    /// "vi" by its letters (<see cref="IsVietnamese"/>), else null (some other Latin-script language).
    /// </summary>
    public static string? Guess(string text) => CjkLanguage(Count(text)) ?? (IsVietnamese(text) ? "vi" : null);

    /// <summary>
    /// At least a fifth of the words carry letters only Vietnamese uses (ư, ơ, đ, ă, ạ…ỹ). Vietnamese prose marks
    /// most syllables; the Vietnamese names in an English or Indonesian article stay far below a fifth.
    /// </summary>
    public static bool IsVietnamese(string text)
    {
        var words = 0;
        var vietnamese = 0;
        var inWord = false;
        var marked = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words++;
                    vietnamese += marked ? 1 : 0;
                }
                inWord = marked = false;
                continue;
            }
            inWord = true;
            marked |= IsVietnameseLetter(c);
        }
        if (inWord)
        {
            words++;
            vietnamese += marked ? 1 : 0;
        }
        return words > 0 && vietnamese * 5 >= words;
    }

    /// <summary>Share of the letters that are Latin letters with a diacritic (é, ä, ë, ş, ł, ạ...).</summary>
    public static double AccentedLetterShare(string text)
    {
        var letters = 0;
        var accented = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            letters++;
            if (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF')
            {
                accented++;
            }
        }
        return letters == 0 ? 0 : (double)accented / letters;
    }

    /// <summary>Letters that occur in Vietnamese but not in Indonesian, English or the big Western languages.</summary>
    public static bool HasVietnameseLetter(string word)
    {
        foreach (var c in word)
        {
            if (IsVietnameseLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsVietnameseLetter(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return lower is 'ư' or 'ơ' or 'đ' or 'ă' || lower is >= '\u1EA0' and <= '\u1EF9';
    }
}
