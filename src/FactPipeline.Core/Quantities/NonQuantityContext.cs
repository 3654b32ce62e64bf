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

        if (TextChars.At(text, term.Number.End, '-') && TextChars.IsWordLetter(TextChars.CharAt(text, term.Number.End + 1)))
        {
            return true;
        }

        var previous = NeighbourWords.PreviousWord(text, start);
        return lang switch
        {
            QuantityLanguage.Indonesian => previous.Equals("salah", StringComparison.OrdinalIgnoreCase) || previous.Equals("ke", StringComparison.OrdinalIgnoreCase),
            QuantityLanguage.English => term.Value == 1 && term.Number.Length <= 3 && IsDeterminer(previous),
            QuantityLanguage.Vietnamese => previous.Equals("thứ", StringComparison.OrdinalIgnoreCase) || previous.Equals("tháng", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("ngày", StringComparison.OrdinalIgnoreCase) || (term.Value == 1 && NeighbourWords.FollowedByAny(text, term.Number.End, VietnameseIdiomsAfterOne)),
            _ => false,
        };
    }

    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "versi", "version", "v", "ver", "nomor", "no", "nr", "nrs", "pasal", "ayat", "halaman", "hal", "page", "chapter", "bab", "seri",
        "series", "phase", "fase", "tahap", "gelombang", "edisi", "edition", "season", "musim", "episode", "game", "gim", "level", "pukul",
        "tahun", "year", "jilid", "volume", "vol", "route", "rute", "jalur", "kode", "code", "room", "ruang", "lantai", "floor", "gate",
        "số", "khóa", "điều", "khoản", "phiên", "bản", "năm", "lúc", "hồi",
    };

    public static bool IsLabel(ReadOnlySpan<char> previousWord) =>
        previousWord.Length > 0 && LabelWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previousWord);

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

        var numberText = text.AsSpan(term.Number.Start, term.Number.Length);
        return lang.UsesDecimalComma() && numberText.Contains('.') && !IsGroupedThousands(numberText);
    }

    private static bool IsGroupedThousands(ReadOnlySpan<char> number)
    {
        var dot = number.LastIndexOf('.');
        return dot >= 0 && number.Length - dot - 1 == 3 && !number.Contains(',');
    }
}
