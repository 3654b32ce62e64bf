using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Tells whether two articles cover the same story: they share several distinctive names (names few articles of
/// the run mention) and distinctive figures (81 dead, 15.240 evacuees: the same exact numbers in two articles are
/// as telling as the same names, and they are the same in every language). Places count once: two Jakarta articles
/// are not one story because both name Jakarta.
/// </summary>
internal sealed class StoryIndex
{
    private readonly Dictionary<string, HashSet<string>> _names;
    private readonly Dictionary<string, HashSet<string>> _places;
    private readonly Dictionary<(string, string), bool> _cache = new();
    private Dictionary<string, HashSet<string>>? _neighbours;
    private readonly int _maxFrequency;
    private readonly Dictionary<string, int> _frequency;
    private readonly int _minShared;

    private readonly IReadOnlyDictionary<string, HashSet<string>> _figures;
    private readonly Dictionary<string, int> _figureFrequency;

    /// <param name="figures">Distinctive figures per article id ("Count|81"), from its claims.</param>
    public StoryIndex(IReadOnlyList<StoryProfile> profiles, int minSharedNames, IReadOnlyDictionary<string, HashSet<string>>? figures = null)
    {
        _minShared = minSharedNames;
        _figures = figures ?? new Dictionary<string, HashSet<string>>();
        _names = profiles.GroupBy(p => p.ArticleId).ToDictionary(g => g.Key, g => g.First().Keys.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _places = profiles.GroupBy(p => p.ArticleId).ToDictionary(g => g.Key, g => g.First().PlaceKeys.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _frequency = profiles.SelectMany(p => p.Keys.Concat(p.PlaceKeys)).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _figureFrequency = _figures.Values.SelectMany(f => f).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // A name most of the run mentions (the outlet's own name, "Indonesia" in Indonesian news) tells nothing.
        // In a small run (five articles of one story) every shared name counts.
        _maxFrequency = profiles.Count <= 10 ? profiles.Count : Math.Max(8, profiles.Count / 50);
    }

    public static StoryIndex Empty { get; } = new([], int.MaxValue);

    /// <summary>
    /// Articles grouped into stories (one story per connected set of same-story pairs), found through the
    /// distinctive names and figures they share, so no pair of unrelated articles is ever compared.
    /// </summary>
    public IReadOnlyDictionary<string, int> Clusters()
    {
        var ids = _names.Keys.Order(StringComparer.Ordinal).ToArray();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var parent = Enumerable.Range(0, ids.Length).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var (id, linked) in Neighbours())
        {
            foreach (var other in linked)
            {
                var (a, b) = (index[id], index[other]);
                if (Find(a) != Find(b))
                {
                    parent[Find(a)] = Find(b);
                }
            }
        }
        return ids.ToDictionary(id => id, id => Find(index[id]), StringComparer.Ordinal);
    }

    /// <summary>Per article, the articles it is directly one story with (computed once, over shared keys only).</summary>
    private Dictionary<string, HashSet<string>> Neighbours()
    {
        if (_neighbours is not null)
        {
            return _neighbours;
        }
        var neighbours = _names.Keys.ToDictionary(id => id, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var id in _names.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var key in _names[id].Concat(_places[id].Where(p => !IsCountry(p))).Concat(_figures.TryGetValue(id, out var f) ? f : []))
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }
                list.Add(id);
            }
        }
        foreach (var articles in byKey.Values.Where(l => l.Count > 1 && l.Count <= _maxFrequency))
        {
            for (var x = 0; x < articles.Count; x++)
            {
                for (var y = x + 1; y < articles.Count; y++)
                {
                    var (a, b) = (articles[x], articles[y]);
                    if (!neighbours[a].Contains(b) && Direct(a, b))
                    {
                        neighbours[a].Add(b);
                        neighbours[b].Add(a);
                    }
                }
            }
        }
        return _neighbours = neighbours;
    }

    /// <summary>Whether the article names <paramref name="entityId"/> anywhere (unknown when there is no profile).</summary>
    public bool? Mentions(string articleId, string entityId) =>
        _names.TryGetValue(articleId, out var names) ? names.Contains(entityId) || _places[articleId].Contains(entityId) : null;

    /// <summary>
    /// Whether two articles cover one story: they share enough distinctive names and figures, or both do with a
    /// third article. One hop only: a Korean and an Indonesian report share little but both share a lot with the
    /// English wire, while longer chains join different stories through common names.
    /// </summary>
    public bool SameStory(string articleA, string articleB)
    {
        if (!_names.ContainsKey(articleA) || !_names.ContainsKey(articleB))
        {
            return false; // no profile: nothing to compare, and nothing worth caching
        }
        var key = string.CompareOrdinal(articleA, articleB) < 0 ? (articleA, articleB) : (articleB, articleA);
        if (_cache.TryGetValue(key, out var known))
        {
            return known;
        }
        var same = Direct(articleA, articleB);
        if (!same)
        {
            var neighbours = Neighbours();
            same = neighbours[articleA].Overlaps(neighbours[articleB]);
        }
        _cache[key] = same;
        return same;
    }

    private readonly Dictionary<(string, string), bool> _direct = new();

    private bool Direct(string a, string b)
    {
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        if (!_direct.TryGetValue(key, out var known))
        {
            _direct[key] = known = Compute(a, b);
        }
        return known;
    }

    private bool Compute(string a, string b)
    {
        var (names, figures, places) = Shared(a, b);
        return names + figures + places >= _minShared && names + figures >= 1;
    }

    /// <summary>How strongly two articles are tied: shared distinctive names and figures (places not counted).</summary>
    public int Strength(string a, string b) => Shared(a, b) is var (names, figures, _) ? names + figures : 0;

    /// <summary>A country, territory or region id ("id", "asean"); provinces ("id-sr") and cities ("id-sr.mamuju") are finer.</summary>
    private static bool IsCountry(string placeId) => placeId.IndexOfAny(['-', '.']) < 0;

    private (int Names, int Figures, int Places) Shared(string a, string b)
    {
        if (!_names.TryGetValue(a, out var namesA) || !_names.TryGetValue(b, out var namesB))
        {
            return (0, 0, 0);
        }
        var names = namesA.Count(n => namesB.Contains(n) && _frequency[n] <= _maxFrequency);
        // A country counts once (two Jakarta reports are not one story because both name Indonesia); a province or
        // a city is as distinctive as a name.
        var places = _places[a].Any(p => IsCountry(p) && _places[b].Contains(p) && _frequency[p] <= _maxFrequency) ? 1 : 0;
        names += _places[a].Count(p => !IsCountry(p) && _places[b].Contains(p) && _frequency[p] <= _maxFrequency);
        // A figure of three or more significant digits (15.240, 1,563) is rarely shared by chance: it counts twice.
        var figures = _figures.TryGetValue(a, out var fa) && _figures.TryGetValue(b, out var fb)
            ? fa.Where(f => fb.Contains(f) && _figureFrequency[f] <= _maxFrequency).Sum(f => f.EndsWith('+') ? 2 : 1)
            : 0;
        return (names, figures, places);
    }
}
