using System.Buffers;
using System.Collections.Frozen;

namespace FactPipeline.Core.Model.Lexicon;

/// <summary>
/// The multilingual newsroom vocabulary, in embedded data files loaded once: what a figure measures
/// (<c>measures.json</c>) and whose figure it is — places (<c>places.json</c>, generated from CLDR, merged with
/// <c>places.aliases.json</c>; provinces, states and cities in <c>subdivisions.json</c>), organisations and companies
/// (<c>organisations.json</c>) and other named things (<c>entities.json</c>). Shared by the claim extractor (to tag claims) and the reports (to name topics).
/// </summary>
public sealed class ConceptLexicon
{
    private static readonly string[] Languages = ["id", "en", "ko", "vi", "zh"];

    private readonly FrozenDictionary<string, ConceptEntry> _concepts;
    private readonly FrozenDictionary<string, TermMatcher> _conceptTerms;
    private readonly FrozenDictionary<string, EntityEntry> _entities;
    private readonly TermMatcher _entityNames;
    private readonly FrozenDictionary<string, string> _byOwnCounter;
    private readonly FrozenDictionary<string, string> _shareOf;

    private ConceptLexicon(IReadOnlyList<ConceptEntry> measures, IReadOnlyDictionary<string, IReadOnlyList<string>> notTerms, IReadOnlyList<EntityData> entities, IReadOnlyList<string> notNames)
    {
        _concepts = measures.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        // Not-terms ("môi trường", environment) take their span so a short term inside them ("trường", schools) is not read.
        _conceptTerms = Languages.Append("und").ToFrozenDictionary(
            lang => lang,
            lang => new TermMatcher(measures.SelectMany(c => c.Terms.GetValueOrDefault(lang, []).Select(t => new MatchTerm(t, c.Id)))
                .Concat(notTerms.GetValueOrDefault(lang, []).Select(t => new MatchTerm(t, ""))), names: false));
        _entities = entities.ToFrozenDictionary(e => e.Entry.Id, e => e.Entry, StringComparer.Ordinal);
        _byOwnCounter = measures.Where(c => c.CounterKo is not null).GroupBy(c => c.CounterKo!, StringComparer.Ordinal)
            .Where(g => g.Count() == 1).Select(g => (Counter: g.Key, g.Single().Id))
            .Concat(measures.Where(c => c.CounterZh is not null).Select(c => (Counter: c.CounterZh!, c.Id)))
            .ToFrozenDictionary(x => x.Counter, x => x.Id, StringComparer.Ordinal);
        _shareOf = measures.Where(c => c.Share is not null).ToFrozenDictionary(c => c.Id, c => c.Share!, StringComparer.Ordinal);
        KoreanCounters = measures.Where(c => c.CounterKo is not null).Select(c => c.CounterKo!).ToFrozenSet(StringComparer.Ordinal);
        PlaceIds = entities.Where(e => e.Entry.Kind == EntityType.Place).Select(e => e.Entry.Id).ToFrozenSet(StringComparer.Ordinal);
        // Entity names are matched in every language: "Nvidia" and "AS" appear in Indonesian text as is.
        // Not-names ("Mỹ Đình", a Hanoi district) take their span so a shorter name inside them is not read.
        EntityTerms = entities.SelectMany(e => e.Terms).Concat(notNames.Select(n => new MatchTerm(n, "", CaseOf(n, caseSensitive: false)))).ToArray();
        _entityNames = new TermMatcher(EntityTerms, names: true);
    }

    private static readonly SearchValues<char> ToneOnFirstVowel = SearchValues.Create("òóỏõọùúủũụ");

    /// <summary>Ids of every place in the data.</summary>
    public FrozenSet<string> PlaceIds { get; }

    /// <summary>Every measure (concept), for reports and tests.</summary>
    public IReadOnlyCollection<ConceptEntry> Measures => _concepts.Values;

    /// <summary>Every entity: places, organisations, products, events...</summary>
    public IReadOnlyCollection<EntityEntry> Entities => _entities.Values;

    /// <summary>Every name the entity matcher looks for, with its entity id ("" for a not-name).</summary>
    internal IReadOnlyList<MatchTerm> EntityTerms { get; }

    /// <summary>The Korean counter words of the measures ("명", "곳", "표").</summary>
    public FrozenSet<string> KoreanCounters { get; }

    /// <summary>
    /// The one measure a Korean counter belongs to ("표" votes, "척" ships), or null when several measures share it
    /// ("명", "곳") or none does; likewise a Chinese classifier only one measure uses ("9球" counts goals).
    /// </summary>
    public string? MeasureCountedBy(string counter) => _byOwnCounter.GetValueOrDefault(counter);

