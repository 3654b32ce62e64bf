using System.Globalization;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries.Digest;

/// <summary>
/// Proper names (ministries, companies, programmes, people, places, units) in Indonesian, English and Korean,
/// from the embedded data file <c>names.glossary.json</c>. Used by the digests to name things in the reader's
/// language; it never translates running text.
/// </summary>
public sealed class Glossary
{
    private readonly IReadOnlyList<(string Term, GlossaryEntry Entry, StringComparison Comparison)> _terms;

    public Glossary(IEnumerable<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        // Longest first, so "Naver Cloud" wins over "Naver" and "Korea Selatan" over "Korea".
        _terms = Entries
            .SelectMany(e => e.Names.Select(n => (Term: n, Entry: e)))
            .Where(t => t.Term.Length > 0)
            .DistinctBy(t => t.Term.ToLower(CultureInfo.InvariantCulture))
            .OrderByDescending(t => t.Term.Length)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Select(t => (t.Term, t.Entry, CaseInsensitiveSearch.ComparisonFor(t.Term)))
            .ToArray();
    }

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>Every glossary name in <paramref name="text"/>, left to right, never overlapping.</summary>
    public IReadOnlyList<GlossaryHit> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var taken = new bool[text.Length];
        var hits = new List<GlossaryHit>();
        foreach (var (term, entry, comparison) in _terms)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text.IndexOf(term, from, comparison);
                if (at < 0)
                {
                    break;
                }
                from = at + 1;
                if (!IsWordAt(text, at, term.Length) || taken.AsSpan(at, term.Length).Contains(true))
                {
                    continue;
                }
                taken.AsSpan(at, term.Length).Fill(true);
                hits.Add(new GlossaryHit(entry, at, term.Length));
            }
        }
        return [.. hits.OrderBy(h => h.Start)];
    }

    /// <summary>
    /// The name in <paramref name="language"/> ("id", "en" or "ko") when the whole of <paramref name="text"/> is
    /// one glossary name, else null.
    /// </summary>
    public string? Translate(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var hits = Find(trimmed);
        return hits.Count == 1 && hits[0].Start == 0 && hits[0].Length == trimmed.Length
            ? hits[0].Entry.NameIn(language)
            : null;
    }

    /// <summary>
    /// Latin-script names must stand as whole words ("AS" not inside "ASEAN"); a Korean name may be followed by
    /// a particle ("엔비디아는"), so only its start needs a boundary.
    /// </summary>
    private static bool IsWordAt(string text, int start, int length)
    {
        var before = start == 0 || !char.IsLetterOrDigit(text[start - 1]);
        var end = start + length;
        var lastIsHangul = IsHangul(text[end - 1]);
        var after = end >= text.Length || lastIsHangul || !char.IsLetterOrDigit(text[end]);
        return before && after;
    }

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>Reads <c>names.glossary.json</c>. Each call builds a new glossary: register one (AddGlossary) and inject it.</summary>
    public static Glossary Load()
    {
        var file = EmbeddedJson.Load("names.glossary.json", DigestDataJson.Default.GlossaryFile);
        return new Glossary(file.Entries);
    }

    internal sealed record GlossaryFile(IReadOnlyList<GlossaryEntry> Entries);
}

/// <param name="Kind">ministry, company, product, programme, person, place, unit or term.</param>
/// <param name="Id">The Indonesian name (property "id" in the data file).</param>
public sealed record GlossaryEntry(string Kind, string Id, string En, string Ko, IReadOnlyList<string>? Aliases = null)
{
    public IEnumerable<string> Names => new[] { Id, En, Ko }.Concat(Aliases ?? []);

    /// <exception cref="ArgumentException">The language is not id, en or ko.</exception>
    public string NameIn(string language) => language switch
    {
        "id" => Id,
        "en" => En,
        "ko" => Ko,
        _ => throw new ArgumentException($"The glossary has id, en and ko names, not '{language}'.", nameof(language)),
    };
}

/// <summary>A glossary name found in a text.</summary>
public readonly record struct GlossaryHit(GlossaryEntry Entry, int Start, int Length);
