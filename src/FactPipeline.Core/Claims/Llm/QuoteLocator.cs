using System.Globalization;
using System.Net;
using System.Text;

namespace FactPipeline.Core.Claims.Llm;

/// <summary>
/// Finds where a quote the model copied occurs in the article text, tolerating only what copying changes:
/// Unicode compatibility forms (NFKC), whitespace runs, curly vs straight quotes, dash variants, zero-width
/// characters and HTML entities the prompt renderer may have introduced. The match is mapped back to exact offsets
/// of the original text, so the stored quote is always the article's own characters.
/// </summary>
internal sealed class QuoteLocator
{
    private readonly string _normalized;
    private readonly int[] _starts;
    private readonly int[] _ends;

    public QuoteLocator(string text)
    {
        var builder = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        Normalize(text, builder, starts, ends);
        _normalized = builder.ToString();
        _starts = [.. starts];
        _ends = [.. ends];
    }

    /// <summary>
    /// The span of the article text the quote matches: the first match at or after <paramref name="preferFrom"/>
    /// (the chunk the model read), else the first anywhere; null when the quote does not occur or is shorter than
    /// <paramref name="minLength"/> characters once normalized.
    /// </summary>
    public (int Start, int Length)? Find(string quote, int preferFrom, int minLength)
    {
        var found = FindNormalized(Normalize(quote), preferFrom, minLength);
        if (found is null && quote.Contains('&', StringComparison.Ordinal))
        {
            found = FindNormalized(Normalize(WebUtility.HtmlDecode(quote)), preferFrom, minLength);
        }
        return found;
    }

    private (int Start, int Length)? FindNormalized(string needle, int preferFrom, int minLength)
    {
        if (needle.Length < minLength || needle.Length == 0)
        {
            return null;
        }
        var firstMatch = -1;
        for (var at = _normalized.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = _normalized.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            if (firstMatch < 0)
            {
                firstMatch = at;
            }
            if (_starts[at] >= preferFrom)
            {
                firstMatch = at;
                break;
            }
        }
        if (firstMatch < 0)
        {
            return null;
        }
        var start = _starts[firstMatch];
        var end = _ends[firstMatch + needle.Length - 1];
        return (start, end - start);
    }

    /// <summary>The normalized form of <paramref name="text"/>, trimmed.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        Normalize(text, builder, null, null);
        return builder.ToString().Trim();
    }

    private static void Normalize(string text, StringBuilder output, List<int>? starts, List<int>? ends)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var start = enumerator.ElementIndex;
            var element = (string)enumerator.Current;
            var end = start + element.Length;
            if (IsIgnorable(element))
            {
                continue;
            }
            if (element.All(char.IsWhiteSpace))
            {
                if (output.Length > 0 && output[^1] != ' ')
                {
                    Append(output, starts, ends, ' ', start, end);
                }
                continue;
            }
            foreach (var c in element.Normalize(NormalizationForm.FormKC))
            {
                Append(output, starts, ends, Unify(c), start, end);
            }
        }
    }

    private static void Append(StringBuilder output, List<int>? starts, List<int>? ends, char c, int start, int end)
    {
        output.Append(c);
        starts?.Add(start);
        ends?.Add(end);
    }

    private static bool IsIgnorable(string element) =>
        element.All(c => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD');

    private static char Unify(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\u300C' or '\u300D' or '\u300E' or '\u300F' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        _ => c,
    };
}
