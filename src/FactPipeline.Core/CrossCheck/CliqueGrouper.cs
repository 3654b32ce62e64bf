namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Groups matched claims so that every two claims in a group matched each other directly: no chaining of
/// "a matches b, b matches c" into a finding where a and c are different facts, and never two claims of one
/// article in one group. Strongest links are merged first; then a claim that matched every member of another group
/// joins it too, so one claim may sit in two findings (agreeing with one report, contradicting others).
/// </summary>
internal static class CliqueGrouper
{
    /// <param name="edges">Matched pairs (claim indexes), strongest first.</param>
    /// <param name="articleOf">Article id of each claim.</param>
    /// <param name="sharesExplicitScope">Whether two claims state one scope in so many words (both additions, both
    /// over 25 years): such a pair stays a finding even when one of them fits no group (see below).</param>
    public static List<List<int>> Group(int count, IReadOnlyList<(int A, int B)> edges, Func<int, string> articleOf, Func<int, int, bool>? sharesExplicitScope = null)
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
        // The groups no longer change here, so whether a claim fits one is asked once per claim and group: a big story's
        // clique has many edges to each of its members. A claim never fits its own group (it did not match itself).
        var candidates = new Dictionary<List<int>, List<int>>(ReferenceEqualityComparer.Instance);
        var asked = new HashSet<(int Claim, List<int> Group)>(new ClaimInGroupComparer());
        void Consider(int claim, int other)
        {
            if (groupOf.TryGetValue(other, out var group) && group.Count > 1
                && !(groupOf.TryGetValue(claim, out var own) && ReferenceEquals(own, group))
                && asked.Add((claim, group)) && Fits(claim, group, linked, articleOf))
            {
                if (!candidates.TryGetValue(group, out var joining))
                {
                    candidates[group] = joining = [];
                }
                joining.Add(claim);
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
        if (sharesExplicitScope is not null)
        {
            AddLonePairs(edges, articleOf, sharesExplicitScope, result);
        }
        return result;
    }

    /// <summary>
    /// A claim that fits no group though it matched a grouped claim that states the same scope in so many words ("an
    /// extra 2.4 million" against the other report's "an extra 1.8 million", itself grouped with the new total it
    /// agrees with) forms a finding with that claim: the shared scope is the evidence, and without the finding the
    /// editor never sees the disagreement. Without such a scope, a leftover match stays unreported.
    /// </summary>
    private static void AddLonePairs(IReadOnlyList<(int A, int B)> edges, Func<int, string> articleOf, Func<int, int, bool> sharesExplicitScope, List<List<int>> result)
    {
        var grouped = new HashSet<int>(result.SelectMany(g => g));
        foreach (var (a, b) in edges)
        {
            foreach (var (lone, other) in (ReadOnlySpan<(int, int)>)[(a, b), (b, a)])
            {
                if (!grouped.Contains(lone) && grouped.Contains(other) && articleOf(lone) != articleOf(other) && sharesExplicitScope(lone, other))
                {
                    result.Add([other, lone]);
                    grouped.Add(lone);
                }
            }
        }
    }

    private sealed class ClaimInGroupComparer : IEqualityComparer<(int Claim, List<int> Group)>
    {
        public bool Equals((int Claim, List<int> Group) x, (int Claim, List<int> Group) y) => x.Claim == y.Claim && ReferenceEquals(x.Group, y.Group);

        public int GetHashCode((int Claim, List<int> Group) obj) => HashCode.Combine(obj.Claim, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Group));
    }

    private static bool CanMerge(List<int> ga, List<int> gb, HashSet<long> linked, Func<int, string> articleOf) =>
        ga.TrueForAll(x => Fits(x, gb, linked, articleOf));

    /// <summary>The claim matched every member of the group directly and comes from another article than each.</summary>
    private static bool Fits(int claim, List<int> group, HashSet<long> linked, Func<int, string> articleOf) =>
        group.TrueForAll(m => linked.Contains(PairKey.Of(claim, m)) && articleOf(m) != articleOf(claim));
}
