using System.Text;
using System.Text.RegularExpressions;

namespace FactPipeline.Core.Extraction;

/// <summary>Cheap judgements about what a line of scraped text is: a sentence, a heading, a site name.</summary>
internal static partial class TextShape
{
    /// <summary>Below this length a line without sentence punctuation reads like a heading or a link.</summary>
    public const int ShortLineChars = 100;

    private static readonly char[] ClosingQuotes = ['"', '\'', '”', '’', '»', ')', ']', '」', '』', '》', '）', '〕'];

    /// <summary>True when the line ends like a sentence (period, ?, !, 。), ignoring closing quotes and brackets.</summary>
    public static bool EndsLikeSentence(string line)
    {
        var trimmed = line.TrimEnd().TrimEnd(ClosingQuotes);
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '。' or '！' or '？' or '…' or '．';
    }

    /// <summary>
    /// A sentence by its ending: punctuation, or the Korean declarative "-다" that closes nearly every sentence
    /// of Korean news (scrapers sometimes lose the period after it; headlines rarely end that way).
    /// </summary>
    public static bool ReadsAsSentence(string line)
    {
        if (EndsLikeSentence(line))
        {
            return true;
        }
        var trimmed = line.TrimEnd().TrimEnd(ClosingQuotes);
        return trimmed.Length > 0 && trimmed[^1] == '다' && trimmed.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>Running text: long enough and made of sentences. Datelines, headings and link text are not prose.</summary>
    public static bool IsProse(string line)
    {
        var length = LatinEquivalentLength(line);
        return length >= ShortLineChars || (length >= 40 && ReadsAsSentence(line) && WordCount(line) >= 6);
    }

    /// <summary>A short line that does not end like a sentence: a heading, a link, a menu item.</summary>
    public static bool IsShortNonSentence(string line) => LatinEquivalentLength(line) < ShortLineChars && !ReadsAsSentence(line);

    /// <summary>
    /// Words: space-separated tokens, and for Chinese and Japanese (written without spaces) one word per two
    /// ideographs or kana, about the length of a word in those languages.
    /// </summary>
    public static int WordCount(string line)
    {
        var words = 0;
        foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var ideographs = token.Count(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3040' and <= '\u30FF');
            words += Math.Max(1, (ideographs + 1) / 2);
        }
        return words;
    }

    /// <summary>
    /// Length as if the line were written in a Latin script: a Chinese or Japanese character carries about as
    /// much as three Latin letters, a Hangul syllable about two. Length thresholds tuned on Latin text then hold
    /// for a Chinese or Korean sentence too.
    /// </summary>
    public static int LatinEquivalentLength(string line)
    {
        var length = 0;
        foreach (var c in line)
        {
            length += c switch
            {
                >= '\u4E00' and <= '\u9FFF' or >= '\u3040' and <= '\u30FF' => 3,
                >= '\uAC00' and <= '\uD7A3' => 2,
                _ => 1,
            };
        }
        return length;
    }

    /// <summary>Hangul syllables and CJK ideographs: scripts written without spaces between words (Korean partly).</summary>
    public static bool IsCjk(char c) => c is >= '\uAC00' and <= '\uD7A3' or >= '\u4E00' and <= '\u9FFF' or >= '\u3040' and <= '\u30FF';

    /// <summary>"Vietnam.vn - ...", "kompas.com": the line names a website.</summary>
    public static bool MentionsDomain(string line) => Domain().IsMatch(line);

    /// <summary>
    /// Every run of whitespace (<see cref="char.IsWhiteSpace(char)"/>, what the regex class \s matches) becomes one
    /// space, and the ends are trimmed. A loop, not a regex replace: every block and link of a page goes through it.
    /// </summary>
    public static string CollapseWhitespace(string text)
    {
        var (start, end) = (0, text.Length);
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var span = text.AsSpan(start, end - start);
        if (!NeedsCollapsing(span))
        {
            return start == 0 && end == text.Length ? text : span.ToString();
        }
        var builder = new StringBuilder(span.Length);
        var inRun = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                inRun = true;
                continue;
            }
            if (inRun)
            {
                builder.Append(' ');
                inRun = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>A whitespace character other than a single space between two non-spaces (the text is trimmed).</summary>
    private static bool NeedsCollapsing(ReadOnlySpan<char> trimmed)
    {
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(trimmed[i + 1])))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\b[\w-]+\.(?:com|net|org|vn|id|kr|cn|co\.id|co\.kr|go\.kr|go\.id|news|info)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();
}
