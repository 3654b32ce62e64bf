namespace FactPipeline.Core.Claims.Llm;

/// <summary>
/// A tokenizer-free estimate of how many tokens a text costs: about 3.5 characters per token for Latin-script text
/// and 1.5 for CJK (Hangul, Han, kana). Counted in integers (tokens = ⌈(6·latin + 14·cjk) / 21⌉) so estimates of
/// adjacent spans add up exactly.
/// </summary>
internal static class TokenEstimator
{
    public static int Estimate(ReadOnlySpan<char> text)
    {
        var (latin, cjk) = Count(text);
        return Tokens(latin, cjk);
    }

    public static int Tokens(long latin, long cjk) => (int)(((6 * latin) + (14 * cjk) + 20) / 21);

    public static (long Latin, long Cjk) Count(ReadOnlySpan<char> text)
    {
        long cjk = 0;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                cjk++;
            }
        }
        return (text.Length - cjk, cjk);
    }

    public static bool IsCjk(char c) =>
        c is >= '\u1100' and <= '\u11FF'      // Hangul Jamo
            or >= '\u3000' and <= '\u30FF'    // CJK punctuation, Hiragana, Katakana
            or >= '\u3130' and <= '\u318F'    // Hangul compatibility Jamo
            or >= '\u3400' and <= '\u4DBF'    // CJK extension A
            or >= '\u4E00' and <= '\u9FFF'    // CJK unified ideographs
            or >= '\uAC00' and <= '\uD7AF'    // Hangul syllables
            or >= '\uF900' and <= '\uFAFF'    // CJK compatibility ideographs
            or >= '\uFF00' and <= '\uFFEF'    // full-width forms
            or >= '\uD800' and <= '\uDFFF';   // surrogates: rare ideographs, emoji (two halves ≈ one token)
}