    /// <summary>
    /// The measure a percentage of a count of <paramref name="unitId"/> is ("54% of the votes" is a vote share), or
    /// null when the data names none.
    /// </summary>
    public string? ShareMeasureOf(string unitId) => _shareOf.GetValueOrDefault(unitId);

    public ConceptEntry? Find(string? conceptId) =>
        conceptId is not null && _concepts.TryGetValue(conceptId, out var c) ? c : null;

    /// <summary>Whether two measures are near-synonyms outlets use for one another (one "family": budget and spending).</summary>
    public bool InOneFamily(string a, string b) =>
        Find(a)?.Family is { } family && string.Equals(family, Find(b)?.Family, StringComparison.Ordinal);

    public EntityEntry? FindEntity(string? entityId) =>
        entityId is not null && _entities.TryGetValue(entityId, out var e) ? e : null;

    /// <summary>What kind of thing <paramref name="entityId"/> names; <see cref="EntityType.Other"/> when unknown.</summary>
    public EntityType KindOf(string entityId) => FindEntity(entityId)?.Kind ?? EntityType.Other;

    public bool IsPlace(string entityId) => PlaceIds.Contains(entityId);

    /// <summary>
    /// Whether two place ids name the same place or one lies inside the other. Subdivision ids extend their
    /// country's ("id" ⊃ "id-sr", ISO 3166-2) and city ids their parent's ("id-sr" ⊃ "id-sr.mamuju", "gb" ⊃ "gb.london"),
    /// so containment is a prefix followed by '-' or '.'; "id" and "idaho" or "us-ny" and "us-nj" do not overlap.
    /// </summary>
    public static bool PlacesOverlap(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || Contains(a, b) || Contains(b, a);

    private static bool Contains(string outer, string inner) =>
        inner.Length > outer.Length + 1 && inner.StartsWith(outer, StringComparison.Ordinal) && inner[outer.Length] is '-' or '.';

    /// <summary>Display name of an entity in en, ko, id, vi or zh (English for other languages); null when unknown.</summary>
    public string? NameOf(string entityId, string language) =>
        FindEntity(entityId) is { } e ? e.Names.GetValueOrDefault(language) ?? e.Names.GetValueOrDefault("en") : null;

    /// <summary>All concept terms found in <paramref name="text"/>, with their positions.</summary>
    public IReadOnlyList<TermHit> FindConcepts(string text, string language)
    {
        var hits = (_conceptTerms.TryGetValue(language, out var m) ? m : _conceptTerms["en"]).FindAll(text);
        return hits.Any(h => h.Id.Length == 0) ? hits.Where(h => h.Id.Length > 0).ToArray() : hits;
    }

    /// <summary>
    /// All entity names found in <paramref name="text"/>, longest first at each place ("Korea Utara" is North Korea,
    /// "인도네시아" Indonesia). Generic bodies ("Ministry of Finance") only when asked: they name no one body.
    /// </summary>
    public IReadOnlyList<TermHit> FindEntities(string text, bool includeGeneric = false)
    {
        var hits = _entityNames.FindAll(text);
        var keep = hits.Count;
        foreach (var hit in hits)
        {
            if (hit.Id.Length == 0 || (!includeGeneric && _entities[hit.Id].Generic))
            {
                keep--;
            }
        }
        return keep == hits.Count
            ? hits
            : hits.Where(h => h.Id.Length > 0 && (includeGeneric || !_entities[h.Id].Generic)).ToArray();
    }

    /// <summary>Reads the embedded data files. Each call builds a new lexicon: register one (AddConceptLexicon) and inject it.</summary>
    public static ConceptLexicon Load()
    {
        var measureFile = EmbeddedJson.Load("measures.json", LexiconJson.Default.MeasuresFile);
        var measures = measureFile.Measures;
        var places = EmbeddedJson.Load("places.json", LexiconJson.Default.EntitiesFile).Places ?? [];
        var aliases = EmbeddedJson.Load("places.aliases.json", LexiconJson.Default.EntitiesFile);
        var subdivisions = EmbeddedJson.Load("subdivisions.json", LexiconJson.Default.EntitiesFile).Places ?? [];
        var organisations = EmbeddedJson.Load("organisations.json", LexiconJson.Default.EntitiesFile).Organisations ?? [];
        var others = EmbeddedJson.Load("entities.json", LexiconJson.Default.EntitiesFile);
        var entities = MergeAliases(places, aliases.Places ?? []).Concat(subdivisions).Concat(organisations).Concat(others.Entities ?? [])
            .Select(EntityData.From)
            .ToArray();
        if (entities.GroupBy(e => e.Entry.Id).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new InvalidOperationException($"Entity id '{duplicate.Key}' is used twice in the lexicon data.");
        }
        return new ConceptLexicon(measures, measureFile.NotTerms ?? new Dictionary<string, IReadOnlyList<string>>(), entities, others.NotNames ?? []);
    }

    /// <summary>
    /// Adds the hand-written place data to the generated CLDR table: news spellings as aliases, display names
    /// that news prefers ("한국" over CLDR's "대한민국", whose name stays an alias), names that are also common
    /// words and must not be matched (Korean "수단" is also "means"), and places CLDR lacks (ASEAN).
    /// </summary>
    private static IEnumerable<EntityDto> MergeAliases(IReadOnlyList<EntityDto> places, IReadOnlyList<EntityDto> additions)
    {
        var byId = places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var add in additions)
        {
            if (!byId.TryGetValue(add.Id, out var place))
            {
                byId[add.Id] = add;
                continue;
            }
            var names = new Dictionary<string, string>(place.Names ?? new Dictionary<string, string>(), StringComparer.Ordinal);
            var aliases = new List<string>(place.Aliases ?? []);
            foreach (var (language, name) in add.Names ?? new Dictionary<string, string>())
            {
                if (names.TryGetValue(language, out var old) && old != name)
                {
                    aliases.Add(old);
                }
                names[language] = name;
            }
            aliases.AddRange(add.Aliases ?? []);
            byId[add.Id] = place with
            {
                Type = add.Type ?? place.Type,
                Names = names,
                Aliases = aliases.Distinct(StringComparer.Ordinal).ToList(),
                CaseSensitive = [.. place.CaseSensitive ?? [], .. add.CaseSensitive ?? []],
                Standalone = [.. place.Standalone ?? [], .. add.Standalone ?? []],
                NotMatched = [.. place.NotMatched ?? [], .. add.NotMatched ?? []],
            };
        }
        return byId.Values;
    }

