using FactPipeline.Core.Model;

namespace FactPipeline.Core.Quantities;

/// <summary>
/// A part of a whole read as one quantity: "30 dari 50 guru", "30 of the 50 teachers", "30 trong số 50 giáo viên" (part first) and
/// "50명 중 30명", "50人中的30人", "Dari 50 guru, 30 orang …", "Of the 50 teachers, 30 …", "Trong số 50 giáo viên, 30 …" (whole first). The quantity is the part (30) with <see cref="Model.Quantity.Whole"/> = 50; the whole
/// is not a quantity of its own, so it can never be compared as if it were the figure. "one of" is not a part: "salah satu",
/// "one of the 50 companies" and "50개 중 하나" leave the whole as an ordinary count.
/// </summary>
internal static class PartWhole
{
    // Each list's connectors share their first letter: the caller tests it before trying them.
    private static readonly string[] IndonesianConnectors = ["dari total", "dari seluruh", "dari keseluruhan", "dari"];

    private static readonly string[] EnglishConnectors =
        ["of all the", "of the", "of its", "of their", "of his", "of her", "of our", "of all", "of"];

    private static readonly string[] VietnameseConnectors = ["trong tổng số", "trên tổng số", "trong số"];

    private static readonly string[] KoreanConnectors = ["중에서", "중에", "중", "가운데"];

    /// <summary>Indonesian words before the first figure that make "dari" mean "from" ("turun menjadi 30 dari 50").</summary>
    private static readonly string[] IndonesianChangeWords =
        ["naik", "turun", "menjadi", "meningkat", "menurun", "bertambah", "berkurang", "melonjak", "anjlok", "merosot", "ke", "hingga", "sebesar"];

    /// <summary>Classifiers a part may carry while the whole names the noun: "30 orang dari 50 peserta", "30 người trong số 50 giáo viên".</summary>
    private static readonly HashSet<string> PeopleClassifiers = new(StringComparer.OrdinalIgnoreCase) { "orang", "người", "unit", "buah" };

    /// <summary>A classifier that gives way to the whole's noun: "30 orang dari 50 peserta" counts "peserta".</summary>
    public static bool IsClassifier(string unit) => PeopleClassifiers.Contains(unit);

    /// <summary>Words after the whole that make it the start of a change ("dari 50 menjadi 30", "of 50 to 30").</summary>
    private static readonly string[] ChangeWordsAfter = ["menjadi", "ke", "to", "thành", "xuống", "lên", "hingga", "sampai"];

    /// <summary>
    /// Part first: the part has been read up to <paramref name="partEnd"/> (its noun included when it has one); reads the connector,
    /// the whole and its noun. <paramref name="wholeUnit"/> is the noun after the whole ("" when none).
    /// </summary>
    public static bool TryWholeAfter(string text, int partStart, int partEnd, in QuantityTerm part, string partUnit, QuantityLanguage lang, int limit,
        out decimal whole, out string wholeUnit, out int end)
    {
        whole = 0;
        wholeUnit = "";
        end = partEnd;
        var connectors = lang switch
        {
            QuantityLanguage.Indonesian => IndonesianConnectors,
            QuantityLanguage.English => EnglishConnectors,
            QuantityLanguage.Vietnamese => VietnameseConnectors,
            _ => [],
        };

        // "a third of the 12,000 employees", "half of Gaza's 35 hospitals": a fraction is a share, like a percentage, and
        // the whole stays a figure of its own (the headcount, the hospitals), which other reports state.
        if (connectors.Length == 0 || part.Currency is not null || part.IsPercent || part.IsMultiplier || part.Value != decimal.Truncate(part.Value))
        {
            return false;
        }

        var at = TextChars.SkipSpaces(text, partEnd, 1);
        if (at == partEnd || (char)(TextChars.CharAt(text, at) | 0x20) != (char)(connectors[0][0] | 0x20))
        {
            return false;
        }

        var wholeAt = -1;
        foreach (var connector in connectors)
        {
            if (TextChars.MatchesWord(text, at, connector))
            {
                wholeAt = TextChars.SkipSpaces(text, at + connector.Length, 1);
                if (wholeAt == at + connector.Length)
                {
                    wholeAt = -1;
                    continue;
                }

                if (lang == QuantityLanguage.English)
                {
                    wholeAt = SkipPossessive(text, wholeAt);
                }

                break;
            }
        }

        if (wholeAt < 0 || wholeAt >= limit || !IsWhole(text, wholeAt, part, lang, limit, out var term))
        {
            return false;
        }

        if (lang == QuantityLanguage.Indonesian && NeighbourWords.PrecededByAny(text, partStart, IndonesianChangeWords))
        {
            return false;
        }

        end = term.End;
        if (UnitNouns.TryFind(text, term.End, lang, out var noun, out var nounEnd) && nounEnd <= limit)
        {
            wholeUnit = noun;
            end = nounEnd;
        }

        if (NeighbourWords.FollowedByAny(text, end, ChangeWordsAfter))
        {
            return false;
        }

        // "one review of 14 studies" names two different things; "30 orang dari 50 peserta" counts people in both.
        if (partUnit.Length > 0 && wholeUnit.Length > 0 && !partUnit.Equals(wholeUnit, StringComparison.OrdinalIgnoreCase)
            && !PeopleClassifiers.Contains(partUnit))
        {
            return false;
        }

        whole = term.Value;
        return true;
    }

