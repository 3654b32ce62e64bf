namespace FactPipeline.Core.Quantities;

/// <summary>
/// Match scores: "menang 2-3 atas", "a 1-2 defeat", "thắng 2-1 trước", "1-3로 졌다", "3대1", "3比1". A score is not a range and
/// not a count. Scores that fall ("3-1", "skor 2-0") are already refused as ranges; these rules catch the rising ones by the
/// words around them, and the Korean and Chinese forms that join two numbers with 대 or 比.
/// </summary>
internal static class SportsScores
{
    private static readonly HashSet<string> IndonesianCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "skor", "menang", "kalah", "imbang", "unggul", "tertinggal", "mengalahkan", "dikalahkan", "menundukkan", "ditundukkan", "membungkam",
        "dibungkam", "takluk", "menaklukkan", "ditaklukkan", "menahan", "ditahan", "membantai", "dibantai", "kemenangan", "kekalahan", "agregat",
    };

    private static readonly HashSet<string> EnglishCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "score", "scores", "scoreline", "won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats", "beating",
        "defeated", "defeat", "defeats", "drew", "draw", "led", "leads", "lead", "trailed", "trailing", "victory", "edged", "thrashed", "routed",
        "downed", "tied", "aggregate", "halftime", "half-time", "loss",
    };

    private static readonly HashSet<string> VietnameseCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "số", "thắng", "thua", "hòa", "bại", "hạ", "dẫn", "gỡ", "nâng", "thủng", "lưới", "trước",
    };

    /// <summary>Korean result words after "로"/"으로": "1-3로 졌다", "2-3으로 패했다", "3-4로 역전승".</summary>
    private static readonly string[] KoreanResults = ["승", "이겼", "이기", "패", "졌", "지", "역전", "완패", "완승", "석패", "비겼", "무승부", "앞서", "뒤지", "뒤졌"];

    /// <summary>Chinese result words right after the score: "3-4击败", "1-2落败".</summary>
    private const string ChineseResultFirstChars = "击战获取落告输赢胜负逆险完";

    /// <summary>A dash pair of small whole numbers ("2-3") in a sports context: the words before, or the result after.</summary>
    public static bool IsScore(string text, int start, int end, QuantityLanguage lang)
    {
        switch (lang)
        {
            case QuantityLanguage.Korean:
                var p = TextChars.CharAt(text, end) == '로' ? end + 1 : text.AsSpan(end).StartsWith("으로", StringComparison.Ordinal) ? end + 2 : -1;
                if (p < 0)
                {
                    return false;
                }

                p = TextChars.SkipSpaces(text, p, 1);
                foreach (var result in KoreanResults)
                {
                    if (text.AsSpan(p).StartsWith(result, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            case QuantityLanguage.Chinese:
                return ChineseResultFirstChars.Contains(TextChars.CharAt(text, end), StringComparison.Ordinal)
                    || (start >= 2 && text.AsSpan(start - 2, 2).SequenceEqual("比分"));
            default:
                var cues = lang switch
                {
                    QuantityLanguage.Indonesian => IndonesianCues,
                    QuantityLanguage.Vietnamese => VietnameseCues,
                    _ => EnglishCues,
                };
                // "won 20-25 seats" is a range of seats: a counted noun after the pair (other than a result word) rules out a score.
                return HasCueAfter(text, end, cues)
                    || (!UnitNouns.TryFind(text, end, lang, out _, out _) && HasCueBefore(text, start, cues));
        }
    }

    /// <summary>Korean "3대1", "3 대 1", Chinese "3比1": two numbers joined by the score word. <paramref name="end"/> is past the second.</summary>
    public static bool IsJoinedScore(string text, int firstEnd, QuantityLanguage lang, out int end)
    {
        end = firstEnd;
        var joiner = lang switch { QuantityLanguage.Korean => '대', QuantityLanguage.Chinese => '比', _ => '\0' };
        if (joiner == '\0')
        {
            return false;
        }

        var at = TextChars.SkipSpaces(text, firstEnd, 1);
        if (!TextChars.At(text, at, joiner))
        {
            return false;
        }

        var second = TextChars.SkipSpaces(text, at + 1, 1);
        var digitsEnd = DigitNumberParser.DigitsEnd(text, second);
        if (digitsEnd == second || digitsEnd - second > 3)
        {
            return false;
        }

        // Korean "3대1", "3 대 1" or "3대 1로 이겼다": spaced unevenly, only with the particle of a result.
        var after = TextChars.CharAt(text, digitsEnd);
        if (lang == QuantityLanguage.Korean && (second > at + 1) != (at > firstEnd) && after != '로' && !text.AsSpan(digitsEnd).StartsWith("으로", StringComparison.Ordinal))
        {
            return false;
        }

        // "3대 1억 원" is three vehicles and a sum of money: a scale or a currency after the second number is no score.
        if ("만억조천백원달%.,".Contains(TextChars.CharAt(text, digitsEnd), StringComparison.Ordinal)
            || TextChars.IsAsciiDigit(TextChars.CharAt(text, digitsEnd)))
        {
            return false;
        }

        end = digitsEnd;
        return true;
    }

    private static bool HasCueBefore(string text, int start, HashSet<string> cues)
    {
        var lookup = cues.GetAlternateLookup<ReadOnlySpan<char>>();
        var p = start;
        for (var words = 0; words < 3; words++)
        {
            var wordEnd = TextChars.SkipSpacesBack(text, p);
            if (wordEnd == p && words > 0)
            {
                return false;
            }

            var wordStart = wordEnd;
            while (wordStart > 0 && (TextChars.IsWordLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd)
            {
                return false;
            }

            if (lookup.Contains(text.AsSpan(wordStart, wordEnd - wordStart)))
            {
                return true;
            }

            p = wordStart;
        }

        return false;
    }

    private static bool HasCueAfter(string text, int end, HashSet<string> cues)
    {
        var at = TextChars.SkipSpaces(text, end, 1);
        var wordEnd = TextChars.WordEnd(text, at);
        return at > end && wordEnd > at && cues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(at, wordEnd - at));
    }
}
