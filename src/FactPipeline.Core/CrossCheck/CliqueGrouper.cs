namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Groups matched claims so that every two claims in a group matched each other directly: no chaining of
/// "a matches b, b matches c" into a finding where a and c are different facts, and never two claims of one
/// article in one group. Strongest links are merged first.
/// </summary>
internal static class CliqueGrouper
{
    /// <param name="edges">Matched pairs (claim indexes), strongest first.</param>
    /// <param name="articleOf">Article id of each claim.</param>
    public static List<List<int>> Group(int count, IReadOnlyList<(int A, int B)> edges, Func<int, string> articleOf)
    {
        var linked = new HashSet<long>(edges.Count * 2, PairKey.Comparer);
        foreach (var (a, b) in edges)
        {
            linked.Add(PairKey.Of(a, b));
        }
        var groupOf = new Dictionary<int, List<int>>();
        foreach (var (a, b) in edges)
        {
            var ga = groupOf.GetValueOrDefault(a) ?? [a];
            var gb = groupOf.GetValueOrDefault(b) ?? [b];
            if (ReferenceEquals(ga, gb) || !CanMerge(ga, gb, linked, articleOf))
            {
                continue;
            }
            ga.AddRange(gb);
            foreach (var member in ga)
            {
                groupOf[member] = ga;
            }
        }
        return groupOf.Values.Distinct().Where(g => g.Count > 1).ToList();
    }

    private static bool CanMerge(List<int> ga, List<int> gb, HashSet<long> linked, Func<int, string> articleOf)
    {
        foreach (var x in ga)
        {
            foreach (var y in gb)
            {
                if (!linked.Contains(PairKey.Of(x, y)) || articleOf(x) == articleOf(y))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