    /// <summary>
    /// The capitalisation a name needs in text: exactly as written when the data says so or for short acronyms
    /// ("AS", "U.S.", "LG": "as" and "us" are words); a capital first letter for other names written with one; any
    /// for names in scripts without case and names written in lower case ("kecerdasan buatan").
    /// </summary>
    internal static CaseRule CaseOf(string name, bool caseSensitive)
    {
        if (caseSensitive)
        {
            return CaseRule.Exact;
        }
        var letters = name.Where(char.IsLetter).ToArray();
        var cased = letters.Where(c => char.IsUpper(c) || char.IsLower(c)).ToArray();
        if (cased.Length == 0)
        {
            return CaseRule.Any;
        }
        if (cased.All(char.IsUpper) && letters.Length <= 3)
        {
            return CaseRule.Exact;
        }
        return char.IsUpper(cased[0]) ? CaseRule.Capitalised : CaseRule.Any;
    }

    /// <summary>
    /// Lower case, and one spelling for Vietnamese tones that are written on either vowel of "oa", "oe" and
    /// "uy" at the end of a syllable (hòa / hoà, thủy / thuỷ). Keeps the length, so offsets stay valid.
    /// </summary>
    // A sentence is folded for its concepts and again for its entities: the last text folded on this thread is kept.
    internal static string Fold(string text) => ThreadMemo.Last(ref t_lastFold, text, FoldNew);

    [ThreadStatic]
    private static (string Text, string Value)? t_lastFold;

