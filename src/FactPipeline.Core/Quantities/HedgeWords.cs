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
        ("minimal", Hedge.Above), ("setidaknya", Hedge.Above), ("sedikitnya", Hedge.Above), ("paling sedikit", Hedge.Above),
        ("sekurang-kurangnya", Hedge.Above), ("lebih dari sekitar", Hedge.Above),
        ("sekitar", Hedge.Approximately), ("kira-kira", Hedge.Approximately), ("sekira", Hedge.Approximately),
        ("kurang lebih", Hedge.Approximately), ("lebih kurang", Hedge.Approximately), ("kisaran", Hedge.Approximately), ("±", Hedge.Approximately),
        ("hingga", Hedge.AtMost), ("sampai", Hedge.AtMost), ("sampai dengan", Hedge.AtMost), ("maksimal", Hedge.AtMost),
        ("paling banyak", Hedge.AtMost), ("kurang dari", Hedge.AtMost), ("di bawah", Hedge.AtMost), ("tidak sampai", Hedge.AtMost),
        ("lebih murah dari", Hedge.AtMost), ("tak sampai", Hedge.AtMost), ("tidak lebih dari", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] English = Sorted(
    [
        ("nearly", Hedge.Below), ("almost", Hedge.Below), ("close to", Hedge.Below), ("just under", Hedge.Below), ("just shy of", Hedge.Below),
        ("more than", Hedge.Above), ("over", Hedge.Above), ("above", Hedge.Above), ("at least", Hedge.Above), ("upwards of", Hedge.Above),
        ("exceeding", Hedge.Above), ("in excess of", Hedge.Above), ("greater than", Hedge.Above), ("no less than", Hedge.Above),
        ("about", Hedge.Approximately), ("around", Hedge.Approximately), ("approximately", Hedge.Approximately), ("roughly", Hedge.Approximately),
        ("some", Hedge.Approximately), ("an estimated", Hedge.Approximately), ("approx.", Hedge.Approximately), ("circa", Hedge.Approximately),
        ("~", Hedge.Approximately),
        ("up to", Hedge.AtMost), ("at most", Hedge.AtMost), ("no more than", Hedge.AtMost), ("less than", Hedge.AtMost),
        ("fewer than", Hedge.AtMost), ("under", Hedge.AtMost), ("below", Hedge.AtMost), ("not more than", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] Korean = Sorted(
    [
        ("거의", Hedge.Below), ("약", Hedge.Approximately), ("대략", Hedge.Approximately), ("최대", Hedge.AtMost), ("최소", Hedge.Above),
        ("적어도", Hedge.Above),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] KoreanAfter = Sorted(
    [
        ("이상", Hedge.Above), ("초과", Hedge.Above), ("넘는", Hedge.Above), ("넘게", Hedge.Above), ("이하", Hedge.AtMost), ("미만", Hedge.AtMost),
        ("가량", Hedge.Approximately), ("정도", Hedge.Approximately), ("쯤", Hedge.Approximately), ("안팎", Hedge.Approximately),
        ("내외", Hedge.Approximately), ("여", Hedge.Approximately), ("가까이", Hedge.Below), ("까지", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] Vietnamese = Sorted(
    [
        ("gần", Hedge.Below), ("hơn", Hedge.Above), ("trên", Hedge.Above), ("nhiều hơn", Hedge.Above), ("ít nhất", Hedge.Above),
        ("không ít hơn", Hedge.Above), ("cao hơn", Hedge.Above), ("vượt", Hedge.Above),
        ("khoảng", Hedge.Approximately), ("khoảng chừng", Hedge.Approximately), ("tầm", Hedge.Approximately), ("tầm khoảng", Hedge.Approximately),
        ("xấp xỉ", Hedge.Approximately), ("chừng", Hedge.Approximately), ("ước tính", Hedge.Approximately),
        ("tối đa", Hedge.AtMost), ("dưới", Hedge.AtMost), ("ít hơn", Hedge.AtMost), ("kém hơn", Hedge.AtMost), ("không tới", Hedge.AtMost),
        ("không quá", Hedge.AtMost), ("không hơn", Hedge.AtMost), ("không cao hơn", Hedge.AtMost), ("không đến", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] VietnameseAfter = Sorted(
    [
        ("trở lên", Hedge.Above), ("trở xuống", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] Chinese = Sorted(
    [
        ("大约", Hedge.Approximately), ("约", Hedge.Approximately), ("大概", Hedge.Approximately), ("近", Hedge.Below), ("将近", Hedge.Below),
        ("接近", Hedge.Below), ("超过", Hedge.Above), ("逾", Hedge.Above), ("至少", Hedge.Above), ("多达", Hedge.AtMost), ("最多", Hedge.AtMost),
        ("不到", Hedge.AtMost), ("不超过", Hedge.AtMost),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] ChineseAfter = Sorted(
    [
        ("以上", Hedge.Above), ("以下", Hedge.AtMost), ("左右", Hedge.Approximately), ("上下", Hedge.Approximately), ("多", Hedge.Above),
    ]);

    private static readonly (string Phrase, Hedge Hedge)[] None = [];

    private static (string, Hedge)[] Sorted((string Phrase, Hedge Hedge)[] items) => [.. items.OrderByDescending(i => i.Phrase.Length)];

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

            hedgeStart = at;
            return hedge;
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
            _ => None,
        };

        var at = TextChars.SkipSpaces(text, end, 1);
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

            hedgeEnd = at + phrase.Length;
            return hedge;
        }

        return Hedge.None;
    }
}
