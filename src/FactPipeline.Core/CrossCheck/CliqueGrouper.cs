namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Groups matched claims so that every two claims in a group matched each other directly: no chaining of
/// "a matches b, b matches c" into a finding where a and c are different facts, and never two claims of one
/// article in one group. Strongest links are merged first; then a claim that matched every member of another group
/// joins it too, so one claim may sit in two findings (agreeing with one report, contradicting others). Last, a claim
/// joins a group when it matched two thirds of its members (<see cref="AdoptByMajority"/>): the one place where two
/// claims of a group need not have matched directly.
/// </summary>
internal static class CliqueGrouper
{
    /// <param name="edges">Matched pairs (claim indexes), strongest first.</param>
    /// <param name="articleOf">Article id of each claim.</param>
    /// <param name="agree">Whether two claims give the same figure (see <see cref="AdoptByMajority"/>).</param>
    public static List<List<int>> Group(int count, IReadOnlyList<(int A, int B)> edges, Func<int, string> articleOf, Func<int, int, bool>? agree = null)
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
        var groups = groupOf.Values.Distinct().Where(g => g.Count > 1).ToList();
        // A claim that matched every member of another group belongs there too: "46 dead" agrees with the other
        // early report and contradicts each of the later "81" ones, so it is in both findings. Every two claims of a
        // group still matched directly.
        var candidates = new Dictionary<List<int>, List<int>>(ReferenceEqualityComparer.Instance);
        void Consider(int claim, int other)
        {
            if (groupOf.TryGetValue(other, out var group) && group.Count > 1 && Fits(claim, group, linked, articleOf))
            {
                if (!candidates.TryGetValue(group, out var joining))
                {
                    candidates[group] = joining = [];
                }
                if (!joining.Contains(claim))
                {
                    joining.Add(claim);
                }
            }
        }
        foreach (var (a, b) in edges)
        {
            Consider(a, b);
            Consider(b, a);
        }
        var result = new List<List<int>>(groups.Count);
        foreach (var group in groups)
        {
            if (candidates.TryGetValue(group, out var joining))
            {
                // Joiners of one group must match each other too (and come from other articles), strongest first.
                var extended = new List<int>(group);
                foreach (var claim in joining)
                {
                    if (Fits(claim, extended, linked, articleOf))
                    {
                        extended.Add(claim);
                    }
                }
                result.Add(extended);
            }
            else
            {
                result.Add(group);
            }
        }
        AdoptByMajority(edges, result, linked, articleOf, agree);
        return result;
    }

    /// <summary>
    /// A claim that matched at least two thirds of a group's members directly (so at least two) joins that group,
    /// though it missed the rest: "about 7 million" matched four of five reports of "7.2 million", and missed the
    /// fifth only because that sentence names a partner its own does not. A claim left in no group joins the group it
    /// matched most. A claim already in a group joins another only when that group agrees within itself and the claim
    /// agrees with none of it (<paramref name="agree"/>): "2 dead" sits with one report of 3 and also contradicts the
    /// three other reports of 3, which stayed apart from it since it failed to match one of them. A bare majority
    /// (three of five) is too weak: a claim about another product's figure in the same story gets in.
    /// </summary>
    /// <param name="agree">Whether two claims give the same figure; null: grouped claims join no second group.</param>
    private static void AdoptByMajority(IReadOnlyList<(int A, int B)> edges, List<List<int>> groups, HashSet<long> linked, Func<int, string> articleOf, Func<int, int, bool>? agree)
    {
        var groupsOf = new Dictionary<int, List<List<int>>>();
        foreach (var group in groups)
        {
            foreach (var member in group)
            {
                if (!groupsOf.TryGetValue(member, out var list))
                {
                    groupsOf[member] = list = [];
                }
                list.Add(group);
            }
        }
        // Each claim's partners in strength order; the claims in the order their strongest link comes.
        var partners = new Dictionary<int, List<int>>();
        var claims = new List<int>();
        foreach (var (a, b) in edges)
        {
            foreach (var (claim, other) in (ReadOnlySpan<(int, int)>)[(a, b), (b, a)])
            {
                if (agree is null && groupsOf.ContainsKey(claim))
                {
                    continue;
                }
                if (!partners.TryGetValue(claim, out var list))
                {
                    partners[claim] = list = [];
                    claims.Add(claim);
                }
                list.Add(other);
            }
        }
        // Whether a group agrees within itself, asked for each grouped claim that met it: kept until a claim joins.
        var agreeing = new Dictionary<List<int>, bool>(ReferenceEqualityComparer.Instance);
        bool Agreeing(List<int> group)
        {
            if (!agreeing.TryGetValue(group, out var result))
            {
                agreeing[group] = result = group.TrueForAll(m => group.TrueForAll(n => m == n || agree!(m, n)));
            }
            return result;
        }
        foreach (var claim in claims)
        {
            var grouped = groupsOf.ContainsKey(claim);
            List<int>? best = null;
            var bestMatched = 0;
            foreach (var group in partners[claim].Where(groupsOf.ContainsKey).SelectMany(p => groupsOf[p]).Distinct())
            {
                if (group.Exists(m => m == claim || articleOf(m) == articleOf(claim))
                    || (grouped && !(Agreeing(group) && !group.Exists(m => agree!(claim, m)))))
                {
                    continue;
                }
                var matched = group.Count(m => linked.Contains(PairKey.Of(claim, m)));
                if (matched * 3 >= group.Count * 2 && matched > bestMatched)
                {
                    (best, bestMatched) = (group, matched);
                }
            }
            if (best is not null)
            {
                best.Add(claim);
                agreeing.Remove(best);
            }
        }
    }

    private static bool CanMerge(List<int> ga, List<int> gb, HashSet<long> linked, Func<int, string> articleOf) =>
        ga.TrueForAll(x => Fits(x, gb, linked, articleOf));

    /// <summary>The claim matched every member of the group directly and comes from another article than each.</summary>
    private static bool Fits(int claim, List<int> group, HashSet<long> linked, Func<int, string> articleOf) =>
        group.TrueForAll(m => linked.Contains(PairKey.Of(claim, m)) && articleOf(m) != articleOf(claim));
}
