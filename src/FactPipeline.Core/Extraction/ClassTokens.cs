namespace FactPipeline.Core.Extraction;

/// <summary>
/// The words of a class or id attribute, lower-cased: split on anything that is not a letter (<c>-</c>, <c>_</c>,
/// <c>@</c>, <c>:</c>, digits, spaces) and where a lower-case letter meets an upper-case one. So
/// <c>c-fixed-sidebar-layout--140--left@lg</c> is <c>c fixed sidebar layout left lg</c> and <c>socialIcons</c> is
/// <c>social icons</c>, while <c>socialicons</c> stays one word: rules match whole words, never a word inside another
/// ("ad" is not in "shadow", "nav" not in "canvas", "page" not in "pagination").
/// </summary>
internal static class ClassTokens
{
    public static List<string> Of(string? value)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(value))
        {
            return tokens;
        }
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var letter = i < value.Length && char.IsLetter(value[i]);
            var camelBreak = letter && start >= 0 && char.IsUpper(value[i]) && char.IsLower(value[i - 1]);
            if (start >= 0 && (!letter || camelBreak))
            {
                tokens.Add(value[start..i].ToLowerInvariant());
                start = -1;
            }
            if (letter && start < 0)
            {
                start = i;
            }
        }
        return tokens;
    }
}

/// <summary>
/// A list of class/id words a rule looks for. An entry is one word (<c>share</c>) or a few in a row (<c>read more</c>,
/// matching <c>read-more</c>, <c>read_more</c> and <c>readMore</c>); written joined (<c>readmore</c>) it matches the
/// joined spelling only, so lists name both when sites use both.
/// </summary>
internal sealed class ClassWordList
{
    private readonly HashSet<string> _single = new(StringComparer.Ordinal);
    private readonly List<string[]> _sequences = [];

    public ClassWordList(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1)
            {
                _single.Add(words[0]);
            }
            else if (words.Length > 1)
            {
                _sequences.Add(words);
            }
        }
    }

    public bool Matches(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_single.Contains(tokens[i]))
            {
                return true;
            }
            foreach (var sequence in _sequences)
            {
                if (i + sequence.Length <= tokens.Count && Enumerable.Range(0, sequence.Length).All(k => tokens[i + k] == sequence[k]))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