    /// <summary>
    /// Whole first: "50명 중 30명", "50명의 교사 가운데 30명" (ko); "50人中的30人", "在约50名教师中，有不到30名" (zh); and, in a
    /// clause of its own that opens with the whole, "Dari 50 guru, 30 orang …", "Of the 50 teachers, 30 …", "Trong số 50 giáo
    /// viên, có 30 người …". The whole has been read from <paramref name="wholeStart"/> to <paramref name="wholeEnd"/> with its
    /// counter or noun; returns where the part starts (a hedge word before it included: "不到29万人", "lebih dari 30").
    /// Whatever hedges the whole ("약 50명", "约50名") says nothing about the part.
    /// </summary>
    public static bool TryPartAfter(string text, int wholeStart, int wholeEnd, QuantityLanguage lang, out int partStart)
    {
        partStart = -1;
        return lang switch
        {
            QuantityLanguage.Korean => TryKoreanPart(text, wholeEnd, out partStart),
            QuantityLanguage.Chinese => TryChinesePart(text, wholeEnd, out partStart),
            _ => TryPartAfterOpeningWhole(text, wholeStart, wholeEnd, lang, out partStart),
        };
    }

    private static bool TryKoreanPart(string text, int wholeEnd, out int partStart)
    {
        partStart = -1;
        var at = TextChars.SkipSpaces(text, wholeEnd, 1);
        // "95만 명의 유권자 가운데": the whole's noun may follow it with "의".
        if (TextChars.CharAt(text, at) == '의' && TextChars.IsSpace(TextChars.CharAt(text, at + 1)))
        {
            var noun = TextChars.SkipSpaces(text, at + 1, 1);
            var nounEnd = noun;
            while (TextChars.IsHangul(TextChars.CharAt(text, nounEnd)) && nounEnd - noun < MaxKoreanNoun)
            {
                nounEnd++;
            }

            if (nounEnd > noun && TextChars.IsSpace(TextChars.CharAt(text, nounEnd)))
            {
                at = TextChars.SkipSpaces(text, nounEnd, 1);
            }
        }

        foreach (var connector in KoreanConnectors)
        {
            if (text.AsSpan(at).StartsWith(connector, StringComparison.Ordinal) && TextChars.IsSpace(TextChars.CharAt(text, at + connector.Length)))
            {
                partStart = TextChars.SkipSpaces(text, at + connector.Length, 1);
                return true;
            }
        }

        return false;
    }

    // Longest noun (in characters) between a whole and its connector: "95만 명의 유권자 가운데", "50名教师中".
    private const int MaxKoreanNoun = 6;
    private const int MaxChineseNoun = 4;

