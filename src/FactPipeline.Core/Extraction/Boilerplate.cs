using System.Text.RegularExpressions;

namespace FactPipeline.Core.Extraction;

/// <summary>
/// Recognizes site furniture that scrapers leave in article text: "Baca Juga" links, bylines, comment
/// counters, breadcrumbs, source URLs, reporter signatures, logos, photo captions, share prompts.
/// Each rule matches a whole line, so real paragraphs that merely mention these words are kept.
/// </summary>
internal static partial class Boilerplate
{
    public static bool IsBoilerplateLine(string line)
    {
        var text = line.Trim();
        return text.Length == 0
            || ReadAlso().IsMatch(text)
            || FixedPhrase().IsMatch(text)
            || (text.Length < 120 && Byline().IsMatch(text))
            || Breadcrumb().IsMatch(text)
            || EmailOnly().IsMatch(text)
            || SourceUrl().IsMatch(text)
            || Signature().IsMatch(text)
            || (text.Length < 80 && Logo().IsMatch(text))
            || (text.Length < 160 && FollowPrompt().IsMatch(text))
            || IsPhotoCaption(text);
    }

    /// <summary>
    /// Lines after which a page has only comments and related links. Everything from such a line on is
    /// dropped when no real paragraph follows it.
    /// </summary>
    public static bool IsEndMarker(string line) => EndMarker().IsMatch(line.Trim());

    /// <summary>Removes a reporter signature glued to the end of the last sentence: "... masa depan. (ren)".</summary>
    public static string StripTrailingSignature(string paragraph) => TrailingSignature().Replace(paragraph, "");

    private static bool IsPhotoCaption(string text) =>
        CaptionStart().IsMatch(text) || (text.Length < 400 && PhotoCredit().IsMatch(text));

    // "Baca Juga: ...", also wrapped in quotes; "Read also", "Read more", "See also".
    [GeneratedRegex(@"^[“""'«(\[]?\s*(?:baca\s+(?:juga|pula)|lihat\s+juga|simak\s+juga|read\s+(?:also|more)|see\s+also|also\s+read)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadAlso();

    [GeneratedRegex(
        @"^(?:leave\s+a\s+(?:reply|comment)|komentar\s*\(\d+\)|\d*\s*(?:comments?|komentar)(?:\s*\(\d+\))?|no\s+data|no\s+more\s+pages|" +
        @"konten\s+yang\s+terkait|(?:berita|artikel|konten)\s+terkait|related\s+(?:articles?|news|posts?|stories)|" +
        @"dalam\s+(?:topik|kategori)\s+yang\s+sama|dari\s+penulis\s+yang\s+sama|bagikan|share(?:\s+this)?|tags?\s*:.*|" +
        @"advertisement|iklan|scroll\s+to\s+continue.*|copyright\b.*|©.*|all\s+rights\s+reserved\.?)\s*:?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex FixedPhrase();

    // "Subscribe to X on YouTube", "Follow the Opinion section on Facebook, Twitter and Instagram.", "Ikuti kami di …".
    [GeneratedRegex(
        @"^(?:subscribe\s+to\b.*\b(?:youtube|channel|newsletter|podcast)|sign\s+up\s+for\s+(?:our|the)\b.*\bnewsletter|" +
        @"follow\s+.{0,60}\bon\s+(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|telegram|whatsapp)\b|" +
        @"(?:ikuti|follow)\s+(?:kami|us)\b.*\b(?:di|on)\s+\S|berlangganan\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex FollowPrompt();

    [GeneratedRegex(@"^(?:penulis|editor|reporter|pewarta|redaktur|oleh|author|writer|by|written\s+by)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    // "Home - Teknologi & Digital - Title", "Beranda » Berita"
    [GeneratedRegex(@"^(?:home|beranda|trang\s+chủ|홈)\s*[-–»>›/|]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")]
    private static partial Regex EmailOnly();

    [GeneratedRegex(@"^(?:sumber|source|nguồn)\s*:\s*https?://\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceUrl();

    // "(bbn)", "(ren)", "(ant/ren)": reporter initials.
    [GeneratedRegex(@"^\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*\s*\)$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"(?<=[.!?”""])\s*\(\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})*\s*\)$")]
    private static partial Regex TrailingSignature();

    [GeneratedRegex(@"^logo\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex Logo();

    [GeneratedRegex(@"^(?:ilustrasi|foto|photo|gambar|caption)\s*[-:–]", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionStart();

    // "... Foto: CGTN for Hallonews", "(Foto: Antara)" at the end of a line.
    [GeneratedRegex(@"[(\s.](?:foto|photo|gambar)\s*:\s*[^.!?]{1,60}\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(
        @"^(?:leave\s+a\s+(?:reply|comment)|komentar\s*\(\d+\)|\d*\s*(?:comments?|komentar)|no\s+more\s+pages|konten\s+yang\s+terkait|" +
        @"(?:berita|artikel|konten)\s+terkait|related\s+(?:articles?|news|posts?|stories)|dalam\s+(?:topik|kategori)\s+yang\s+sama)\s*:?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex EndMarker();
}
