namespace FactPipeline.Core.Quantities;

/// <summary>Percent and multiplier words written after a number.</summary>
internal static class SuffixWords
{
    private static readonly string[] Percent = ["%p", "%", "％", "persen", "percent", "per cent", "pct", "퍼센트", "phần trăm"];

    private static readonly string[] IndonesianMultiplier = ["kali lipat", "kali"];
    private static readonly string[] EnglishMultiplier = ["times", "-fold", "fold"];

    public static bool TryMatchPercent(string text, int index, out int end)
    {
        var at = TextChars.SkipSpaces(text, index, 1);
        foreach (var word in Percent)
        {
            var position = word is "%" or "％" or "%p" ? index : at;
            if (word == "%" && at > index && TextChars.At(text, at, '%'))
            {
                position = at;
            }

            if (TextChars.MatchesWord(text, position, word))
            {
                end = position + word.Length;
                return true;
            }
        }

        end = index;
        return false;
    }

    public static bool TryMatchMultiplier(string text, int index, QuantityLanguage language, out int end)
    {
        var at = TextChars.SkipSpaces(text, index, 1);
        end = index;
        // The multiplication sign or an x right after the number ("3×", "more than 3×", "4x"): how our own digests
        // and English headlines write a multiplier. "3×4" or "4x4" is a product or a size, so a digit or letter
        // after it refuses.
        if (TextChars.CharAt(text, index) is '×' or 'x' or 'X' && !char.IsLetterOrDigit(TextChars.CharAt(text, index + 1)))
        {
            end = index + 1;
            return true;
        }
        switch (language)
        {
            case QuantityLanguage.Indonesian:
                foreach (var word in IndonesianMultiplier)
                {
                    if (at > index && TextChars.MatchesWord(text, at, word))
                    {
                        end = at + word.Length;
                        return true;
                    }
                }

                return false;
            case QuantityLanguage.English:
                foreach (var word in EnglishMultiplier)
                {
                    var position = word[0] == '-' ? index : at;
                    if (TextChars.MatchesWord(text, position, word) && (word != "fold" || position == index))
                    {
                        end = position + word.Length;
                        return true;
                    }
                }

                return false;
            case QuantityLanguage.Korean:
                if (TextChars.At(text, at, '배'))
                {
                    var next = TextChars.CharAt(text, at + 1);
                    if (!TextChars.IsHangul(next) || "로나가의에를씩이다까와".Contains(next, StringComparison.Ordinal))
                    {
                        end = at + 1;
                        return true;
                    }
                }

                return false;
            case QuantityLanguage.Chinese:
                if (TextChars.At(text, index, '倍'))
                {
                    end = index + 1;
                    return true;
                }

                return false;
            case QuantityLanguage.Vietnamese:
                if (TextChars.MatchesWord(text, at, "lần"))
                {
                    end = at + 3;
                    return true;
                }

                return false;
            default:
                return false;
        }
    }
}
