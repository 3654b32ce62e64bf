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
        // Articles by number: the checks below compare them for every member of every group tried.
        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        var article = new int[count];
        for (var i = 0; i < count; i++)
        {
            var id = articleOf(i);
            article[i] = articles.TryGetValue(id, out var n) ? n : articles[id] = articles.Count;
        }
        // Per claim, its group (null: none yet); and the claims in the order they first got one, which orders the groups.
        var groupOf = new List<int>?[count];
        var placed = new List<int>();
        foreach (var (a, b) in edges)
        {
            var ga = groupOf[a] ?? [a];
            var gb = groupOf[b] ?? [b];
            if (ReferenceEquals(ga, gb) || !CanMerge(ga, gb, linked, article))
            {
                continue;
            }
            ga.AddRange(gb);
            foreach (var member in ga)
            {
                if (groupOf[member] is null)
                {
                    placed.Add(member);
                }
                groupOf[member] = ga;
            }
        }
        var groups = placed.Select(member => groupOf[member]!).Distinct().Where(g => g.Count > 1).ToList();
        // Per claim, the number of its group in groups (-1: none).
        var number = new int[count];
        Array.Fill(number, -1);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var member in groups[g])
            {
                number[member] = g;
            }
        }
        // A claim that matched every member of another group belongs there too: "46 dead" agrees with the other
        // early report and contradicts each of the later "81" ones, so it is in both findings. Every two claims of a
        // group still matched directly.
        // The groups no longer change here, so whether a claim fits one is asked once per claim and group: a big story's
        // clique has many edges to each of its members. A claim never fits its own group (it did not match itself).
        var candidates = new List<int>?[groups.Count];
        var asked = new HashSet<long>();
        void Consider(int claim, int other)
        {
            var group = number[other];
            if (group >= 0 && number[claim] != group && asked.Add(((long)claim << 32) | (uint)group) && Fits(claim, groups[group], linked, article))
            {
                (candidates[group] ??= []).Add(claim);
            }
        }
        foreach (var (a, b) in edges)
        {
            Consider(a, b);
            Consider(b, a);
        }
        var result = new List<List<int>>(groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            if (candidates[g] is { } joining)
            {
                // Joiners of one group must match each other too (and come from other articles), strongest first.
                var extended = new List<int>(groups[g]);
                foreach (var claim in joining)
                {
                    if (Fits(claim, extended, linked, article))
                    {
                        extended.Add(claim);
                    }
                }
                result.Add(extended);
            }
            else
            {
                result.Add(groups[g]);
            }
        }
        if (sharesExplicitScope is not null)
        {
            AddLonePairs(edges, article, sharesExplicitScope, result);
        }
        return result;
    }

    /// <summary>
    /// A claim that fits no group though it matched a grouped claim that states the same scope in so many words ("an
    /// extra 2.4 million" against the other report's "an extra 1.8 million", itself grouped with the new total it
    /// agrees with) forms a finding with that claim: the shared scope is the evidence, and without the finding the
    /// editor never sees the disagreement. Without such a scope, a leftover match stays unreported.
    /// </summary>
    private static void AddLonePairs(IReadOnlyList<(int A, int B)> edges, int[] article, Func<int, int, bool> sharesExplicitScope, List<List<int>> result)
    {
        var grouped = new HashSet<int>(result.SelectMany(g => g));
        foreach (var (a, b) in edges)
        {
            foreach (var (lone, other) in (ReadOnlySpan<(int, int)>)[(a, b), (b, a)])
            {
                if (!grouped.Contains(lone) && grouped.Contains(other) && article[lone] != article[other] && sharesExplicitScope(lone, other))
                {
                    result.Add([other, lone]);
                    grouped.Add(lone);
                }
            }
        }
    }

    private static bool CanMerge(List<int> ga, List<int> gb, HashSet<long> linked, int[] article)
    {
        foreach (var x in ga)
        {
            if (!Fits(x, gb, linked, article))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The claim matched every member of the group directly and comes from another article than each.</summary>
    private static bool Fits(int claim, List<int> group, HashSet<long> linked, int[] article)
    {
        // A loop, not a lambda per call: this runs for every edge of every big story.
        foreach (var m in group)
        {
            if (!linked.Contains(PairKey.Of(claim, m)) || article[m] == article[claim])
            {
                return false;
            }
        }
        return true;
    }
}
