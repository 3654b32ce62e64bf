using System.Net;
using System.Text;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>
/// Finds a gold snippet (written against the raw file) in the extracted article text: as written, then with
/// HTML entities decoded, each first exactly and then with every whitespace run read as one space (extraction
/// collapses whitespace and joins wrapped lines).
/// </summary>
internal static class TextLocator
{
    /// <returns>Start and length in <paramref name="text"/>, or null when the snippet is not there.</returns>
    public static (int Start, int Length)? Find(string text, string snippet)
    {
        foreach (var candidate in new[] { snippet, WebUtility.HtmlDecode(snippet) }.Distinct(StringComparer.Ordinal))
        {
            var exact = text.IndexOf(candidate, StringComparison.Ordinal);
            if (exact >= 0)
            {
                return (exact, candidate.Length);
            }
            if (FindNormalized(text, candidate) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private static (int Start, int Length)? FindNormalized(string text, string snippet)
    {
        var (normalized, map) = Normalize(text);
        var needle = Normalize(snippet.Trim()).Text;
        if (needle.Length == 0)
        {
            return null;
        }
        var at = normalized.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var start = map[at];
        var end = map[at + needle.Length - 1] + 1;
        return (start, end - start);
    }

    /// <summary>Whitespace runs become one space; <c>Map[i]</c> is the offset in the original of normalized char i.</summary>
    private static (string Text, int[] Map) Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var inSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var space = char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF';
            if (space && inSpace)
            {
                continue;
            }
            builder.Append(space ? ' ' : text[i]);
            map.Add(i);
            inSpace = space;
        }
        return (builder.ToString(), map.ToArray());
    }
}
