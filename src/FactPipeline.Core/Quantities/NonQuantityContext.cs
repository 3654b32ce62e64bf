namespace FactPipeline.Core.Quantities;

/// <summary>Words around a number that show it is a label, a product name or a pronoun-like "one", not an amount.</summary>
internal static class NonQuantityContext
{
    /// <summary>Spelled words that are not numbers in context: "salah satu" (one of), "the one", "satu-satunya".</summary>
    public static bool IsSpuriousWord(string text, int start, QuantityTerm term, QuantityLanguage lang)
    {
        if (!term.Number.IsSpelled || term.HasUnitMarker)
        {
            return false;
        }

        if (TextChars.At(text, term.Number.End, '-') && TextChars.IsWordLetter(TextChars.CharAt(text, term.Number.End + 1))
            && !IsOnlyOne(text, term, lang))
        {
            return true;
        }

        var previous = NeighbourWords.PreviousWord(text, start);
        return lang switch
        {
            QuantityLanguage.Indonesian => previous.Equals("salah", StringComparison.OrdinalIgnoreCase) || previous.Equals("ke", StringComparison.OrdinalIgnoreCase),
            // "the one", and "one of the largest": a member of a group, not a count.
            QuantityLanguage.English => term.Value == 1 && term.Number.Length <= 3
                && (IsDeterminer(previous) || NeighbourWords.FollowedByAny(text, term.Number.End, ["of"])),
            // "세 곳 중 하나" (one of three places).
            QuantityLanguage.Korean => term.Value == 1 && (PreviousHangulWordIs(text, start, "중") || PreviousHangulWordIs(text, start, "가운데")),
            QuantityLanguage.Vietnamese => previous.Equals("thứ", StringComparison.OrdinalIgnoreCase) || previous.Equals("tháng", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("ngày", StringComparison.OrdinalIgnoreCase) || (term.Value == 1 && NeighbourWords.FollowedByAny(text, term.Number.End, VietnameseIdiomsAfterOne)),
            _ => false,
        };
    }

    /// <summary>Indonesian "satu-satunya" (the only one) is the number one, written with its reduplicated suffix.</summary>
    public const string OnlyOneSuffix = "-satunya";

    public static bool IsOnlyOne(string text, QuantityTerm term, QuantityLanguage lang) =>
        lang == QuantityLanguage.Indonesian && term.Value == 1 && text.AsSpan(term.Number.End).StartsWith(OnlyOneSuffix, StringComparison.OrdinalIgnoreCase)
        && !TextChars.IsWordLetter(TextChars.CharAt(text, term.Number.End + OnlyOneSuffix.Length));

    private static bool PreviousHangulWordIs(string text, int start, string word)
    {
        var end = TextChars.SkipSpacesBack(text, start);
        return end < start && end >= word.Length && text.AsSpan(end - word.Length, word.Length).SequenceEqual(word)
            && !TextChars.IsHangul(TextChars.CharAt(text, end - word.Length - 1));
    }

    /// <summary>
    /// Korean ordinal counters after a number: "3번째", "세 번째", "셋째", "3위" (rank, not "3위안"), "1차 협상" (round), "3등" (place).
    /// </summary>
    public static bool IsKoreanOrdinal(string text, int end)
    {
        var at = TextChars.SkipSpaces(text, end, 1);
        var rest = text.AsSpan(at);
        if (rest.StartsWith("번째", StringComparison.Ordinal) || rest.StartsWith("째", StringComparison.Ordinal))
        {
            return true;
        }

        if (at != end)
        {
            return false;
        }

        var c = TextChars.CharAt(text, at);
        var next = TextChars.CharAt(text, at + 1);
        return c switch
        {
            '위' => next != '안' && (!TextChars.IsHangul(next) || "를에로의는은도와이가권".Contains(next, StringComparison.Ordinal)),
            '차' or '등' => !TextChars.IsHangul(next) || "를을에로의는은도와이가".Contains(next, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>Vietnamese parts of the day after "giờ": "11 giờ sáng", "9 giờ 30 phút tối", "8 giờ ngày 5/1".</summary>
    private static readonly string[] VietnameseDayParts = ["sáng", "trưa", "chiều", "tối", "đêm", "khuya", "ngày", "hôm"];

    /// <summary>
    /// A time of day or a date that starts with the number just read, and that the date patterns run over the whole text leave to
    /// this cheaper check (it runs only where a number is): "9 o'clock", "11 Uhr", Vietnamese "11 giờ sáng" and "5 tháng 1" (the 5th
    /// of January; "5 tháng" alone is five months), Chinese "11时" (not "时代", "时期", "时间"). <paramref name="end"/> is past it.
    /// </summary>
    public static bool IsTimeOrDateAfter(string text, int numberEnd, QuantityLanguage lang, out int end)
    {
        end = numberEnd;
        if (IsForeignDate(text, numberEnd, out end))
        {
            return true;
        }

        var at = TextChars.SkipSpaces(text, numberEnd, 1);
        if (TextChars.MatchesWord(text, at, "o'clock") || TextChars.MatchesWord(text, at, "o’clock") || TextChars.MatchesWord(text, at, "Uhr"))
        {
            end = TextChars.WordEnd(text, at + 2);
            return true;
        }

        switch (lang)
        {
            case QuantityLanguage.Chinese:
                if (TextChars.At(text, numberEnd, '时') && TextChars.CharAt(text, numberEnd + 1) is not ('代' or '期' or '间'))
                {
                    end = numberEnd + 1;
                    return true;
                }

                return false;
            case QuantityLanguage.Vietnamese when TextChars.MatchesWord(text, at, "tháng"):
                var month = TextChars.SkipSpaces(text, at + 5, 1);
                var monthEnd = DigitNumberParser.DigitsEnd(text, month);
                if (month > at + 5 && monthEnd - month is 1 or 2 && DigitNumberParser.ParseDigits(text.AsSpan(month, monthEnd - month)) is >= 1 and <= 12)
                {
                    end = monthEnd;
                    return true;
                }

                return false;
            case QuantityLanguage.Vietnamese when TextChars.MatchesWord(text, at, "giờ"):
                var p = at + 3;
                var minutes = TextChars.SkipSpaces(text, p, 1);
                var minutesEnd = DigitNumberParser.DigitsEnd(text, minutes);
                if (minutesEnd > minutes && minutesEnd - minutes <= 2)
                {
                    p = minutesEnd;
                    var unit = TextChars.SkipSpaces(text, p, 1);
                    if (TextChars.MatchesWord(text, unit, "phút"))
                    {
                        p = unit + 4;
                    }
                }

                if (TextChars.SkipSpaces(text, p, 1) > p && NeighbourWords.FollowedByAny(text, p, VietnameseDayParts))
                {
                    end = p;
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>A day before a month of another language, checked with a set rather than more date patterns: "9 mai", "28 de agosto", "5. März".</summary>
    private static bool IsForeignDate(string text, int numberEnd, out int end)
    {
        end = numberEnd;
        var at = TextChars.SkipSpaces(text, TextChars.At(text, numberEnd, '.') ? numberEnd + 1 : numberEnd, 1);
        if (TextChars.MatchesWord(text, at, "de"))
        {
            at = TextChars.SkipSpaces(text, at + 2, 1);
        }

        var wordEnd = TextChars.WordEnd(text, at);
        if (wordEnd - at < 3 || !UnitNouns.ForeignMonths.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(at, wordEnd - at)))
        {
            return false;
        }

        end = wordEnd;
        return true;
    }

    /// <summary>Words that make the next four-digit number a year even when a counted noun follows: "pada 2025 warga", "in 2024 people".</summary>
    private static readonly HashSet<string> YearCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "tahun", "thn", "pada", "sejak", "awal", "akhir", "pertengahan", "medio", "periode", "era", "musim", "semester", "triwulan",
        "in", "since", "during", "year", "early", "late", "mid", "fiscal", "fy", "until", "till", "by",
        "năm", "từ", "cuối", "đầu", "giữa", "mùa",
    };

    public static bool HasYearCue(string text, int start, QuantityLanguage lang) =>
        !lang.IsCjk() && YearCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(NeighbourWords.PreviousWord(text, start));

    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "versi", "version", "v", "ver", "nomor", "no", "nr", "nrs", "pasal", "ayat", "halaman", "hal", "page", "chapter", "bab", "seri",
        "series", "phase", "fase", "tahap", "gelombang", "edisi", "edition", "season", "musim", "episode", "game", "gim", "level", "pukul",
        "tahun", "year", "jilid", "volume", "vol", "route", "rute", "jalur", "kode", "code", "room", "ruang", "lantai", "floor", "gate",
        "số", "khóa", "điều", "khoản", "phiên", "bản", "năm", "lúc", "hồi", "hạng", "peringkat", "urutan", "rank", "ranked", "ranking",
    };

    /// <summary>A label word before the number ("nomor 5", "version 2", "số 5"); Vietnamese "trong số 50", "tổng số 50" are amounts.</summary>
    public static bool IsLabel(string text, int start)
    {
        var previousWord = NeighbourWords.PreviousWord(text, start);
        if (previousWord.Length == 0 || !LabelWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previousWord))
        {
            return false;
        }

        if (previousWord.Equals("số", StringComparison.OrdinalIgnoreCase))
        {
            var wordStart = TextChars.SkipSpacesBack(text, start) - previousWord.Length;
            var before = NeighbourWords.PreviousWord(text, wordStart);
            return !(before.Equals("trong", StringComparison.OrdinalIgnoreCase) || before.Equals("tổng", StringComparison.OrdinalIgnoreCase));
        }

        return true;
    }

    /// <summary>English words before "one" that make it a pronoun: "the one", "which one", "no one".</summary>
    private static readonly HashSet<string> DeterminerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "which", "that", "this", "each", "every", "any", "no", "some", "another", "someone", "only",
    };

    /// <summary>Vietnamese words after "một" that make it an article or an idiom: "một số" (some), "một chút" (a little), "một khi" (once).</summary>
    private static readonly string[] VietnameseIdiomsAfterOne = ["số", "trong", "cách", "chút", "lúc", "khi", "phần"];

    private static bool IsDeterminer(ReadOnlySpan<char> word) => DeterminerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// Model and product names followed by a bare number: "AX-Sprint 300", "GPT 4", "Exaone 4.0" (id/vi write decimals with a comma,
    /// so "4.0" after a capitalized name is a version).
    /// </summary>
    public static bool IsProductName(string text, int start, QuantityTerm term, QuantityLanguage lang)
    {
        if (term.Number.IsSpelled || lang.IsCjk())
        {
            return false;
        }

        var end = TextChars.SkipSpacesBack(text, start);

        if (end == start || end - start > 1)
        {
            return false;
        }

        var begin = end;
        while (begin > 0 && (char.IsLetterOrDigit(text[begin - 1]) || text[begin - 1] == '-'))
        {
            begin--;
        }

        var name = text.AsSpan(begin, end - begin);
        if (name.Length > 1 && char.IsLower(name[0]) && name[1..].ContainsAnyInRange('A', 'Z'))
        {
            return true; // "iPhone 15", "eKTP 2"
        }

        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return false;
        }

        var uppers = 0;
        var hyphen = false;
        for (var k = 0; k < name.Length; k++)
        {
            uppers += char.IsUpper(name[k]) ? 1 : 0;
            hyphen |= name[k] == '-' && k + 1 < name.Length && (char.IsUpper(name[k + 1]) || char.IsDigit(name[k + 1]));
        }

        if (uppers >= 2 || hyphen)
        {
            return true;
        }

        if (CountsTheName(text, begin, lang))
        {
            return true; // "four Thunderbolt 3 ports": four is the count, 3 is part of the name
        }

        var numberText = text.AsSpan(term.Number.Start, term.Number.Length);
        return lang.UsesDecimalComma() && numberText.Contains('.') && !IsGroupedThousands(numberText);
    }

    /// <summary>Whether a number (digits or a spelled number word) stands right before the name starting at <paramref name="nameStart"/>.</summary>
    private static bool CountsTheName(string text, int nameStart, QuantityLanguage lang)
    {
        var end = TextChars.SkipSpacesBack(text, nameStart);
        if (end == nameStart)
        {
            return false;
        }
        if (end > 0 && char.IsAsciiDigit(text[end - 1]))
        {
            return true;
        }
        var word = NeighbourWords.PreviousWord(text, nameStart);
        return word.Length > 0 && SpelledNumbers.IsNumberWord(text, end - word.Length, end, lang);
    }

    private static bool IsGroupedThousands(ReadOnlySpan<char> number)
    {
        var dot = number.LastIndexOf('.');
        return dot >= 0 && number.Length - dot - 1 == 3 && !number.Contains(',');
    }
}
