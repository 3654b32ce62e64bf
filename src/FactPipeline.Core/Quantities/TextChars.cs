namespace FactPipeline.Core.Quantities;

/// <summary>Character classes used while scanning.</summary>
internal static class TextChars
{
    public static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>A letter of an alphabetic script (Latin with diacritics), not Hangul or Han.</summary>
    public static bool IsWordLetter(char c) =>
        c < '\u0080'
            ? char.IsAsciiLetter(c) // the common case, without a Unicode category lookup
            : (char.IsLetter(c) && !IsHangul(c) && !IsHan(c)) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2012' or '\u2212' or '~' or '\u301C' or '\uFF5E';

    public static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\t';

    public static bool At(string text, int index, char c) => index >= 0 && index < text.Length && text[index] == c;

    public static char CharAt(string text, int index) => index >= 0 && index < text.Length ? text[index] : '\0';

    /// <summary>Skips at most <paramref name="max"/> space characters.</summary>
    public static int SkipSpaces(string text, int index, int max = 3)
    {
        var n = 0;
        while (index < text.Length && IsSpace(text[index]) && n < max)
        {
            index++;
            n++;
        }

        return index;
    }

    /// <summary>Start of the run of spaces that ends at <paramref name="index"/> (<paramref name="index"/> itself when none).</summary>
    public static int SkipSpacesBack(string text, int index)
    {
        while (index > 0 && IsSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    /// <summary>End of the alphabetic word starting at <paramref name="index"/>.</summary>
    public static int WordEnd(string text, int index)
    {
        var i = index;
        while (i < text.Length && IsWordLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>End of a run of letters and digits, joined by ".", ",", "-" or "/", that starts at <paramref name="i"/>: a code or a name ("A100", "57-NQ/TW").</summary>
    public static int AlphanumericRunEnd(string text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || ((text[i] is '.' or ',' or '-' or '/') && char.IsLetterOrDigit(CharAt(text, i + 1)))))
        {
            i++;
        }

        return i;
    }

    /// <summary>True when <paramref name="phrase"/> occurs at <paramref name="index"/> (case-insensitive) and ends at a word boundary.</summary>
    public static bool MatchesWord(string text, int index, string phrase)
    {
        if (index < 0 || index + phrase.Length > text.Length)
        {
            return false;
        }

        if (!text.AsSpan(index, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var last = phrase[^1];
        return !IsWordLetter(last) || !IsWordLetter(CharAt(text, index + phrase.Length));
    }

    /// <summary>Pow10 for small non-negative or negative exponents, as decimal.</summary>
    public static decimal Pow10(int exponent)
    {
        var result = 1m;
        if (exponent >= 0)
        {
            for (var i = 0; i < exponent; i++)
            {
                result *= 10m;
            }
        }
        else
        {
            for (var i = 0; i < -exponent; i++)
            {
                result /= 10m;
            }
        }

        return result;
    }
}
