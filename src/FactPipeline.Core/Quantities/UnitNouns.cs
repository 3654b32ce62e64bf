namespace FactPipeline.Core.Quantities;

/// <summary>Finds the counted noun after a number: "300 perusahaan", "260 ribu unit GPU" (classifier skipped), "8만 명", "5家".</summary>
internal static class UnitNouns
{
    private static readonly HashSet<string> IndonesianStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "yang", "dan", "di", "ke", "dari", "pada", "untuk", "dengan", "dalam", "ini", "itu", "adalah", "akan", "juga", "oleh", "sebagai",
        "atau", "tersebut", "lalu", "lagi", "saja", "sudah", "telah", "masih", "per", "hingga", "sampai", "lebih", "kurang", "setiap", "pun",
        "bagi", "karena", "sejak", "sekitar", "mencapai", "menjadi", "serta", "tetapi", "namun", "bahwa", "agar", "kali", "lipat", "antara",
        "mendatang", "kemudian", "sebelumnya", "tadi", "nanti", "ialah", "merupakan", "sebesar", "senilai", "se", "tak", "tidak", "bisa",
        "dapat", "harus", "para", "sang", "si", "kah", "lah", "pula", "hanya", "bahkan", "sebanyak", "secara", "terhadap", "tentang", "jika",
        "kalau", "maka", "saat", "ketika", "sehingga", "pula", "vs", "versus", "s", "d", "atas", "bawah", "lawan", "kontra", "tanpa",
        // Prepositions and conjunctions of time and manner that follow a classifier ("64 unit sepanjang tahun lalu"):
        // they name nothing counted, so the classifier stays the unit and the measure is read around it.
        "sepanjang", "selama", "setelah", "sesudah", "sebelum", "menjelang", "seperti", "selain", "yakni", "yaitu", "sementara",
        "menurut", "melalui", "kepada", "sedangkan", "hampir", "tiap", "masing-masing",
    };

    /// <summary>
    /// Function words of languages the recognizer does not read ("31 de ellos", "5 und", "3 les"): a mislabelled page must not turn
    /// them into counted nouns.
    /// </summary>
    private static readonly HashSet<string> ForeignStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "del", "della", "des", "du", "der", "den", "dem", "und", "los", "las", "les", "el", "la", "le", "et", "em", "um", "uma",
        "une", "una", "dos", "pour", "para", "por", "mit", "von", "für", "avec", "con",
    };

    /// <summary>Month names of languages the recognizer does not read: "9 mai", "28 de agosto", "5. März" are dates, not counts.</summary>
    public static readonly HashSet<string> ForeignMonths = new(StringComparer.OrdinalIgnoreCase)
    {
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre",
        "diciembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "janvier",
        "février", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "januar", "jänner",
        "februar", "märz", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "maart",
        "ogos", "julai", "disember", "pebrero", "marso", "hunyo", "hulyo", "setyembre", "oktubre", "nobyembre", "disyembre",
    };

    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "from", "by", "with", "is", "are", "was", "were", "be", "been",
        "that", "which", "who", "this", "these", "those", "it", "its", "as", "than", "but", "per", "each", "while", "after", "before", "over",
        "under", "into", "about", "more", "less", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "out",
        "times", "fold", "up", "down", "off", "so", "if", "when", "then", "also", "not", "no", "yes", "to", "till", "until", "s", "vs",
        "versus", "last", "first", "next", "such", "like", "i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them", "my", "your", "our", "their", "do", "does",
        "did", "am", "between", "among", "during", "since", "because", "via", "plus", "minus", "point", "over", "other", "another",
        "again", "ago", "alone", "apiece", "altogether", "overall", "instead", "already", "yet", "still", "now", "today", "yesterday",
        "tomorrow", "here", "there", "ever", "never", "even", "just", "both", "all", "either", "neither", "respectively", "against",
        "despite", "including", "across", "around", "without", "within", "toward", "towards", "through", "throughout", "upon", "onto",
        "beyond", "below", "above", "near", "behind", "except", "unlike", "whereas", "although", "though",
    };

    private static readonly HashSet<string> VietnameseStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "và", "của", "trong", "là", "có", "được", "cho", "với", "từ", "đến", "tới", "này", "đó", "các", "những", "hơn", "trên", "dưới",
        "thì", "mà", "nhưng", "hoặc", "hay", "để", "khi", "vào", "ra", "lên", "xuống", "đã", "sẽ", "đang", "rằng", "theo", "về", "tại",
        "lần", "gấp", "trở", "so", "như", "nhất", "cũng", "chỉ", "vẫn", "còn", "nữa", "không",
    };

    /// <summary>Two-syllable Vietnamese nouns kept whole ("300 doanh nghiệp", not "300 doanh").</summary>
    private static readonly HashSet<string> VietnameseCompounds = new(StringComparer.OrdinalIgnoreCase)
    {
        "doanh nghiệp", "công ty", "người dân", "lao động", "sinh viên", "học sinh", "bệnh nhân", "nhà máy", "dự án", "sản phẩm",
        "cán bộ", "giáo viên", "nhân viên", "trường học", "tổ chức", "đơn vị", "hợp đồng", "căn hộ", "ngân hàng", "tập đoàn",
        "chuyên gia", "kỹ sư", "thí sinh", "cổ phiếu", "du khách", "chiến sĩ", "quân nhân", "thiết bị", "máy bay", "phương tiện",
        "tàu thuyền", "xe máy", "ô tô", "công nhân", "tỉnh thành", "hộ dân", "gia đình", "quốc gia", "thành phố", "nhà đầu", "con chip",
    };

    /// <summary>Indonesian classifiers skipped when another noun follows: "260 ribu unit GPU" counts GPUs.</summary>
    private static readonly HashSet<string> IndonesianClassifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "unit", "buah", "ekor", "biji", "lembar", "batang", "butir", "helai", "potong", "keping", "pucuk", "bidang",
    };

    /// <summary>Korean particles stripped from the counted word ("명이" → "명").</summary>
    private static readonly string[] KoreanParticles =
    [
        "이었습니다", "이었다", "입니다", "였습니다", "였다", "에서는", "에서", "으로", "까지", "부터", "이나", "이다", "이며", "이고", "씩", "이", "가", "을", "를", "은", "는", "의", "에", "도", "로", "과", "와", "만",
    ];

    private static readonly HashSet<string> KoreanNonNouns = new(StringComparer.Ordinal)
    {
        "이상", "이하", "미만", "초과", "정도", "가량", "쯤", "이다", "입니다", "만", "만큼", "안팎", "내외", "가까이", "넘는", "넘게", "까지", "여", "및", "또는",
    };


    /// <summary>The counted noun starting after <paramref name="end"/> and the end of the span including it.</summary>
    public static bool TryFind(string text, int end, QuantityLanguage language, out string unit, out int unitEnd)
    {
        unit = "";
        unitEnd = end;
        return language switch
        {
            QuantityLanguage.Korean => TryFindKorean(text, end, out unit, out unitEnd),
            QuantityLanguage.Chinese => TryFindChinese(text, end, out unit, out unitEnd),
            _ => TryFindAlphabetic(text, end, language, out unit, out unitEnd),
        };
    }

    private static bool TryFindAlphabetic(string text, int end, QuantityLanguage language, out string unit, out int unitEnd)
    {
        unit = "";
        unitEnd = end;
        var start = TextChars.SkipSpaces(text, end, 1);
        if (start == end || !IsNounLike(text, start, language, out var wordEnd))
        {
            return false;
        }

        var word = text.AsSpan(start, wordEnd - start);
        if (language == QuantityLanguage.Indonesian && IndonesianClassifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            var nextStart = TextChars.SkipSpaces(text, wordEnd, 1);
            if (nextStart > wordEnd && IsNounLike(text, nextStart, language, out var nextEnd))
            {
                start = nextStart;
                wordEnd = nextEnd;
            }
        }

        // Vietnamese nouns are often two syllables: "doanh nghiệp", "công ty", "người dân".
        if (language == QuantityLanguage.Vietnamese)
        {
            var secondStart = TextChars.SkipSpaces(text, wordEnd, 1);
            var secondEnd = TextChars.WordEnd(text, secondStart);
            if (secondStart == wordEnd + 1 && secondEnd > secondStart && VietnameseCompounds.Contains(text[start..secondEnd]))
            {
                wordEnd = secondEnd;
            }
        }

        unit = text[start..wordEnd].ToLowerInvariant();
        unitEnd = wordEnd;
        return true;
    }

    private static bool IsNounLike(string text, int start, QuantityLanguage language, out int wordEnd)
    {
        wordEnd = TextChars.WordEnd(text, start);
        if (wordEnd == start || TextChars.IsAsciiDigit(TextChars.CharAt(text, wordEnd)))
        {
            return false;
        }

        var word = text.AsSpan(start, wordEnd - start);

        // Hyphenated nouns ("undang-undang", "e-commerce") are one word.
        while (TextChars.At(text, wordEnd, '-') && TextChars.IsWordLetter(TextChars.CharAt(text, wordEnd + 1)))
        {
            wordEnd = TextChars.WordEnd(text, wordEnd + 1);
        }

        var stop = language switch
        {
            QuantityLanguage.Indonesian => IndonesianStopWords,
            QuantityLanguage.Vietnamese => VietnameseStopWords,
            _ => EnglishStopWords,
        };

        if (stop.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || ForeignStopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || ForeignMonths.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }

        // A word in another script ("5 мая", "3 Ιουνίου") is not a noun we can read: the number stays bare.
        if (!IsLatin(word))
        {
            return false;
        }

        // Proper names ("300 Samsung") are not counted nouns; acronyms ("GPU", "TWh") are.
        if (char.IsUpper(word[0]) && word.Length > 1)
        {
            var uppers = 0;
            foreach (var ch in word)
            {
                if (char.IsUpper(ch))
                {
                    uppers++;
                }
            }

            if (uppers < 2 && word.Length > 3)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Latin letters, with the Vietnamese and other diacritics (Latin Extended and combining marks).</summary>
    private static bool IsLatin(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c > '\u024F' && c is not (>= '\u1E00' and <= '\u1EFF') && c is not (>= '\u0300' and <= '\u036F'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryFindKorean(string text, int end, out string unit, out int unitEnd)
    {
        unit = "";
        unitEnd = end;
        var start = TextChars.SkipSpaces(text, end, 1);
        var i = start;
        while (i < text.Length && TextChars.IsHangul(text[i]))
        {
            i++;
        }

        if (i == start)
        {
            // "21만4천t", "512㎞": a unit of measure in Latin letters or a unit symbol, glued to the figure. Other Latin
            // words are names ("5만 장의 GPU" is handled by the counter).
            return start == end && TryFindGluedMeasure(text, end, out unit, out unitEnd);
        }

        var word = text.AsSpan(start, i - start);
        if (KoreanNonNouns.Contains(word.ToString()))
        {
            return false;
        }

        foreach (var particle in KoreanParticles)
        {
            if (word.Length > particle.Length && word.EndsWith(particle, StringComparison.Ordinal))
            {
                word = word[..^particle.Length];
                break;
            }
        }

        // Long attached words are predicates ("8만명이었다"): keep the counter syllable only, or a known unit of two or more
        // syllables ("3개월간", "5년간이나", "2킬로미터를").
        if (start == end && word.Length > 2)
        {
            word = word[..KnownKoreanUnitLength(word)];
        }

        var text1 = word.ToString();
        if (text1.Length == 0 || KoreanNonNouns.Contains(text1) || text1 is "이" or "가" or "은" or "는" or "을" or "를" or "의" or "에" or "로" or "와" or "과")
        {
            return false;
        }

        unit = text1;
        unitEnd = start + text1.Length;
        return true;
    }

    private static bool TryFindGluedMeasure(string text, int end, out string unit, out int unitEnd)
    {
        unitEnd = UnitClasses.GluedMeasureEnd(text, end);
        unit = text[end..unitEnd];
        return unitEnd > end;
    }

    /// <summary>A Chinese unit is a classifier or a measure from the list ("5家", "3个月", "10公里"); any other character is not.</summary>
    /// <summary>Korean units of two or more syllables from the unit classes, longest first.</summary>
    private static readonly string[] LongKoreanUnits =
    [
        .. UnitClasses.ByLanguage.Values.SelectMany(perLanguage => perLanguage.TryGetValue("ko", out var units) ? units : [])
            .Where(u => u.Length > 1).Distinct(StringComparer.Ordinal).OrderByDescending(u => u.Length),
    ];

    private static int KnownKoreanUnitLength(ReadOnlySpan<char> word)
    {
        foreach (var unit in LongKoreanUnits)
        {
            if (word.StartsWith(unit, StringComparison.Ordinal))
            {
                return unit.Length;
            }
        }

        return 1;
    }

    private static bool TryFindChinese(string text, int end, out string unit, out int unitEnd)
    {
        unit = "";
        unitEnd = end;
        if (!UnitClasses.ChineseUnitsByFirst.TryGetValue(TextChars.CharAt(text, end), out var candidates))
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (text.AsSpan(end).StartsWith(candidate, StringComparison.Ordinal))
            {
                unit = candidate;
                unitEnd = end + candidate.Length;
                return true;
            }
        }

        return false;
    }
}
