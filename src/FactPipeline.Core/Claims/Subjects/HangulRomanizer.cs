using System.Text;

namespace FactPipeline.Core.Claims.Subjects;

/// <summary>
/// Korean words in the Latin letters of the Revised Romanization (강남 → gangnam, 광화문 → gwanghwamun, 독립문 →
/// dongnimmun), with the sound changes between syllables that the official spellings of places follow: a final
/// consonant carried over to a following vowel, nasalisation and the double l. So a name that Korean text writes in
/// Hangul can meet the same name in English, Indonesian or Vietnamese text. Not for people's names, whose Latin
/// spellings follow family custom (박 is "Park").
/// </summary>
public static class HangulRomanizer
{
    private const char First = '\uAC00';
    private const char Last = '\uD7A3';

    // Jamo order of the Unicode Hangul syllables block: 19 initials, 21 vowels, 28 finals (0 = none).
    private static readonly string[] Initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] Vowels = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];

    // Each final as it sounds before a consonant (or at the end of the word), and as it is carried over to a
    // following vowel (the second letter of a double final moves, the first stays).
    private static readonly (string Closed, string Kept, string Carried)[] Finals =
    [
        ("", "", ""), ("k", "", "g"), ("k", "", "kk"), ("k", "k", "s"), ("n", "", "n"), ("n", "n", "j"), ("n", "", "n"),
        ("t", "", "d"), ("l", "", "r"), ("k", "l", "g"), ("m", "l", "m"), ("l", "l", "b"), ("l", "l", "s"), ("l", "l", "t"),
        ("p", "l", "p"), ("l", "", "r"), ("m", "", "m"), ("p", "", "b"), ("p", "p", "s"), ("t", "", "s"), ("t", "", "ss"),
        ("ng", "ng", ""), ("t", "", "j"), ("t", "", "ch"), ("k", "", "k"), ("t", "", "t"), ("p", "", "p"), ("t", "", ""),
    ];

    // Initial jamo indexes the rules below (and HanjaReader's initial sound law) look at.
    internal const int InitialN = 2;
    internal const int InitialR = 5;
    private const int InitialM = 6;
    internal const int InitialSilent = 11;
    private const int InitialH = 18;

    /// <summary>Whether <paramref name="c"/> is a Hangul syllable.</summary>
    public static bool IsSyllable(char c) => c is >= First and <= Last;

    /// <summary>The word in Revised Romanization, lower case; characters that are no Hangul syllables are kept as they are.</summary>
    public static string Romanize(string word)
    {
        var text = new StringBuilder(word.Length * 3);
        for (var i = 0; i < word.Length; i++)
        {
            if (!IsSyllable(word[i]))
            {
                text.Append(word[i]);
                continue;
            }
            var (initial, vowel, final) = Split(word[i]);
            var previousFinal = i > 0 && IsSyllable(word[i - 1]) ? Split(word[i - 1]).Final : -1;
            text.Append(InitialAfter(previousFinal, initial)).Append(Vowels[vowel]);
            var nextInitial = i + 1 < word.Length && IsSyllable(word[i + 1]) ? Split(word[i + 1]).Initial : -1;
            text.Append(FinalBefore(final, nextInitial));
        }
        return text.ToString();
    }

    /// <summary>The jamo indexes of a Hangul syllable (initial, vowel, final; final 0 = none).</summary>
    internal static (int Initial, int Vowel, int Final) Split(char syllable)
    {
        var code = syllable - First;
        return (code / 588, code % 588 / 28, code % 28);
    }

    /// <summary>The Hangul syllable of the jamo indexes <see cref="Split"/> gives.</summary>
    internal static char Compose(int initial, int vowel, int final) => (char)(First + initial * 588 + vowel * 28 + final);

    /// <summary>The letters of a final consonant given the initial of the next syllable (-1: none).</summary>
    private static string FinalBefore(int final, int nextInitial)
    {
        if (final == 0)
        {
            return "";
        }
        var (closed, kept, _) = Finals[final];
        if (nextInitial == InitialSilent)
        {
            // Carried over to the vowel: only what stays behind is written here (한양 → han-yang keeps ng).
            return kept;
        }
        if (nextInitial is InitialN or InitialM || (nextInitial == InitialR && closed != "n" && closed != "l"))
        {
            // Nasalisation: 백마 → baengma, 압록 → amnok, 종로 → jongno.
            return closed switch { "k" => "ng", "t" => "n", "p" => "m", _ => closed };
        }
        if (nextInitial == InitialR && closed == "n")
        {
            return "l"; // 신라 → silla
        }
        return closed;
    }

    /// <summary>The letters of an initial consonant given the final of the previous syllable (-1: none).</summary>
    private static string InitialAfter(int previousFinal, int initial)
    {
        if (previousFinal <= 0)
        {
            return Initials[initial];
        }
        var closed = Finals[previousFinal].Closed;
        if (initial == InitialSilent)
        {
            return Finals[previousFinal].Carried;
        }
        if (initial == InitialR)
        {
            // 울릉 → ulleung and 칼날 → kallal keep the l; after any other consonant it is n (종로 → jongno).
            return closed == "l" || closed == "n" ? "l" : "n";
        }
        if (initial == InitialN && closed == "l")
        {
            return "l";
        }
        if (initial == InitialH && previousFinal == 27)
        {
            return "h";
        }
        return Initials[initial];
    }

    /// <summary>
    /// A spelling key on which a romanized Korean word and the Latin spelling of the same name agree: letters only,
    /// doubled letters written once, and the "eu" that Korean puts between the consonants of a foreign name
    /// (페르시브 → pereusibeu → persib) left out. Applied to both sides: "Gangnam" and 강남 both give "gangnam".
    /// </summary>
    public static string SoundKey(string latin)
    {
        var letters = new StringBuilder(latin.Length);
        foreach (var c in NameFinder.Fold(latin))
        {
            if (c is >= 'a' and <= 'z')
            {
                letters.Append(c);
            }
        }
        var key = new StringBuilder(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            if (letters[i] == 'e' && i + 1 < letters.Length && letters[i + 1] == 'u' && i > 0 && !IsVowel(letters[i - 1])
                && (i + 2 == letters.Length || !IsVowel(letters[i + 2])))
            {
                i++;
                continue;
            }
            if (key.Length > 0 && key[^1] == letters[i])
            {
                continue;
            }
            key.Append(letters[i]);
        }
        return key.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';
}
