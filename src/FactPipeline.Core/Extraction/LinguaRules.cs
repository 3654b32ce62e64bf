using System.Text;
using Lingua;
using static Lingua.Language;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Lingua's text clean-up and its script rules, as Lingua 2.0 writes them (LanguageDetector.CleanUpInputText,
/// SplitTextIntoWords, DetectLanguageWithRules, FilterLanguagesByRules and the data they read: the alphabets of
/// each language, the letters few languages share), for <see cref="TrigramLanguageScorer"/>. Lingua keeps them
/// internal; the scorer must take the same decisions to give the same confidences. Update with Lingua.
/// Derived from Lingua (Apache License 2.0): see LICENSE-Lingua.txt in this folder.
/// </summary>
internal static class LinguaRules
{
    /// <summary>Lingua's script of every UTF-16 code unit (its own Unicode 17 table), read once.</summary>
    private static readonly byte[] ScriptOfChar = BuildScriptTable();

    /// <summary>
    /// The scripts of Lingua's alphabets (enum Alphabet, None aside): a word written in one of them counts for it.
    /// </summary>
    private static readonly UnicodeScript[] AlphabetScripts =
    [
        UnicodeScript.Arabic, UnicodeScript.Armenian, UnicodeScript.Bengali, UnicodeScript.Cyrillic,
        UnicodeScript.Devanagari, UnicodeScript.Ethiopic, UnicodeScript.Georgian, UnicodeScript.Greek,
        UnicodeScript.Gujarati, UnicodeScript.Gurmukhi, UnicodeScript.Han, UnicodeScript.Hangul,
        UnicodeScript.Hebrew, UnicodeScript.Hiragana, UnicodeScript.Katakana, UnicodeScript.Latin,
        UnicodeScript.Sinhala, UnicodeScript.Tamil, UnicodeScript.Telugu, UnicodeScript.Thai,
    ];

    /// <summary>Lingua's CharsToLanguagesMapping, in its order (the order decides which language counts first).</summary>
    public static readonly (string Letters, Language[] Languages)[] CharsToLanguages =
    [
        ("Ãã", [Portuguese, Vietnamese]),
        ("ĄąĘę", [Lithuanian, Polish]),
        ("Żż", [Polish, Romanian]),
        ("Îî", [French, Romanian]),
        ("Ññ", [Basque, Spanish]),
        ("ŇňŤť", [Czech, Slovak]),
        ("Ăă", [Romanian, Vietnamese]),
        ("İıĞğ", [Azerbaijani, Turkish]),
        ("ЈјЉљЊњ", [Macedonian, Serbian]),
        ("ẸẹỌọ", [Vietnamese, Yoruba]),
        ("ÐðÞþ", [Icelandic, Turkish]),
        ("Ûû", [French, Hungarian]),
        ("Ōō", [Maori, Yoruba]),
        ("ӨөҮү", [Kazakh, Mongolian]),
        ("ĀāĒēĪī", [Latvian, Maori, Yoruba]),
        ("Şş", [Azerbaijani, Romanian, Turkish]),
        ("Ďď", [Czech, Romanian, Slovak]),
        ("Ćć", [Bosnian, Croatian, Polish]),
        ("Đđ", [Bosnian, Croatian, Vietnamese]),
        ("Іі", [Belarusian, Kazakh, Ukrainian]),
        ("Ìì", [Italian, Vietnamese, Yoruba]),
        ("Øø", [Bokmal, Danish, Nynorsk]),
        ("Ūū", [Latvian, Lithuanian, Maori, Yoruba]),
        ("Ëë", [Afrikaans, Albanian, Dutch, French]),
        ("ÈèÙù", [French, Italian, Vietnamese, Yoruba]),
        ("Êê", [Afrikaans, French, Portuguese, Vietnamese]),
        ("Õõ", [Estonian, Hungarian, Portuguese, Vietnamese]),
        ("Ôô", [French, Portuguese, Slovak, Vietnamese]),
        ("ЁёЫыЭэ", [Belarusian, Kazakh, Mongolian, Russian]),
        ("ЩщЪъ", [Bulgarian, Kazakh, Mongolian, Russian]),
        ("Òò", [Catalan, Italian, Vietnamese, Yoruba]),
        ("Ææ", [Bokmal, Danish, Icelandic, Nynorsk]),
        ("Åå", [Bokmal, Danish, Nynorsk, Swedish]),
        ("Ýý", [Czech, Icelandic, Slovak, Turkish, Vietnamese]),
        ("Ää", [Estonian, Finnish, German, Slovak, Swedish]),
        ("Àà", [Catalan, French, Italian, Portuguese, Vietnamese]),
        ("Ââ", [French, Portuguese, Romanian, Turkish, Vietnamese]),
        ("Üü", [Azerbaijani, Catalan, Estonian, German, Hungarian, Spanish, Turkish]),
        ("ČčŠšŽž", [Bosnian, Czech, Croatian, Latvian, Lithuanian, Slovak, Slovene]),
        ("Çç", [Albanian, Azerbaijani, Basque, Catalan, French, Portuguese, Turkish]),
        ("Öö", [Azerbaijani, Estonian, Finnish, German, Hungarian, Icelandic, Swedish, Turkish]),
        ("Óó", [Catalan, Hungarian, Icelandic, Irish, Polish, Portuguese, Slovak, Spanish, Vietnamese, Yoruba]),
        ("ÁáÍíÚú", [Catalan, Czech, Icelandic, Irish, Hungarian, Portuguese, Slovak, Spanish, Vietnamese, Yoruba]),
        ("Éé", [Catalan, Czech, French, Hungarian, Icelandic, Irish, Italian, Portuguese, Slovak, Spanish, Vietnamese, Yoruba]),
    ];

