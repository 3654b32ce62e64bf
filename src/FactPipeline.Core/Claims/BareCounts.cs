using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>
/// Bare numbers whose counted thing is named elsewhere in the clause: "the death toll rose to 81", "killed three",
/// "50 schools, with 32 in Lakeside and 18 in Hillview". News leaves the noun out once the sentence has named it;
/// data file <c>bare-counts.json</c>, all five languages.
/// </summary>
public sealed class BareCounts
{
    // How far before a bare number its measure may be named, and how many words may stand between them.
    private const int MaxGap = 60;
    private const int MaxWordsBetween = 10; // Vietnamese writes a word per syllable

    private readonly string[] _links;
    private readonly string[] _places;

    private BareCounts(FileShape file)
    {
        Links = file.Links;
        Places = file.Places;
        _links = [.. file.Links.Values.SelectMany(w => w).Select(w => w.ToLowerInvariant()).Distinct().OrderByDescending(w => w.Length)];
        _places = [.. file.Places.Values.SelectMany(w => w).Select(w => w.ToLowerInvariant()).Distinct()];
    }

    /// <summary>The raw lists per language, for the test that each covers the five languages.</summary>
    public IReadOnlyDictionary<string, string[]> Links { get; }

    public IReadOnlyDictionary<string, string[]> Places { get; }

    public static BareCounts Load() => new(EmbeddedJson.Load("bare-counts.json", ClaimsDataJson.Default.BareCountsFile));

    /// <summary>
    /// Whether the bare whole number at [<paramref name="start"/>, <paramref name="end"/>) counts the measure named at
    /// [<paramref name="termStart"/>, <paramref name="termEnd"/>) before it: right after it ("killed three"), or after
    /// a link word that ends the words between them ("the toll from the floods rose to 81").
    /// </summary>
    public bool Counts(string sentence, int termStart, int termEnd, int start)
    {
        if (termEnd > start || start - termEnd > MaxGap)
        {
            return false;
        }
        var between = sentence.AsSpan(termEnd, start - termEnd).Trim();
        if (between.Length == 0)
        {
            return true;
        }
        if (between.IndexOfAny(";:,.()") >= 0 || between.Count(' ') + 1 > MaxWordsBetween || between.ContainsAnyInRange('0', '9'))
        {
            return false;
        }
        foreach (var link in _links)
        {
            if (between.EndsWith(link, StringComparison.OrdinalIgnoreCase)
                && (between.Length == link.Length || !char.IsLetter(between[^(link.Length + 1)]) || link[0] > '\u3000'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the bare number ending at <paramref name="end"/> is put in a place, as an item of a list after a
    /// counted total ("with 32 in Lakeside", "18 di Bandung", "21 ở Lào Cai"): a place word, then a capitalised name.
    /// </summary>
    public bool IsPlacedItem(string sentence, int end)
    {
        var rest = sentence.AsSpan(end).TrimStart();
        foreach (var place in _places)
        {
            if (rest.StartsWith(place, StringComparison.OrdinalIgnoreCase) && rest.Length > place.Length + 1
                && (place[0] > '\u3000' || rest[place.Length] == ' '))
            {
                var name = rest[place.Length..].TrimStart();
                return name.Length > 0 && (char.IsUpper(name[0]) || name[0] > '\u3000');
            }
        }
        return false;
    }

    internal sealed record FileShape(Dictionary<string, string[]> Links, Dictionary<string, string[]> Places);
}
