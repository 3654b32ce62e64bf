namespace FactPipeline.Core.Quantities;

/// <summary>
/// Words that give an order of magnitude instead of a figure: "ribuan", "puluhan ribu", "thousands of", "tens of millions",
/// "수천", "수십억", "hàng nghìn", "hàng chục nghìn", "数千", "上万", "成千上万". Each is read as the interval [S, 10·S] of its
/// scale S ("ribuan" = 1,000–10,000; "ratusan ribu" = 100,000–1,000,000): wide enough that no writer's loose "thousands"
/// is called a conflict, narrow enough that "ribuan" against 300 or 50,000 is. "belasan"/"十几" are the teens (11–19).
/// </summary>
internal static class OpenIntervals
{
    private readonly record struct Magnitude(decimal Low, decimal High);

    private static readonly Dictionary<string, Magnitude> IndonesianWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["belasan"] = new(11, 19), ["puluhan"] = Scale(10), ["ratusan"] = Scale(100), ["ribuan"] = Scale(ScaleWords.Thousand),
        ["jutaan"] = Scale(ScaleWords.Million), ["miliaran"] = Scale(ScaleWords.Billion), ["milyaran"] = Scale(ScaleWords.Billion),
        ["triliunan"] = Scale(ScaleWords.Trillion),
    };

    /// <summary>English plurals of a scale; "tens" and "hundreds" may also multiply the next one ("tens of thousands").</summary>
    private static readonly Dictionary<string, Magnitude> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = Scale(12), ["tens"] = Scale(10), ["hundreds"] = Scale(100), ["thousands"] = Scale(ScaleWords.Thousand),
        ["millions"] = Scale(ScaleWords.Million), ["billions"] = Scale(ScaleWords.Billion), ["trillions"] = Scale(ScaleWords.Trillion),
    };

    private static readonly Dictionary<string, decimal> EnglishSingularScales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["thousand"] = ScaleWords.Thousand, ["million"] = ScaleWords.Million, ["billion"] = ScaleWords.Billion,
        ["trillion"] = ScaleWords.Trillion,
    };

    private static readonly Dictionary<string, decimal> IndonesianScales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ratus"] = 100, ["ribu"] = ScaleWords.Thousand, ["juta"] = ScaleWords.Million, ["miliar"] = ScaleWords.Billion,
        ["milyar"] = ScaleWords.Billion, ["triliun"] = ScaleWords.Trillion,
    };

    private static readonly Dictionary<string, decimal> VietnameseScales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["chục"] = 10, ["trăm"] = 100, ["nghìn"] = ScaleWords.Thousand, ["ngàn"] = ScaleWords.Thousand, ["vạn"] = 10_000,
        ["triệu"] = ScaleWords.Million, ["tỷ"] = ScaleWords.Billion, ["tỉ"] = ScaleWords.Billion,
    };

    /// <summary>Words before a scale that mean "some": "beberapa ribu", "several thousand", "a few hundred", "hàng nghìn", "vài trăm".</summary>
    private static readonly string[] IndonesianSome = ["beberapa"];
    private static readonly string[] EnglishSome = ["several", "a few"];
    private static readonly string[] VietnameseSome = ["hàng", "vài", "mấy", "dăm"];

    /// <summary>Chinese set phrases with their own bounds.</summary>
    private static readonly (string Phrase, Magnitude Value)[] ChinesePhrases =
    [
        ("成千上万", new(ScaleWords.Thousand, 100_000)), ("成百上千", new(100, 10_000)), ("成千", Scale(ScaleWords.Thousand)),
        ("成百", Scale(100)), ("十几", new(11, 19)),
    ];

    private static Magnitude Scale(decimal s) => new(s, s * 10);

    public static bool TryParse(string text, int start, QuantityLanguage lang, out decimal low, out decimal high, out int end)
    {
        low = high = 0;
        end = start;
        if (!MayStart(text, start, lang))
        {
            return false;
        }

        Magnitude m;
        var found = lang switch
        {
            QuantityLanguage.Indonesian => TryIndonesian(text, start, out m, out end),
            QuantityLanguage.English => TryEnglish(text, start, out m, out end),
            QuantityLanguage.Vietnamese => TrySomeAndScale(text, start, VietnameseSome, VietnameseScales, out m, out end),
            QuantityLanguage.Korean => TryKorean(text, start, out m, out end),
            QuantityLanguage.Chinese => TryChinese(text, start, out m, out end),
            _ => NotFound(start, out m, out end),
        };
        low = m.Low;
        high = m.High;
        return found;
    }

    /// <summary>A cheap test of the first two letters: this runs at every word start.</summary>
    private static bool MayStart(string text, int i, QuantityLanguage lang)
    {
        var c = AsciiLower(text[i]);
        var d = AsciiLower(TextChars.CharAt(text, i + 1));
        return lang switch
        {
            // dozens, tens, thousands, trillions, hundreds, millions, billions, several, "a few"
            QuantityLanguage.English => c switch
            {
                'd' => d == 'o',
                't' => d is 'e' or 'r' || (d == 'h' && AsciiLower(TextChars.CharAt(text, i + 2)) == 'o'),
                'h' => d == 'u',
                'm' or 'b' => d == 'i',
                's' => d == 'e',
                'a' => d == ' ',
                _ => false,
            },
            // belasan, beberapa, puluhan, ratusan, ribuan, jutaan, miliaran, triliunan
            QuantityLanguage.Indonesian => c switch
            {
                'b' => d == 'e',
                'p' or 'j' => d == 'u',
                'r' => d is 'a' or 'i',
                'm' => d == 'i',
                't' => d == 'r',
                _ => false,
            },
            // hàng, vài, mấy, dăm
            QuantityLanguage.Vietnamese => c is 'h' or 'v' or 'm' or 'd' && d is 'à' or 'ấ' or 'ă',
            QuantityLanguage.Korean => c is '수' or '몇',
            _ => c is '成' or '十' or '数' or '几' or '上',
        };
    }

    private static char AsciiLower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    private static bool NotFound(int start, out Magnitude magnitude, out int end)
    {
        magnitude = default;
        end = start;
        return false;
    }

    private static readonly Dictionary<string, Magnitude>.AlternateLookup<ReadOnlySpan<char>> IndonesianLookup = IndonesianWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, Magnitude>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool TryIndonesian(string text, int start, out Magnitude magnitude, out int end)
    {
        end = TextChars.WordEnd(text, start);
        magnitude = default;
        if (end - start > 2 && (text[end - 1] | 0x20) == 'n' && IndonesianLookup.TryGetValue(text.AsSpan(start, end - start), out magnitude))
        {
            // "puluhan ribu", "ratusan juta", "belasan triliun": a larger scale multiplies both ends.
            if (TryNextScale(text, end, IndonesianScales, ScaleWords.Thousand, out var scale, out var scaleEnd))
            {
                magnitude = new(magnitude.Low * scale, magnitude.High * scale);
                end = scaleEnd;
            }

            return true;
        }

        return end - start == "beberapa".Length && TrySomeAndScale(text, start, IndonesianSome, IndonesianScales, out magnitude, out end);
    }

    private static bool TryEnglish(string text, int start, out Magnitude magnitude, out int end)
    {
        end = TextChars.WordEnd(text, start);
        magnitude = default;
        if (end > start && (text[end - 1] | 0x20) == 's' && EnglishLookup.TryGetValue(text.AsSpan(start, end - start), out magnitude))
        {
            var word = text.AsSpan(start, end - start);
            // "tens of thousands", "hundreds of millions"; "tens" alone is not a quantity.
            var ofAt = TextChars.SkipSpaces(text, end, 1);
            if (word.Equals("tens", StringComparison.OrdinalIgnoreCase) || word.Equals("hundreds", StringComparison.OrdinalIgnoreCase))
            {
                var next = TextChars.SkipSpaces(text, ofAt + 2, 1);
                var nextEnd = TextChars.WordEnd(text, next);
                if (ofAt > end && TextChars.MatchesWord(text, ofAt, "of") && next > ofAt + 2 && nextEnd > next
                    && EnglishLookup.TryGetValue(text.AsSpan(next, nextEnd - next), out var larger) && larger.Low >= ScaleWords.Thousand)
                {
                    magnitude = new(magnitude.Low * larger.Low, magnitude.High * larger.Low);
                    end = nextEnd;
                    return true;
                }
            }

            return !word.Equals("tens", StringComparison.OrdinalIgnoreCase);
        }

        // "several thousand", "a few hundred": only these two words can start one.
        var length = end - start;
        return (length == "a".Length || length == "several".Length) && TrySomeAndScale(text, start, EnglishSome, EnglishSingularScales, out magnitude, out end);
    }

    /// <summary>"beberapa ribu", "several thousand", "hàng nghìn", "hàng chục nghìn", "vài trăm triệu": a "some" word and a scale.</summary>
    private static bool TrySomeAndScale(string text, int start, string[] someWords, Dictionary<string, decimal> scales, out Magnitude magnitude, out int end)
    {
        magnitude = default;
        end = start;
        foreach (var some in someWords)
        {
            if (!TextChars.MatchesWord(text, start, some))
            {
                continue;
            }

            if (!TryNextScale(text, start + some.Length, scales, 10, out var scale, out var scaleEnd))
            {
                return false;
            }

            end = scaleEnd;
            if (TryNextScale(text, scaleEnd, scales, scale * 10, out var larger, out var largerEnd))
            {
                scale *= larger;
                end = largerEnd;
            }

            magnitude = Scale(scale);
            return true;
        }

        return false;
    }

    private static bool TryNextScale(string text, int index, Dictionary<string, decimal> scales, decimal atLeast, out decimal scale, out int end)
    {
        scale = 1;
        end = index;
        var at = TextChars.SkipSpaces(text, index, 1);
        var wordEnd = TextChars.WordEnd(text, at);
        if (at == index || wordEnd == at || !scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(at, wordEnd - at), out var value)
            || value < atLeast)
        {
            return false;
        }

        scale = value;
        end = wordEnd;
        return true;
    }

    /// <summary>Korean "수" or "몇" (several) before 십/백/천 and 만/억/조: "수천", "수십만", "수백억", "몇천".</summary>
    private static bool TryKorean(string text, int start, out Magnitude magnitude, out int end)
    {
        magnitude = default;
        end = start;
        if (TextChars.CharAt(text, start) is not ('수' or '몇'))
        {
            return false;
        }

        var i = start + 1;
        var scale = 1m;
        var small = TextChars.CharAt(text, i) switch { '십' => 10m, '백' => 100m, '천' => 1000m, _ => 1m };
        if (small > 1)
        {
            scale = small;
            i++;
        }

        var big = TextChars.CharAt(text, i) switch { '만' => 10_000m, '억' => 100_000_000m, '조' => ScaleWords.Trillion, _ => 1m };
        if (big > 1)
        {
            scale *= big;
            i++;
        }

        // "수조에 물을" (a water tank), "수만이": a particle glued to a bare 만/억/조 is a word, not a magnitude.
        if (scale == 1 || (small == 1 && "에를을가이는은의로와과도".Contains(TextChars.CharAt(text, i), StringComparison.Ordinal)))
        {
            return false;
        }

        magnitude = Scale(scale);
        end = i;
        return true;
    }

    /// <summary>Chinese "数千", "几百", "上万", "数十亿", "数以万计", "成千上万", "十几".</summary>
    private static bool TryChinese(string text, int start, out Magnitude magnitude, out int end)
    {
        magnitude = default;
        end = start;
        var c = TextChars.CharAt(text, start);
        if (c is not ('成' or '十' or '数' or '几' or '上'))
        {
            return false;
        }

        foreach (var (phrase, value) in ChinesePhrases)
        {
            if (text.AsSpan(start).StartsWith(phrase, StringComparison.Ordinal))
            {
                magnitude = value;
                end = start + phrase.Length;
                return true;
            }
        }

        if (c is not ('数' or '几' or '上'))
        {
            return false;
        }

        var i = start + 1;
        var counted = c == '数' && TextChars.At(text, i, '以');
        if (counted)
        {
            i++;
        }

        var scale = 1m;
        while (i < text.Length && ChineseScale(text[i]) is var s && s > 1)
        {
            scale *= s;
            i++;
        }

        // "数以万计" needs its "计"; "上" counts only before a scale ("上千人", "上万名").
        if (scale == 1 || (counted && !TextChars.At(text, i, '计')))
        {
            return false;
        }

        if (counted)
        {
            i++;
        }

        magnitude = Scale(scale);
        end = i;
        return true;
    }

    private static decimal ChineseScale(char c) => c switch
    {
        '十' => 10m, '百' => 100m, '千' => 1000m, '万' or '萬' => 10_000m, '亿' or '億' => 100_000_000m, _ => 1m,
    };
}
