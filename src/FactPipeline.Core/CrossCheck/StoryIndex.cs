using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Tells whether two articles cover the same story: they share several distinctive names (names few articles of
/// the run mention). Places count for less: two Jakarta articles are not one story because both name Jakarta.
/// </summary>
internal sealed class StoryIndex
{
    private readonly Dictionary<string, HashSet<string>> _names;
    private readonly Dictionary<string, HashSet<string>> _places;
    private readonly Dictionary<(string, string), bool> _cache = new();
    private readonly int _maxFrequency;
    private readonly Dictionary<string, int> _frequency;
    private readonly int _minShared;

    public StoryIndex(IReadOnlyList<StoryProfile> profiles, int minSharedNames)
    {
        _minShared = minSharedNames;
        _names = profiles.GroupBy(p => p.ArticleId).ToDictionary(g => g.Key, g => g.First().Keys.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _places = profiles.GroupBy(p => p.ArticleId).ToDictionary(g => g.Key, g => g.First().PlaceKeys.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _frequency = profiles.SelectMany(p => p.Keys.Concat(p.PlaceKeys)).GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // A name most of the run mentions (the outlet's own name, "Indonesia" in Indonesian news) tells nothing.
        _maxFrequency = Math.Max(3, profiles.Count / 10);
    }

    public static StoryIndex Empty { get; } = new([], int.MaxValue);

    /// <summary>Whether the article names <paramref name="entityId"/> anywhere (unknown when there is no profile).</summary>
    public bool? Mentions(string articleId, string entityId) =>
        _names.TryGetValue(articleId, out var names) ? names.Contains(entityId) || _places[articleId].Contains(entityId) : null;

    public bool SameStory(string articleA, string articleB)
    {
        var key = string.CompareOrdinal(articleA, articleB) < 0 ? (articleA, articleB) : (articleB, articleA);
        if (_cache.TryGetValue(key, out var known))
        {
            return known;
        }
        var same = Compute(articleA, articleB);
        _cache[key] = same;
        return same;
    }

    private bool Compute(string a, string b)
    {
        if (!_names.TryGetValue(a, out var namesA) || !_names.TryGetValue(b, out var namesB))
        {
            return false;
        }
        var names = namesA.Count(n => namesB.Contains(n) && _frequency[n] <= _maxFrequency);
        var places = _places[a].Count(p => _places[b].Contains(p) && _frequency[p] <= _maxFrequency);
        return names >= _minShared || (names >= _minShared - 1 && names >= 1 && places >= 1);
    }
}
