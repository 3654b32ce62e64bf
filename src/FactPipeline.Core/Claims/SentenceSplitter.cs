namespace FactPipeline.Core.Claims;

/// <summary>
/// Splits a paragraph into sentences without breaking decimals ("10,1", "3.5"), abbreviations
/// ("Co.", "Inc.", "Rp.") or initials. A claim quotes exactly one sentence, so the split decides what
/// an editor sees as evidence.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "co", "corp", "inc", "ltd", "plc", "dr", "mr", "mrs", "ms", "prof", "no", "nr", "rp", "st", "jr", "sr",
        "vs", "etc", "dll", "dsb", "tn", "ny", "bpk", "jl", "hlm", "u.s", "u.k", "e.g", "i.e", "approx", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "agu", "okt", "des",
    };

    /// <summary>Returns (start, length) of each sentence in <paramref name="text"/>, trimmed.</summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c switch
            {
                '\n' => true,
                '。' or '！' or '？' => true,
                '.' or '!' or '?' => EndsSentence(text, i),
                _ => false,
            };
            if (!boundary)
            {
                continue;
            }
            var end = i + 1;
            // Keep closing quotes and brackets with the sentence they close.
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')' or '」' or '』')
            {
                end++;
            }
            Add(result, text, start, end);
            start = end;
            i = end - 1;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '”' or '’' or '\'' or ')')
        {
            next++;
        }
        if (next >= text.Length)
        {
            return true;
        }
        if (!char.IsWhiteSpace(text[next]))
        {
            return false; // "10.1", "U.S.", "example.com"
        }
        if (text[i] != '.')
        {
            return true;
        }
        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not '(' and not '"')
        {
            wordStart--;
        }
        var word = text[wordStart..i];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "Jensen H. Huang"
        }
        if (Abbreviations.Contains(word))
        {
            return false;
        }
        // The next sentence starts with a capital, a digit, a quote or a non-Latin letter.
        var after = next;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }
        return after >= text.Length || !char.IsLower(text[after]);
    }

    private static void Add(List<(int, int)> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            result.Add((start, end - start));
        }
    }
}
