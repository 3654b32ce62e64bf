using FactPipeline.Core.Model;

namespace FactPipeline.Core.Quantities;

/// <summary>
/// Words before (or, in Korean/Chinese/Vietnamese, after) a number that turn it into an interval.
/// Only the words directly before the number count, so "hingga mencapai 10 triliun" ("reaching") is no hedge.
/// </summary>
internal static class HedgeWords
{
    private static readonly (string Phrase, Hedge Hedge)[] Indonesian = Sorted(
    [
        ("hampir", Hedge.Below), ("nyaris", Hedge.Below), ("mendekati", Hedge.Below), ("menjelang", Hedge.Below),
        ("lebih dari", Hedge.Above), ("di atas", Hedge.Above), ("melebihi", Hedge.Above), ("melewati", Hedge.Above),
        ("minimal", Hedge.AtLeast), ("setidaknya", Hedge.AtLeast), ("sedikitnya", Hedge.AtLeast), ("paling sedikit", Hedge.AtLeast),
        ("sekurang-kurangnya", Hedge.AtLeast), ("lebih dari sekitar", Hedge.Above),
        ("sekitar", Hedge.Approximately), ("kira-kira", Hedge.Approximately), ("sekira", Hedge.Approximately),
        ("kurang lebih", Hedge.Approximately), ("lebih kurang", Hedge.Approximately), ("kisaran", Hedge.Approximately), ("±", Hedge.Approximately),
        ("hingga", Hedge.AtMost), ("sampai", Hedge.AtMost), ("sampai dengan", Hedge.AtMost), ("maksimal", Hedge.AtMost),
        ("paling banyak", Hedge.AtMost), ("kurang dari", Hedge.AtMost), ("di bawah", Hedge.AtMost), ("tidak sampai", Hedge.AtMost),
        ("lebih murah dari", Hedge.AtMost), ("tak sampai", Hedge.AtMost), ("tidak lebih dari", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] English = Sorted(
    [
        ("nearly", Hedge.Below), ("almost", Hedge.Below), ("close to", Hedge.Below), ("just under", Hedge.Below), ("just shy of", Hedge.Below),
        ("more than", Hedge.Above), ("over", Hedge.Above), ("above", Hedge.Above), ("at least", Hedge.AtLeast), ("upwards of", Hedge.Above),
        ("exceeding", Hedge.Above), ("in excess of", Hedge.Above), ("greater than", Hedge.Above), ("no less than", Hedge.AtLeast),
        ("about", Hedge.Approximately), ("around", Hedge.Approximately), ("approximately", Hedge.Approximately), ("roughly", Hedge.Approximately),
        ("some", Hedge.Approximately), ("an estimated", Hedge.Approximately), ("approx.", Hedge.Approximately), ("circa", Hedge.Approximately),
        ("~", Hedge.Approximately),
        // The lowest of several prices or values: the one the other report gives may be any above it.
        ("as low as", Hedge.Above), ("as little as", Hedge.Above), ("starting at", Hedge.Above), ("starting from", Hedge.Above),
        ("up to", Hedge.AtMost), ("at most", Hedge.AtMost), ("no more than", Hedge.AtMost), ("less than", Hedge.AtMost),
        ("fewer than", Hedge.AtMost), ("under", Hedge.AtMost), ("below", Hedge.AtMost), ("not more than", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] Korean = Sorted(
    [
        ("거의", Hedge.Below), ("약", Hedge.Approximately), ("대략", Hedge.Approximately), ("최대", Hedge.AtMost), ("최소", Hedge.AtLeast),
        ("적어도", Hedge.AtLeast),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] KoreanAfter = Sorted(
    [
        ("이상", Hedge.AtLeast), ("초과", Hedge.Above), ("넘는", Hedge.Above), ("넘게", Hedge.Above), ("이하", Hedge.AtMost), ("미만", Hedge.AtMost),
        ("가량", Hedge.Approximately), ("정도", Hedge.Approximately), ("쯤", Hedge.Approximately), ("안팎", Hedge.Approximately),
        ("내외", Hedge.Approximately), ("여", Hedge.Above), ("가까이", Hedge.Below), ("까지", Hedge.AtMost),
        // Verbs after the figure and its particle: "500명이 넘는", "1조 원을 넘어섰다", "3%를 웃도는", "300명 남짓".
        ("넘은", Hedge.Above), ("넘어", Hedge.Above), ("넘었", Hedge.Above), ("넘겼", Hedge.Above), ("넘긴", Hedge.Above), ("넘겨", Hedge.Above),
        ("웃도는", Hedge.Above), ("웃돌", Hedge.Above), ("남짓", Hedge.Above), ("밑도는", Hedge.AtMost), ("밑돌", Hedge.AtMost),
        ("못 미치는", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] Vietnamese = Sorted(
    [
        ("gần", Hedge.Below), ("hơn", Hedge.Above), ("trên", Hedge.Above), ("nhiều hơn", Hedge.Above), ("ít nhất", Hedge.AtLeast),
        ("không ít hơn", Hedge.AtLeast), ("cao hơn", Hedge.Above), ("vượt", Hedge.Above),
        ("khoảng", Hedge.Approximately), ("khoảng chừng", Hedge.Approximately), ("tầm", Hedge.Approximately), ("tầm khoảng", Hedge.Approximately),
        ("xấp xỉ", Hedge.Approximately), ("chừng", Hedge.Approximately), ("ước tính", Hedge.Approximately),
        ("tối đa", Hedge.AtMost), ("dưới", Hedge.AtMost), ("ít hơn", Hedge.AtMost), ("kém hơn", Hedge.AtMost), ("không tới", Hedge.AtMost),
        ("không quá", Hedge.AtMost), ("không hơn", Hedge.AtMost), ("không cao hơn", Hedge.AtMost), ("không đến", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] VietnameseAfter = Sorted(
    [
        ("trở lên", Hedge.AtLeast), ("trở xuống", Hedge.AtMost), ("có lẻ", Hedge.Above), ("có dư", Hedge.Above), ("đổ lại", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] IndonesianAfter = Sorted(
    [
        ("ke atas", Hedge.AtLeast), ("ke bawah", Hedge.AtMost), ("lebih", Hedge.Above),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] EnglishAfter = Sorted(
    [
        ("or more", Hedge.AtLeast), ("or above", Hedge.Above), ("or over", Hedge.Above), ("and above", Hedge.AtLeast), ("or so", Hedge.Approximately),
        ("or fewer", Hedge.AtMost), ("or less", Hedge.AtMost), ("or under", Hedge.AtMost), ("and below", Hedge.AtMost),
    ]);

    /// <summary>Korean particles between a figure and the verb that hedges it ("500명이 넘는", "1조 원을 넘어섰다").</summary>
    private const string KoreanParticles = "이가을를은는도";

    /// <summary>
    /// Words after "lebih" that make it a comparative ("500 orang lebih banyak", "lebih dari"), not "or more"; and verbs that take
    /// "lebih" as "rather" ("lebih memilih").
    /// </summary>
    private static readonly HashSet<string> IndonesianComparatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "banyak", "sedikit", "besar", "kecil", "tinggi", "rendah", "dari", "daripada", "cepat", "lambat", "lama", "murah", "mahal", "baik",
        "buruk", "kuat", "lemah", "luas", "jauh", "dekat", "awal", "dulu", "dahulu", "kurang", "lanjut", "panjang", "pendek", "berat", "ringan",
        "tua", "muda", "sering", "mudah", "sulit", "susah", "penting", "parah", "efektif", "efisien", "unggul", "maju", "aman", "mampu", "tepat",
        "bagus", "hemat", "produktif", "dalam", "lebar", "sehat", "akhir", "memilih", "menyukai", "mengutamakan", "suka", "senang", "baru",
        "lagi", "ketat", "mendalam", "serius", "rinci", "detail", "jelas", "pasti", "tepatnya",
    };

    private static readonly (string Phrase, Hedge Hedge)[] Chinese = Sorted(
    [
        ("大约", Hedge.Approximately), ("约", Hedge.Approximately), ("大概", Hedge.Approximately), ("近", Hedge.Below), ("将近", Hedge.Below),
        ("接近", Hedge.Below), ("超过", Hedge.Above), ("逾", Hedge.Above), ("至少", Hedge.AtLeast), ("多达", Hedge.AtMost), ("最多", Hedge.AtMost),
        ("不到", Hedge.AtMost), ("不超过", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] ChineseAfter = Sorted(
    [
        ("以上", Hedge.AtLeast), ("以下", Hedge.AtMost), ("左右", Hedge.Approximately), ("上下", Hedge.Approximately), ("多", Hedge.Above),
    ]);

    private static (string, Hedge)[] Sorted((string Phrase, Hedge Hedge)[] items) => [.. items.OrderByDescending(i => i.Phrase.Length)];

    // Verbs whose "over" is their particle, not "more than": "handed over 1,200 vehicles" gives exactly 1,200.
    private static readonly string[] OverParticleVerbs = ["hand", "hands", "handed", "handing", "sign", "signs", "signed", "signing"];

    /// <summary>Whether the word before the "over" at <paramref name="at"/> is a verb whose particle it is.</summary>
    private static bool IsParticleVerb(string text, int at)
    {
        var end = TextChars.SkipSpacesBack(text, at);
        if (end == at)
        {
            return false;
        }
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        var word = text.AsSpan(start, end - start);
        foreach (var verb in OverParticleVerbs)
        {
            if (word.Equals(verb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The hedge written right before <paramref name="start"/>, and where it begins.</summary>
    public static Hedge Before(string text, int start, QuantityLanguage language, out int hedgeStart)
    {
        hedgeStart = start;
        var list = language switch
        {
            QuantityLanguage.Indonesian => Indonesian,
            QuantityLanguage.Korean => Korean,
            QuantityLanguage.Vietnamese => Vietnamese,
            QuantityLanguage.Chinese => Chinese,
            _ => English,
        };

        var end = TextChars.SkipSpacesBack(text, start);

        var spaced = end < start;
        foreach (var (phrase, hedge) in list)
        {
            var at = end - phrase.Length;
            if (at < 0 || !text.AsSpan(at, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // Alphabetic hedges need a space before the number and a word boundary before themselves.
            if (TextChars.IsWordLetter(phrase[^1]) && !spaced)
            {
                continue;
            }

            if (TextChars.IsWordLetter(phrase[0]) && TextChars.IsWordLetter(TextChars.CharAt(text, at - 1)))
            {
                continue;
            }

            if (TextChars.IsHangul(phrase[0]) && TextChars.IsHangul(TextChars.CharAt(text, at - 1)))
            {
                continue;
            }

            if (phrase == "over" && IsParticleVerb(text, at))
            {
                continue;
            }

            hedgeStart = at;
            return hedge;
        }

        return Hedge.None;
    }

    /// <summary>
    /// A hedge word that starts at <paramref name="index"/> and is followed by a number ("약 30명" read forwards, after "50명 중"):
    /// returns the hedge and where the number starts.
    /// </summary>
    public static Hedge Forward(string text, int index, QuantityLanguage language, out int numberStart)
    {
        numberStart = index;
        var list = language switch
        {
            QuantityLanguage.Korean => Korean,
            QuantityLanguage.Chinese => Chinese,
            QuantityLanguage.Indonesian => Indonesian,
            QuantityLanguage.Vietnamese => Vietnamese,
            _ => English,
        };

        // Spaced languages: the hedge is a word of its own with the number right after it ("Of the 50, more than 30 ...").
        var spaced = language is QuantityLanguage.Indonesian or QuantityLanguage.Vietnamese or QuantityLanguage.English;
        foreach (var (phrase, hedge) in list)
        {
            if (text.AsSpan(index).StartsWith(phrase, spaced ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                var at = TextChars.SkipSpaces(text, index + phrase.Length, 1);
                if (spaced && !(at > index + phrase.Length && TextChars.IsAsciiDigit(TextChars.CharAt(text, at))))
                {
                    continue;
                }

                if (at < text.Length && (TextChars.IsAsciiDigit(text[at]) || !TextChars.IsSpace(TextChars.CharAt(text, index + phrase.Length)) || language == QuantityLanguage.Korean))
                {
                    numberStart = at;
                    return hedge;
                }
            }
        }

        return Hedge.None;
    }

    /// <summary>A hedge written after the quantity (Korean "이상", Chinese "以上", Vietnamese "trở lên").</summary>
    public static Hedge After(string text, int end, QuantityLanguage language, out int hedgeEnd)
    {
        hedgeEnd = end;
        var list = language switch
        {
            QuantityLanguage.Korean => KoreanAfter,
            QuantityLanguage.Vietnamese => VietnameseAfter,
            QuantityLanguage.Chinese => ChineseAfter,
            QuantityLanguage.Indonesian => IndonesianAfter,
            _ => EnglishAfter,
        };

        var at = TextChars.SkipSpaces(text, end, 1);

        // "500명이 넘는": a subject or object particle glued to the figure, then the verb.
        if (language == QuantityLanguage.Korean && at == end && KoreanParticles.Contains(TextChars.CharAt(text, at), StringComparison.Ordinal)
            && TextChars.IsSpace(TextChars.CharAt(text, at + 1)))
        {
            at = TextChars.SkipSpaces(text, at + 1, 1);
        }

        foreach (var (phrase, hedge) in list)
        {
            if (!TextChars.MatchesWord(text, at, phrase))
            {
                continue;
            }

            // Korean "여" only right after the number ("8만여 명"); "까지" only when not part of a "from...to" phrase.
            if (phrase == "여" && at != end)
            {
                continue;
            }

            // Indonesian "lebih" after the figure is "or more" unless a comparative follows ("500 orang lebih banyak").
            if (phrase == "lebih" && (at == end || IsComparativeAfter(text, at + phrase.Length)))
            {
                continue;
            }

            hedgeEnd = at + phrase.Length;
            return hedge;
        }

        return Hedge.None;
    }

    /// <summary>
    /// A hedge between the number and its noun: English "500 or more people", "500+ people", "500-plus", "30-odd"; Indonesian "seribu
    /// lebih korban"; Korean "8만여 명"; Chinese "300余人", "3000多人", "十来个". <paramref name="hedgeEnd"/> is where the noun may start.
    /// </summary>
    public static Hedge Between(string text, int end, QuantityLanguage language, out int hedgeEnd)
    {
        hedgeEnd = end;
        var c = TextChars.CharAt(text, end);
        switch (language)
        {
            case QuantityLanguage.Korean when c == '여':
                // 여 (餘) is "and more", like Chinese 余: "8만여 명" is 80,000-odd, not about 80,000.
                hedgeEnd = end + 1;
                return Hedge.Above;
            case QuantityLanguage.Chinese when c is '余' or '多':
                hedgeEnd = end + 1;
                return Hedge.Above;
            case QuantityLanguage.Chinese when c == '来' && UnitClasses.ChineseUnitsByFirst.ContainsKey(TextChars.CharAt(text, end + 1)):
                hedgeEnd = end + 1;
                return Hedge.Approximately;
            case QuantityLanguage.English:
                return EnglishBetween(text, end, c, out hedgeEnd);
            case QuantityLanguage.Indonesian:
                var at = TextChars.SkipSpaces(text, end, 1);
                if (at > end && TextChars.MatchesWord(text, at, "lebih") && TextChars.IsSpace(TextChars.CharAt(text, at + 5))
                    && !IsComparativeAfter(text, at + 5))
                {
                    hedgeEnd = at + 5;
                    return Hedge.Above;
                }

                return Hedge.None;
            default:
                return Hedge.None;
        }
    }

    private static Hedge EnglishBetween(string text, int end, char c, out int hedgeEnd)
    {
        hedgeEnd = end;
        if (c == '+' && !TextChars.IsAsciiDigit(TextChars.CharAt(text, end + 1)))
        {
            hedgeEnd = end + 1;
            return Hedge.Above;
        }

        if (TextChars.MatchesWord(text, end, "-plus"))
        {
            hedgeEnd = end + 5;
            return Hedge.Above;
        }

        if (TextChars.MatchesWord(text, end, "-odd"))
        {
            hedgeEnd = end + 4;
            return Hedge.Approximately;
        }

        var afterSpace = TextChars.SkipSpaces(text, end, 1);
        if (afterSpace == end || (char)(TextChars.CharAt(text, afterSpace) | 0x20) is not ('o' or 'a'))
        {
            return Hedge.None;
        }

        foreach (var (phrase, hedge) in EnglishAfter)
        {
            if (afterSpace > end && TextChars.MatchesWord(text, afterSpace, phrase) && TextChars.IsSpace(TextChars.CharAt(text, afterSpace + phrase.Length)))
            {
                hedgeEnd = afterSpace + phrase.Length;
                return hedge;
            }
        }

        return Hedge.None;
    }

    private static bool IsComparativeAfter(string text, int index)
    {
        var start = TextChars.SkipSpaces(text, index, 1);
        var end = TextChars.WordEnd(text, start);
        return end > start && IndonesianComparatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start));
    }
}
