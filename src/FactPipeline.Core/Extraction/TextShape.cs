using System.Text.RegularExpressions;

namespace FactPipeline.Core.Extraction;

/// <summary>Cheap judgements about what a line of scraped text is: a sentence, a heading, a site name.</summary>
internal static partial class TextShape
{
    /// <summary>Below this length a line without sentence punctuation reads like a heading or a link.</summary>
    public const int ShortLineChars = 100;

    private static readonly char[] ClosingQuotes = ['"', '\'', '”', '’', '»', ')', ']'];

    /// <summary>True when the line ends like a sentence (period, ?, !, 。), ignoring closing quotes and brackets.</summary>
    public static bool EndsLikeSentence(string line)
    {
        var trimmed = line.TrimEnd().TrimEnd(ClosingQuotes);
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '。' or '！' or '？' or '…';
    }

    /// <summary>Running text: long enough and made of sentences. Datelines, headings and link text are not prose.</summary>
    public static bool IsProse(string line) =>
        line.Length >= ShortLineChars || (line.Length >= 40 && EndsLikeSentence(line) && WordCount(line) >= 6);

    /// <summary>A short line that does not end like a sentence: a heading, a link, a menu item.</summary>
    public static bool IsShortNonSentence(string line) => line.Length < ShortLineChars && !EndsLikeSentence(line);

    public static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Hangul syllables and CJK ideographs: scripts written without spaces between words (Korean partly).</summary>
    public static bool IsCjk(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u4E00' and <= '\u9FFF' or >= '\u3040' and <= '\u30FF';

    /// <summary>"Vietnam.vn - ...", "kompas.com": the line names a website.</summary>
    public static bool MentionsDomain(string line) => Domain().IsMatch(line);

    public static string CollapseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\b[\w-]+\.(?:com|net|org|vn|id|kr|cn|co\.id|co\.kr|go\.kr|go\.id|news|info)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
