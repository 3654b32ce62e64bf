using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace FactPipeline.Core.Model.Lexicon;

/// <summary>
/// The multilingual concept and entity lexicon (data file <c>concepts.lexicon.json</c>, embedded).
/// Shared by the claim extractor (to tag claims) and the reports (to name topics in English and Korean).
/// </summary>
public sealed class ConceptLexicon
{
    private readonly FrozenDictionary<string, ConceptEntry> _concepts;
    private readonly FrozenDictionary<string, TermMatcher> _conceptTerms;
    private readonly TermMatcher _entityNames;

    private ConceptLexicon(LexiconFile file)
    {
        _concepts = file.Concepts.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _conceptTerms = Languages.ToFrozenDictionary(
            lang => lang,
            lang => new TermMatcher(
                file.Concepts.SelectMany(c => c.Terms.GetValueOrDefault(lang, []).Select(t => (t, c.Id))),
                shortNamesInCapitals: false));
        // Entity names are matched in every language: "Nvidia" and "AS" appear in Indonesian text as is.
        _entityNames = new TermMatcher(file.Entities.SelectMany(e => e.Names.Select(n => (n, e.Id))), shortNamesInCapitals: true);
    }

    private static readonly string[] Languages = ["id", "en", "ko", "vi", "zh", "und"];

    /// <summary>Entity ids that name a country or bloc: claims about different countries never match.</summary>
    public static readonly FrozenSet<string> Places =
        new[] { "korea", "china", "vietnam", "usa", "eu", "japan", "indonesia" }.ToFrozenSet(StringComparer.Ordinal);

    // Declared before Default: static initializers run in textual order.
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static ConceptLexicon Default { get; } = Load();

    public ConceptEntry? Find(string? conceptId) =>
        conceptId is not null && _concepts.TryGetValue(conceptId, out var c) ? c : null;

    /// <summary>All concept terms found in <paramref name="text"/>, with their positions.</summary>
    public IReadOnlyList<TermHit> FindConcepts(string text, string language) =>
        (_conceptTerms.TryGetValue(language, out var m) ? m : _conceptTerms["en"]).FindAll(text);

    /// <summary>All entity names found in <paramref name="text"/>.</summary>
    public IReadOnlyList<TermHit> FindEntities(string text) => _entityNames.FindAll(text);

    private static ConceptLexicon Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("concepts.lexicon.json")
            ?? throw new InvalidOperationException("Embedded resource concepts.lexicon.json is missing.");
        var file = JsonSerializer.Deserialize<LexiconFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("concepts.lexicon.json is empty.");
        return new ConceptLexicon(file);
    }

    private sealed record LexiconFile(IReadOnlyList<ConceptEntry> Concepts, IReadOnlyList<EntityEntry> Entities);

    private sealed record EntityEntry(string Id, IReadOnlyList<string> Names);

    internal static string Fold(string text) => text.ToLower(CultureInfo.InvariantCulture);
}

/// <param name="Kind">"metric" (what a figure measures) or "unit" (what a count counts).</param>
/// <param name="CounterKo">Korean counter word for counts of this unit (장, 곳, 명); 개 when absent.</param>
public sealed record ConceptEntry(string Id, string Kind, string En, string Ko, IReadOnlyDictionary<string, IReadOnlyList<string>> Terms, string? CounterKo = null)
{
    public bool IsUnit => Kind == "unit";
}

/// <summary>A lexicon term found in a text: the concept or entity id and where it stands.</summary>
public readonly record struct TermHit(string Id, int Start, int Length)
{
    public int End => Start + Length;
}
