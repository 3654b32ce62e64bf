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
    // Per article, the names it only has through a romanized Korean word (see LatinNamesBySound).
    private readonly Dictionary<string, HashSet<string>> _romanized;
    private readonly int _maxFrequency;
    private readonly Dictionary<string, int> _frequency;
    private readonly int _minShared;

    private readonly IReadOnlyDictionary<string, HashSet<string>> _figures;
    private readonly Dictionary<string, int> _figureFrequency;

    // Each profiled article's number (its place among the profiles): the cross-check asks millions of claim pairs
    // whether their articles are one story, and numbers answer that without hashing two ids each time.
    private readonly Dictionary<string, int> _articleNumbers;
    // Per article number, what can tie it to another: its distinctive names, places and figures as sorted numbers.
    // Comparing a few numbers beats a cache of every pair asked.
    private readonly Ties[] _distinctive;
    private readonly Lazy<Dictionary<string, HashSet<string>>> _neighbours;
    private readonly Lazy<HashSet<string>> _hubs;
    // Per article number, the numbers of the articles it is directly one story with, in order, and the same without
    // listings: whether two articles are neighbours is one search, what they share through third ones one merge.
    private readonly Lazy<NeighbourArrays> _graph;
    // Per article number, the sorted numbers of the other articles it is one story with (directly or through third
    // ones), made the first time a pair asks about it: millions of claim pairs then ask one search in a short array.
    // Two threads may fill one slot, with the same array.
    private readonly int[]?[] _storyOf;
    [ThreadStatic]
    private static int[]? _sharedCounts;

    /// <param name="figures">Distinctive figures per article id ("Count|81"), from its claims.</param>
    public StoryIndex(IReadOnlyList<StoryProfile> profiles, int minSharedNames, IReadOnlyDictionary<string, HashSet<string>>? figures = null)
    {
        _minShared = minSharedNames;
        _figures = figures ?? new Dictionary<string, HashSet<string>>();
        _names = profiles.GroupBy(p => p.ArticleId).ToDictionary(g => g.Key, g => g.First().Keys.Where(IsName).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        // Korean words that the run writes as Latin names elsewhere are those names (강남역 is Gangnam Station).
        var latinNames = LatinNamesBySound(profiles);
        _romanized = profiles.GroupBy(p => p.ArticleId).ToDictionary(
            g => g.Key,
            g => g.First().RomanizedWords.SelectMany(w => latinNames.GetValueOrDefault(w) ?? []).Where(n => !_names[g.Key].Contains(n)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        foreach (var (id, heard) in _romanized)
        {
            _names[id].UnionWith(heard);
        }
        _places = profiles.GroupBy(p => p.ArticleId).ToDictionary(g => g.Key, g => g.First().PlaceKeys.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _frequency = _names.Values.Concat(_places.Values).SelectMany(k => k).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _figureFrequency = _figures.Values.SelectMany(f => f).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // A name most of the run mentions (the outlet's own name, "Indonesia" in Indonesian news) tells nothing.
        // In a small run (five articles of one story) every shared name counts.
        _maxFrequency = profiles.Count <= 10 ? profiles.Count : Math.Max(8, profiles.Count / 50);
        _articleNumbers = _names.Keys.Select((id, n) => (id, n)).ToDictionary(x => x.id, x => x.n, StringComparer.Ordinal);
        _distinctive = Distinctive();
        _neighbours = new Lazy<Dictionary<string, HashSet<string>>>(Neighbours, LazyThreadSafetyMode.ExecutionAndPublication);
        _hubs = new Lazy<HashSet<string>>(Hubs, LazyThreadSafetyMode.ExecutionAndPublication);
        _graph = new Lazy<NeighbourArrays>(Graph, LazyThreadSafetyMode.ExecutionAndPublication);
        _storyOf = new int[]?[_names.Count];
    }

    /// <summary>
    /// Builds now what <see cref="SameStory(int, int)"/> and <see cref="Clusters"/> need, which is otherwise built by the
    /// first caller while the others wait.
    /// </summary>
    public void Prepare() => _ = _graph.Value;

    /// <summary>The article's number for <see cref="SameStory(int, int)"/>; -1 when it has no profile (then it is one story with none).</summary>
    public int NumberOf(string articleId) => _articleNumbers.TryGetValue(articleId, out var n) ? n : -1;

    /// <param name="Names">Sorted name numbers; <paramref name="Romanized"/> says which came from a romanized Korean word.</param>
    /// <param name="Figures">Sorted figure numbers; <paramref name="FigureWeights"/> holds each one's weight.</param>
    private sealed record Ties(int[] Names, bool[] Romanized, int[] Places, int[] Figures, int[] FigureWeights);

    /// <summary>Per article number (the order of <see cref="_names"/>), what can tie it to another.</summary>
    private Ties[] Distinctive()
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string key) => numbers.TryGetValue(key, out var n) ? n : numbers[key] = numbers.Count;
        int[] Sorted(IEnumerable<string> keys) => keys.Select(Number).Order().ToArray();
        var ties = new Ties[_names.Count];
        foreach (var (id, names) in _names)
        {
            // A country counts once (two Jakarta reports are not one story because both name Indonesia); a province or
            // a city is as distinctive as a name.
            var distinctiveNames = names.Concat(_places[id].Where(p => !IsCountry(p))).Where(n => _frequency[n] <= _maxFrequency)
                .Select(n => (Number: Number(n), Romanized: _romanized[id].Contains(n))).OrderBy(x => x.Number).ToArray();
            var places = Sorted(_places[id].Where(p => IsCountry(p) && _frequency[p] <= _maxFrequency));
            // A figure of three or more significant digits (15.240, 1,563) is rarely shared by chance: it counts twice.
            var figures = _figures.TryGetValue(id, out var f)
                ? f.Where(x => _figureFrequency[x] <= _maxFrequency).Select(x => (Number: Number(x), Weight: x.EndsWith('+') ? 2 : 1)).OrderBy(x => x.Number).ToArray()
                : [];
            ties[_articleNumbers[id]] = new Ties(distinctiveNames.Select(x => x.Number).ToArray(), distinctiveNames.Select(x => x.Romanized).ToArray(), places, figures.Select(x => x.Number).ToArray(), figures.Select(x => x.Weight).ToArray());
        }
        return ties;
    }

    public static StoryIndex Empty { get; } = new([], int.MaxValue);

    /// <summary>
    /// The Latin-script names of the run ("name:gangnam station") by sound key ("gangnamstation"): a Korean word with
    /// that key is that name (강남역 is Gangnam Station). Korean has no capitals to tell names from words; another
    /// article writing the word as a name is the evidence.
    /// </summary>
    private static Dictionary<string, List<string>> LatinNamesBySound(IReadOnlyList<StoryProfile> profiles)
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (profiles.All(p => p.RomanizedWords.Count == 0))
        {
            return byKey;
        }
        foreach (var name in profiles.SelectMany(p => p.Keys).Where(k => k.StartsWith("name:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            if (name.AsSpan("name:".Length).ContainsAnyInRange('\u0250', '\uFFFF'))
            {
                continue; // Hangul, Han: not a Latin spelling
            }
            var key = Claims.Subjects.HangulRomanizer.SoundKey(name["name:".Length..]);
            if (!byKey.TryGetValue(key, out var names))
            {
                byKey[key] = names = [];
            }
            names.Add(name);
        }
        return byKey;
    }

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
        foreach (var (id, linked) in _neighbours.Value)
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
        return neighbours;
    }

    /// <summary>Whether more articles of the run name <paramref name="entityId"/> than a story has: it tells no story apart.</summary>
    public bool IsCommon(string entityId) => _frequency.TryGetValue(entityId, out var n) && n > _maxFrequency;

    /// <summary>Whether the article names <paramref name="entityId"/> anywhere (unknown when there is no profile).</summary>
    public bool? Mentions(string articleId, string entityId) =>
        _names.TryGetValue(articleId, out var names) ? names.Contains(entityId) || _places[articleId].Contains(entityId) : null;

    /// <summary>
    /// Whether two articles cover one story: they share enough distinctive names and figures, or both do with a
    /// third article. One hop only: a Korean and an Indonesian report share little but both share a lot with the
    /// English wire, while longer chains join different stories through common names. Safe to call from any thread.
    /// </summary>
    public bool SameStory(string articleA, string articleB) => SameStory(NumberOf(articleA), NumberOf(articleB));

    /// <summary>
    /// <see cref="SameStory(string, string)"/> for two article numbers (<see cref="NumberOf"/>): an article without a
    /// profile shares nothing, so it is one story with no other. Safe to call from any thread.
    /// </summary>
    public bool SameStory(int x, int y)
    {
        if (x < 0 || y < 0)
        {
            return false;
        }
        return x == y ? ComputeSameStory(x, y) : Array.BinarySearch(Volatile.Read(ref _storyOf[x]) ?? StoryOf(x), y) >= 0;
    }

    /// <summary>
    /// The sorted numbers of the other articles one story with article <paramref name="x"/> (<see cref="ComputeSameStory"/>
    /// of each): its neighbours, and the articles that share enough of its neighbours that are no listings. Those are
    /// found by walking the neighbours of those neighbours, so no pair of unrelated articles is ever compared.
    /// </summary>
    private int[] StoryOf(int x)
    {
        var graph = _graph.Value;
        // Per article met two steps away, how many of x's neighbours that are no listings it is a neighbour of: its
        // count of such neighbours shared with x (a neighbour relation is symmetric). Counted in a per-thread array
        // over every article, cleared after, since this runs for every article of a big run.
        var shared = _sharedCounts is { } counts && counts.Length >= _names.Count ? counts : _sharedCounts = new int[_names.Count];
        var met = new List<int>();
        foreach (var via in graph.NotHubs[x])
        {
            foreach (var y in graph.Neighbours[via])
            {
                if (y != x && shared[y]++ == 0)
                {
                    met.Add(y);
                }
            }
        }
        var story = new List<int>(graph.Neighbours[x]);
        foreach (var y in met)
        {
            var common = shared[y];
            shared[y] = 0;
            if (Array.BinarySearch(graph.Neighbours[x], y) < 0 && (common > 1 || (Shared(x, y) is var (names, figures, _) && names + figures >= 1)))
            {
                story.Add(y);
            }
        }
        var sorted = story.ToArray();
        Array.Sort(sorted);
        Volatile.Write(ref _storyOf[x], sorted);
        return sorted;
    }

    private bool ComputeSameStory(int x, int y)
    {
        // Two articles are directly one story exactly when they are neighbours (Neighbours visits every pair that
        // shares a distinctive key, and Direct needs one): one search in a short sorted array.
        var graph = _graph.Value;
        if (x == y ? Direct(x, y) : Array.BinarySearch(graph.Neighbours[x], y) >= 0)
        {
            return true;
        }
        // Through one article they both share much with, when they share at least one distinctive name or figure
        // themselves, or more than one such article: a report that mentions a second story (Kia's car in a Hyundai
        // launch) ties both to it, but the second story's own reports then share nothing with the first's.
        var (na, nb) = (graph.NotHubs[x], graph.NotHubs[y]);
        var common = 0;
        for (int i = 0, j = 0; i < na.Length && j < nb.Length;)
        {
            if (na[i] == nb[j] && ++common > 1)
            {
                return true;
            }
            var order = na[i].CompareTo(nb[j]);
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return common == 1 && Shared(x, y) is var (names, figures, _) && names + figures >= 1;
    }

    /// <summary>Per article number, the sorted numbers of its neighbours, and of those that are not listings (<see cref="IsHub"/>).</summary>
    private NeighbourArrays Graph()
    {
        var (all, notHubs) = (new int[_names.Count][], new int[_names.Count][]);
        foreach (var (id, neighbours) in _neighbours.Value)
        {
            all[_articleNumbers[id]] = neighbours.Select(n => _articleNumbers[n]).Order().ToArray();
            notHubs[_articleNumbers[id]] = neighbours.Where(n => !IsHub(n)).Select(n => _articleNumbers[n]).Order().ToArray();
        }
        return new NeighbourArrays(all, notHubs);
    }

    private sealed record NeighbourArrays(int[][] Neighbours, int[][] NotHubs);

    // A page tied to more articles than a story of the run has, few of which are tied to each other, is a listing (a
    // deals page, a live blog of the day's news), not one story: it carries no one-hop story. A story's own reports are
    // tied to each other, however many there are; in the labelled corpus no bridge has more than five neighbours.
    private const int HubNeighbours = 8;
    private const double HubClustering = 0.5;

    /// <summary>Whether an article is a listing of many stories (see <see cref="HubNeighbours"/>); computed once per run.</summary>
    private bool IsHub(string id) => _hubs.Value.Contains(id);

    private HashSet<string> Hubs() =>
        _neighbours.Value.Where(kv => kv.Value.Count > HubNeighbours && Clustering(kv.Key) < HubClustering)
            .Select(kv => kv.Key)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A name key that can tie stories: not a single letter ("name:s" of a split "U.S.", "name:c" of "Group C"),
    /// which many unrelated pages share.
    /// </summary>
    private static bool IsName(string key) => !key.StartsWith("name:", StringComparison.Ordinal) || key.Length - "name:".Length >= 2;

    private bool Direct(string a, string b) => Direct(NumberOf(a), NumberOf(b));

    private bool Direct(int x, int y)
    {
        var (names, figures, places) = Shared(x, y);
        return names + figures + places >= _minShared && names + figures >= 1;
    }

    /// <summary>
    /// Diagnostics: the distinctive names, places and figures two articles share, and when they are one story only
    /// through third articles, those articles ("names [nasa, artemis]; figures []; via [x]").
    /// </summary>
    public string Describe(string a, string b)
    {
        int Frequency(string k) => _frequency.TryGetValue(k, out var n) ? n : _figureFrequency.GetValueOrDefault(k);
        string[] Keys(string id) => _names.TryGetValue(id, out var names)
            ? names.Concat(_places[id]).Concat(_figures.TryGetValue(id, out var f) ? f : []).Where(k => Frequency(k) <= _maxFrequency).ToArray()
            : [];
        var shared = Keys(a).Intersect(Keys(b), StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(k => $"{k}×{Frequency(k)}");
        var via = Direct(a, b) || !_neighbours.Value.TryGetValue(a, out var na) || !_neighbours.Value.TryGetValue(b, out var nb)
            ? []
            : na.Intersect(nb, StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(3).ToArray();
        string Hub(string c) => $"{c} ({_neighbours.Value[c].Count} neighbours, clustering {Clustering(c):0.00}; [{string.Join(", ", Keys(a).Intersect(Keys(c), StringComparer.Ordinal).Order(StringComparer.Ordinal))}] / [{string.Join(", ", Keys(b).Intersect(Keys(c), StringComparer.Ordinal).Order(StringComparer.Ordinal))}])";
        return $"shared [{string.Join(", ", shared)}]" + (via.Length > 0 ? $" via [{string.Join("; ", via.Select(Hub))}]" : "");
    }

    /// <summary>Share of the pairs of an article's neighbours that are directly one story themselves.</summary>
    private double Clustering(string id)
    {
        var n = _neighbours.Value[id].ToArray();
        var (tied, pairs) = (0, 0);
        for (var x = 0; x < n.Length; x++)
        {
            for (var y = x + 1; y < n.Length; y++)
            {
                pairs++;
                tied += _neighbours.Value[n[x]].Contains(n[y]) ? 1 : 0;
            }
        }
        return pairs == 0 ? 1 : (double)tied / pairs;
    }

    /// <summary>A country, territory or region id ("id", "asean"); provinces ("id-sr") and cities ("id-sr.mamuju") are finer.</summary>
    private static bool IsCountry(string placeId) => placeId.IndexOfAny(['-', '.']) < 0;

    /// <summary>How strongly two articles are tied: shared distinctive names and figures (places not counted).</summary>
    public int Strength(string a, string b) => Shared(a, b) is var (names, figures, _) ? names + figures : 0;

    private (int Names, int Figures, int Places) Shared(string a, string b) => Shared(NumberOf(a), NumberOf(b));

    private (int Names, int Figures, int Places) Shared(int x, int y)
    {
        if (x < 0 || y < 0)
        {
            return (0, 0, 0);
        }
        var (ta, tb) = (_distinctive[x], _distinctive[y]);
        var names = 0;
        for (int i = 0, j = 0; i < ta.Names.Length && j < tb.Names.Length;)
        {
            var order = ta.Names[i].CompareTo(tb.Names[j]);
            // Two Korean articles sharing a word share vocabulary, not a name: a romanized word ties only to a name
            // the other article writes.
            names += order == 0 && !(ta.Romanized[i] && tb.Romanized[j]) ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        var figures = 0;
        for (int i = 0, j = 0; i < ta.Figures.Length && j < tb.Figures.Length;)
        {
            var order = ta.Figures[i].CompareTo(tb.Figures[j]);
            figures += order == 0 ? ta.FigureWeights[i] : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        var places = 0;
        for (int i = 0, j = 0; i < ta.Places.Length && j < tb.Places.Length && places == 0;)
        {
            var order = ta.Places[i].CompareTo(tb.Places[j]);
            places = order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return (names, figures, places);
    }
}