    private static bool TryChinesePart(string text, int wholeEnd, out int partStart)
    {
        partStart = -1;
        // "50名教师中有30名", "在95万选民中，有不到29万人": up to four characters of noun, then 中, up to two of 的/有/comma, a hedge.
        for (var i = wholeEnd; i < text.Length && i <= wholeEnd + MaxChineseNoun && TextChars.IsHan(text[i]); i++)
        {
            if (text[i] != '中')
            {
                continue;
            }

            var p = i + 1;
            for (var n = 0; n < 2 && TextChars.CharAt(text, p) is '的' or '有' or '，' or ','; n++)
            {
                p++;
            }

            var number = p;
            if (HedgeWords.Forward(text, p, QuantityLanguage.Chinese, out var afterHedge) != Hedge.None)
            {
                number = afterHedge;
            }

            if (TextChars.IsAsciiDigit(TextChars.CharAt(text, number)) || ChineseNumerals.IsNumeralChar(TextChars.CharAt(text, number)))
            {
                partStart = p;
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that open a clause with a whole: "Dari 50 guru, …", "Of the 50 teachers, …", "Trong số 50 giáo viên, …".</summary>
    private static readonly string[] IndonesianOpeners = ["dari total", "dari seluruh", "dari sebanyak", "dari", "di antara"];

    private static readonly string[] EnglishOpeners = ["of all the", "of the", "of all", "out of", "among the", "of"];

    private static readonly string[] VietnameseOpeners = ["trong tổng số", "trong số"];

    /// <summary>Words that may stand between the comma and the part: "Dari 50 guru, sebanyak 30 …", "Trong số 50 giáo viên, có 30 …".</summary>
    private static readonly string[] IndonesianFillers = ["sebanyak", "ada", "terdapat", "hanya"];

    private static readonly string[] EnglishFillers = ["only", "just"];

    private static readonly string[] VietnameseFillers = ["chỉ có", "có", "chỉ"];

    // How far the rest of the whole's noun phrase may run before its comma ("Of the 950,000 eligible voters in the city, …").
    private const int MaxWholePhrase = 40;

    private static bool TryPartAfterOpeningWhole(string text, int wholeStart, int wholeEnd, QuantityLanguage lang, out int partStart)
    {
        partStart = -1;
        var (openers, fillers) = lang switch
        {
            QuantityLanguage.Indonesian => (IndonesianOpeners, IndonesianFillers),
            QuantityLanguage.English => (EnglishOpeners, EnglishFillers),
            QuantityLanguage.Vietnamese => (VietnameseOpeners, VietnameseFillers),
            _ => ([], []),
        };

        // The opener may be followed by a hedge of the whole: "Dari sekitar 50 guru".
        var beforeWhole = HedgeWords.Before(text, wholeStart, lang, out var hedgeStart) != Hedge.None ? hedgeStart : wholeStart;
        if (lang == QuantityLanguage.English)
        {
            beforeWhole = BeforePossessive(text, beforeWhole);
        }

        if (!OpensClause(text, beforeWhole, openers))
        {
            return false;
        }

        // The rest of the whole's noun phrase, then the comma that closes the opening clause.
        var comma = -1;
        for (var i = wholeEnd; i < text.Length && i - wholeEnd <= MaxWholePhrase; i++)
        {
            var c = text[i];
            if (c == ',')
            {
                comma = i;
                break;
            }

            if (char.IsDigit(c) || c is '.' or ';' or ':' or '!' or '?' or '(' or ')')
            {
                return false;
            }
        }

        if (comma < 0)
        {
            return false;
        }

        var at = TextChars.SkipSpaces(text, comma + 1, 1);
        foreach (var filler in fillers)
        {
            if (TextChars.MatchesWord(text, at, filler) && TextChars.IsSpace(TextChars.CharAt(text, at + filler.Length)))
            {
                at = TextChars.SkipSpaces(text, at + filler.Length, 1);
                break;
            }
        }

        var number = at;
        if (HedgeWords.Forward(text, at, lang, out var afterHedge) != Hedge.None)
        {
            number = afterHedge;
        }

        if (!TextChars.IsAsciiDigit(TextChars.CharAt(text, number)))
        {
            return false;
        }

        partStart = at;
        return true;
    }

    /// <summary>
    /// "of the city's 950,000 voters", "Of the company's 1,200 staff": a possessive between the connector and the whole
    /// names whose whole it is. Returns where the whole starts after it (<paramref name="at"/> when there is none).
    /// </summary>
    private static int SkipPossessive(string text, int at)
    {
        var end = TextChars.WordEnd(text, at);
        if (end > at && (text.AsSpan(end).StartsWith("'s ", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("\u2019s ", StringComparison.Ordinal)))
        {
            return TextChars.SkipSpaces(text, end + 2, 1);
        }
        return at;
    }

    /// <summary>The start of an English possessive ("city's ") that ends right before <paramref name="at"/>, else <paramref name="at"/>.</summary>
    private static int BeforePossessive(string text, int at)
    {
        var end = TextChars.SkipSpacesBack(text, at);
        if (end < 3 || end == at || text[end - 1] != 's' || text[end - 2] is not ('\'' or '\u2019'))
        {
            return at;
        }
        var start = end - 2;
        while (start > 0 && TextChars.IsWordLetter(text[start - 1]))
        {
            start--;
        }
        return start < end - 2 ? start : at;
    }

    /// <summary>One of <paramref name="openers"/> ends right before <paramref name="at"/> and starts the sentence or a clause.</summary>
    private static bool OpensClause(string text, int at, string[] openers)
    {
        var end = TextChars.SkipSpacesBack(text, at);
        if (end == at)
        {
            return false;
        }

        foreach (var opener in openers)
        {
            var start = end - opener.Length;
            if (start < 0 || !text.AsSpan(start, opener.Length).Equals(opener, StringComparison.OrdinalIgnoreCase)
                || TextChars.IsWordLetter(TextChars.CharAt(text, start - 1)))
            {
                continue;
            }

            var previous = TextChars.SkipSpacesBack(text, start);
            var c = TextChars.CharAt(text, previous - 1);
            if (previous == 0 || c is '.' or ',' or ';' or ':' or '"' or '\u201C' or '(' or '\n' or '\r')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWhole(string text, int at, in QuantityTerm part, QuantityLanguage lang, int limit, out QuantityTerm whole)
    {
        if (!QuantityTermParser.TryParse(text, at, lang, out whole) || whole.End > limit)
        {
            return false;
        }

        return whole.Value > part.Value && whole.Currency is null && !whole.IsPercent && !whole.IsMultiplier
            && !NonQuantityFilters.IsYear(whole.Number)
            && !(TextChars.IsWordLetter(TextChars.CharAt(text, whole.End)) || TextChars.IsAsciiDigit(TextChars.CharAt(text, whole.End)));
    }
}