    private static string FoldNew(string text)
    {
        var lower = InvariantLower.Of(text);
        if (lower.AsSpan().IndexOfAny(ToneOnFirstVowel) < 0)
        {
            return lower;
        }
        var chars = lower.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            var tone = ToneOnFirstVowel.Contains(chars[i]) ? ToneIndex(chars[i]) : -1;
            if (tone < 0 || (i + 2 < chars.Length && char.IsLetter(chars[i + 2])))
            {
                continue;
            }
            var (bare, toned) = (chars[i], chars[i + 1]) switch
            {
                (var o, 'a') when "òóỏõọ".Contains(o) => ('o', "àáảãạ"[tone]),
                (var o, 'e') when "òóỏõọ".Contains(o) => ('o', "èéẻẽẹ"[tone]),
                (var u, 'y') when "ùúủũụ".Contains(u) => ('u', "ỳýỷỹỵ"[tone]),
                _ => ('\0', '\0'),
            };
            if (bare != '\0')
            {
                chars[i] = bare;
                chars[i + 1] = toned;
            }
        }
        return new string(chars);
    }

    private static int ToneIndex(char c) => "òóỏõọ".IndexOf(c) is var o and >= 0 ? o : "ùúủũụ".IndexOf(c);

    /// <param name="NotTerms">Per language, words that contain a measure term but name no measure ("môi trường").</param>
    internal sealed record MeasuresFile(IReadOnlyList<ConceptEntry> Measures, IReadOnlyDictionary<string, IReadOnlyList<string>>? NotTerms);

    internal sealed record EntitiesFile(
        IReadOnlyList<EntityDto>? Places,
        IReadOnlyList<EntityDto>? Organisations,
        IReadOnlyList<EntityDto>? Entities,
        IReadOnlyList<string>? NotNames);

    internal sealed record EntityDto(
        string Id,
        string? Type,
        IReadOnlyDictionary<string, string>? Names,
        IReadOnlyList<string>? Aliases,
        IReadOnlyList<string>? CaseSensitive,
        IReadOnlyList<string>? Standalone,
        IReadOnlyList<string>? NotMatched,
        bool Generic = false);

    private sealed record EntityData(EntityEntry Entry, IReadOnlyList<MatchTerm> Terms)
    {
        public static EntityData From(EntityDto dto)
        {
            var names = dto.Names ?? new Dictionary<string, string>();
            var aliases = dto.Aliases ?? [];
            var exact = (dto.CaseSensitive ?? []).ToHashSet(StringComparer.Ordinal);
            var standalone = (dto.Standalone ?? []).ToHashSet(StringComparer.Ordinal);
            var unmatched = (dto.NotMatched ?? []).ToHashSet(StringComparer.Ordinal);
            var type = dto.Type ?? "other";
            var entry = new EntityEntry(dto.Id, type, EntityEntry.KindOfType(type), names, aliases, dto.Generic);
            var terms = names.Values.Concat(aliases).Concat(exact).Concat(standalone)
                .Distinct(StringComparer.Ordinal)
                .Where(n => !unmatched.Contains(n))
                .Select(n => new MatchTerm(n, dto.Id, CaseOf(n, exact.Contains(n)), standalone.Contains(n)))
                .ToArray();
            return new EntityData(entry, terms);
        }
    }
}

/// <param name="Kind">"metric" (what a figure measures) or "unit" (what a count counts).</param>
/// <param name="Relative">A rate of change of something else ("growth"): it says nothing of what grows, so only one
/// subject, not a related one, can join two stories' figures of it.</param>
/// <param name="CounterKo">Korean counter word for counts of this unit (장, 곳, 명); 개 when absent.</param>
/// <param name="Domain">Newsroom domain: economy, budget, trade, employment, elections, disasters, health...</param>
/// <param name="Family">Near-synonyms outlets use for one another ("public-money": budget, spending, funding), or null.</param>
/// <param name="CounterZh">A Chinese classifier only this unit uses, written glued to the number ("9球": goals), or null.</param>
/// <param name="Share">For a unit: the measure a percentage of its count is ("54,3% số phiếu bầu" is a vote share), or null.</param>
/// <param name="Countable">For a metric: its words also name the things counted ("200,000 deliveries", "18,000 orders").</param>
/// <param name="Qualifies">Its words right before a count make the count its figure, whatever is counted ("kapasitas 80 penumpang").</param>
/// <param name="Traffic">A count of what passes through an airport, port or station (passengers, flights, containers): the facility a sentence names is its subject.</param>
/// <param name="SumOf">The measures whose counts add up to this one's ("94 passengers and 12 crew, 106 in total": people on board).</param>
/// <param name="Members">The measures that name who or what one of this measure's counts is made of (layoffs: employees, jobs):
/// a part of such a count told in those words ("Of that number, 480 employees ...") still counts this measure.</param>
public sealed record ConceptEntry(string Id, string Kind, string En, string Ko, IReadOnlyDictionary<string, IReadOnlyList<string>> Terms, string? CounterKo = null, string Domain = "general", string? Family = null, bool Relative = false, string? CounterZh = null, string? Share = null, bool Countable = false, bool Qualifies = false, IReadOnlyList<string>? SumOf = null, bool Traffic = false, IReadOnlyList<string>? Members = null)
{
    public bool IsUnit => Kind == "unit";
}

/// <summary>A lexicon term found in a text: the concept or entity id and where it stands.</summary>
public readonly record struct TermHit(string Id, int Start, int Length)
{
    public int End => Start + Length;
}