    public static UnicodeScript ScriptOf(char c) => (UnicodeScript)ScriptOfChar[c];

    /// <summary>The scripts Lingua lists as the alphabets of <paramref name="language"/> (LanguageInfo).</summary>
    public static UnicodeScript[] AlphabetsOf(Language language) => language switch
    {
        Amharic or Tigrinya => [UnicodeScript.Ethiopic],
        Arabic or Persian or Urdu => [UnicodeScript.Arabic],
        Armenian => [UnicodeScript.Armenian],
        Belarusian or Bulgarian or Kazakh or Macedonian or Mongolian or Russian or Serbian or Ukrainian => [UnicodeScript.Cyrillic],
        Bengali => [UnicodeScript.Bengali],
        Chinese => [UnicodeScript.Han],
        Georgian => [UnicodeScript.Georgian],
        Greek => [UnicodeScript.Greek],
        Gujarati => [UnicodeScript.Gujarati],
        Hebrew => [UnicodeScript.Hebrew],
        Hindi or Marathi => [UnicodeScript.Devanagari],
        Japanese => [UnicodeScript.Hiragana, UnicodeScript.Katakana, UnicodeScript.Han],
        Korean => [UnicodeScript.Hangul],
        Punjabi => [UnicodeScript.Gurmukhi],
        Sinhala => [UnicodeScript.Sinhala],
        Tamil => [UnicodeScript.Tamil],
        Telugu => [UnicodeScript.Telugu],
        Thai => [UnicodeScript.Thai],
        Unknown => [],
        _ => [UnicodeScript.Latin],
    };

    /// <summary>Whether <paramref name="script"/> is one of Lingua's alphabets (a word all in it counts for it).</summary>
    public static bool IsAlphabet(UnicodeScript script) => AlphabetScripts.Contains(script);

    /// <summary>Lingua's IsLogogram: a Chinese, Japanese or Korean character is a word of its own.</summary>
    public static bool IsLogogram(char c) =>
        !char.IsWhiteSpace(c)
        && ScriptOf(c) is UnicodeScript.Han or UnicodeScript.Hiragana or UnicodeScript.Katakana or UnicodeScript.Hangul;

    /// <summary>
    /// Lingua's CleanUpInputText into <paramref name="buffer"/> (grown as needed): trimmed, lower-cased (invariant,
    /// surrogate pairs as one rune), punctuation and numbers dropped, every run of white space one space.
    /// Returns the length.
    /// </summary>
    public static int CleanUp(string text, ref char[] buffer)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (buffer.Length < end - start + 1)
        {
            buffer = new char[Math.Max(end - start + 1, buffer.Length * 2)];
        }
        var output = buffer.AsSpan();
        var length = 0;
        var space = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = Rune.ToLowerInvariant(new Rune(c, text[i + 1]));
                if (space)
                {
                    output[length++] = ' ';
                    space = false;
                }
                length += rune.EncodeToUtf16(output[length..]);
                i++;
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (!char.IsPunctuation(lower) && !char.IsNumber(lower))
            {
                if (space)
                {
                    output[length++] = ' ';
                    space = false;
                }
                output[length++] = lower;
            }
        }
        // White space before dropped characters at the end leaves a space, as in Lingua ("abc ." is "abc ").
        if (space)
        {
            output[length++] = ' ';
        }
        return length;
    }

    private static byte[] BuildScriptTable()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = checked((byte)((char)c).GetScript());
        }
        return table;
    }
}
