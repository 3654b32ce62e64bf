namespace FactPipeline.Core.Extraction;

/// <summary>
/// Scores how plausible a decoded string is for the language its encoding serves: the share of the
/// non-ASCII characters that are frequent in that language. Wrong guesses produce rare syllables,
/// rare ideographs or runs of accented Latin letters, which score low.
/// </summary>
internal static class EncodingPlausibility
{
    // The most frequent Hangul syllables in news text; they cover well over half of a Korean article,
    // while EUC-KR bytes misread from GB2312 Chinese land on them only by chance.
    private const string CommonHangul =
        "이다의는에하고을를가한로서으기지도사정대니국인년있수자시해적전제부일것장나리라상주동경성과보원발했들화업게어공관위구문" +
        "중만된회아무면선소신연계여세분운내실개말미결명비금유모용단까생행통학요및며히터때습할합와또후등력같당방조그저안우본물되출" +
        "표영민진입체산데식더않현투억달러밝였에서으로하는했다한다있다이라며고려추진지원강화확대예정규모계획정부기업시장투자개발";

    // The most frequent simplified Chinese characters (roughly the top 400).
    private const string CommonHan =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所" +
        "民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日" +
        "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想" +
        "已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指" +
        "几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权" +
        "收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集" +
        "温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支" +
        "般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属" +
        "圆包火住调满县局照参红细引听该铁价严龙投亿智能芯片计划预算";

    private static readonly HashSet<char> HangulSet = [.. CommonHangul];
    private static readonly HashSet<char> HanSet = [.. CommonHan];

    // Accented letters common in Western languages written in Windows-1252, plus its typographic punctuation.
    private const string CommonLatin1 = "éèêëàâäáíìîïóòôöúùûüçñßæøåãõœšž’‘“”–—…€°«»·©®";

    public static double Korean(string text) => Share(text, HangulSet.Contains);

    public static double Chinese(string text) => Share(text, HanSet.Contains);

    /// <summary>Japanese text is full of hiragana/katakana; misread Korean becomes half-width katakana, which does not count.</summary>
    public static double Japanese(string text) => Share(text, c => c is >= '\u3040' and <= '\u30FF');

    /// <summary>
    /// Vietnamese in Windows-1258: letters only Vietnamese uses (ư ơ đ ă, and the tone-marked vowels that
    /// base letter + combining mark compose to). Shared accented letters like é prove nothing, so a French
    /// text scores zero here and Windows-1252 wins.
    /// </summary>
    public static double Vietnamese(string text) => Share(text, c =>
        Scripts.HasVietnameseLetter(c.ToString()) || c is >= '\u0300' and <= '\u0323');

    /// <summary>
    /// Western text: non-ASCII characters are mostly single accented letters inside ASCII words.
    /// Double-byte text misread as Windows-1252 yields runs of accented letters and symbols instead.
    /// </summary>
    public static double Western(string text)
    {
        var nonAscii = 0;
        var plausible = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                continue;
            }
            if (c is >= '\u0080' and <= '\u009F')
            {
                return 0; // C1 controls never appear in real text.
            }
            nonAscii++;
            var isolated = (i == 0 || text[i - 1] < 0x80) && (i + 1 == text.Length || text[i + 1] < 0x80);
            if (CommonLatin1.Contains(char.ToLowerInvariant(c)) && isolated)
            {
                plausible++;
            }
        }
        return nonAscii == 0 ? 1 : (double)plausible / nonAscii;
    }

    private static double Share(string text, Func<char, bool> isCommon)
    {
        var nonAscii = 0;
        var common = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }
            if (c is >= '\u0080' and <= '\u009F' or '\uFFFD')
            {
                return 0;
            }
            nonAscii++;
            if (isCommon(c))
            {
                common++;
            }
        }
        return nonAscii == 0 ? 0 : (double)common / nonAscii;
    }
}
