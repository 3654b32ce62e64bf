namespace FactPipeline.Core.Quantities;

/// <summary>
/// A part of a whole read as one quantity: "30 dari 50 guru", "30 of the 50 teachers", "30 trong số 50 giáo viên" (part first) and
/// "50명 중 30명", "50人中的30人" (whole first). The quantity is the part (30) with <see cref="Model.Quantity.Whole"/> = 50; the whole
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

        if (connectors.Length == 0 || part.Currency is not null || part.IsPercent || part.IsMultiplier)
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
    /// Whole first (ko, zh): the whole has been read up to <paramref name="wholeEnd"/> with its counter; reads the connector ("중",
    /// "가운데"; Chinese "中", "中的", "中有" after at most a few characters of noun) and returns where the part starts.
    /// </summary>
    public static bool TryPartAfter(string text, int wholeEnd, QuantityLanguage lang, out int partStart)
    {
        partStart = -1;
        if (lang == QuantityLanguage.Korean)
        {
            var at = TextChars.SkipSpaces(text, wholeEnd, 1);
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

        if (lang != QuantityLanguage.Chinese)
        {
            return false;
        }

        // "50名教师中有30名": up to four characters of noun, then 中 and an optional 的/有/comma.
        const int MaxNoun = 4;
        for (var i = wholeEnd; i < text.Length && i <= wholeEnd + MaxNoun && TextChars.IsHan(text[i]); i++)
        {
            if (text[i] != '中')
            {
                continue;
            }

            var p = i + 1;
            if (TextChars.CharAt(text, p) is '的' or '有' or '，' or ',')
            {
                p++;
            }

            if (TextChars.IsAsciiDigit(TextChars.CharAt(text, p)) || ChineseNumerals.IsNumeralChar(TextChars.CharAt(text, p)))
            {
                partStart = p;
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
