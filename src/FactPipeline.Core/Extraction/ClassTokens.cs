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
    /// <summary>The words of an element's class and id together, as the rules read them.</summary>
    public static List<string> Of(string? classNames, string? id)
    {
        var tokens = Of(classNames);
        tokens.AddRange(Of(id));
        return tokens;
    }

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
        return WithoutModified(tokens);
    }

    /// <summary>
    /// A word after a modifier (<c>has-image</c>, <c>with-sidebar</c>, <c>no-comments</c>) says what the element has
    /// or lacks, not what it is: a recipe card <c>mv-create-has-image</c> is not an image, a layout
    /// <c>with-sidebar</c> is not a sidebar. The modifier and its word are left out.
    /// </summary>
    private static List<string> WithoutModified(List<string> tokens)
    {
        var modifiers = ClassWords.Modifiers;
        if (!tokens.Exists(modifiers.Contains))
        {
            return tokens;
        }
        var kept = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (modifiers.Contains(tokens[i]))
            {
                i++;
                continue;
            }
            kept.Add(tokens[i]);
        }
        return kept;
    }
}

/// <summary>
/// A list of class/id words a rule looks for. An entry is one word (<c>share</c>) or a few in a row (<c>read more</c>,
/// matching <c>read-more</c>, <c>read_more</c> and <c>readMore</c>); written joined (<c>readmore</c>) it matches the
/// joined spelling only, so lists name both when sites use both. A word ending in <c>*</c> matches the words that
/// start with it (<c>related*</c>: WordPress's <c>jp-relatedposts</c>), still never a word in the middle of another.
/// </summary>
internal sealed class ClassWordList
{
    private readonly HashSet<string> _single = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];
    private readonly List<string[]> _sequences = [];

    public ClassWordList(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words is [var prefix] && prefix.EndsWith('*'))
            {
                _prefixes.Add(prefix[..^1]);
            }
            else if (words.Length == 1)
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
            foreach (var prefix in _prefixes)
            {
                if (tokens[i].StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            foreach (var sequence in _sequences)
            {
                if (StartsAt(tokens, i, sequence))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool StartsAt(IReadOnlyList<string> tokens, int at, string[] sequence)
    {
        if (at + sequence.Length > tokens.Count)
        {
            return false;
        }
        for (var k = 0; k < sequence.Length; k++)
        {
            if (!string.Equals(tokens[at + k], sequence[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>The class/id word lists of the extractor's rules (class-words.json), loaded once.</summary>
internal static class ClassWords
{
    private static readonly Lazy<Loaded> Data = new(Load);

    /// <summary>Site furniture: an element named so goes, with what it holds (unless <see cref="Content"/> also names it).</summary>
    public static ClassWordList Furniture => Data.Value.Lists["furniture"];

    /// <summary>Names that say "article": they keep an element <see cref="Furniture"/> would remove.</summary>
    public static ClassWordList Content => Data.Value.Lists["content"];

    /// <summary>Raise a candidate container's score.</summary>
    public static ClassWordList Positive => Data.Value.Lists["positive"];

    /// <summary>Lower a candidate container's score.</summary>
    public static ClassWordList Negative => Data.Value.Lists["negative"];

    /// <summary>
    /// Furniture that is written in paragraphs (readers' comments): a run of prose under one of these names does not
    /// save it, as it saves a wrapper named like a share bar.
    /// </summary>
    public static ClassWordList ProseFurniture => Data.Value.Lists["proseFurniture"];

    /// <summary>Boxes inside the chosen article that are not its text.</summary>
    public static ClassWordList InsideFurniture => Data.Value.Lists["insideFurniture"];

    /// <summary>Words that make the next word a feature of the element, not its kind (see <see cref="ClassTokens"/>).</summary>
    public static HashSet<string> Modifiers => Data.Value.Modifiers;

    private sealed record Loaded(IReadOnlyDictionary<string, ClassWordList> Lists, HashSet<string> Modifiers);

    // One parse of the file gives every list: the word lists and the modifiers.
    private static Loaded Load()
    {
        using var stream = typeof(ClassWords).Assembly.GetManifestResourceStream("class-words.json")
            ?? throw new InvalidOperationException("class-words.json is not embedded");
        using var json = System.Text.Json.JsonDocument.Parse(stream);
        var arrays = json.RootElement.EnumerateObject()
            .Where(list => list.Value.ValueKind == System.Text.Json.JsonValueKind.Array)
            .ToDictionary(list => list.Name, list => list.Value.EnumerateArray().Select(e => e.GetString()!).ToList(), StringComparer.Ordinal);
        var modifiers = arrays.TryGetValue("modifiers", out var words) ? words.ToHashSet(StringComparer.Ordinal) : [];
        var lists = arrays.Where(list => list.Key != "modifiers")
            .ToDictionary(list => list.Key, list => new ClassWordList(list.Value), StringComparer.Ordinal);
        return new Loaded(lists, modifiers);
    }
}
