using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Pipeline;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Groups claims that state the same fact in different articles and judges each group. Claims are blocked
/// by (kind, unit, concept) and compared only with neighbours of similar size inside their block, so the
/// work grows near-linearly with the number of claims instead of with its square.
/// </summary>
public sealed class CrossChecker(IOptions<CrossCheckOptions> options) : ICrossChecker
{
    private readonly CrossCheckOptions _options = options.Value;

    public IReadOnlyList<Finding> Check(IReadOnlyList<Claim> claims)
    {
        var candidates = claims.Where(c => c.Concept is not null).ToArray();
        // Computed once per claim, not once per compared pair.
        var places = candidates.Select(c => c.Subject.Where(ConceptLexicon.Places.Contains).ToArray()).ToArray();
        var groups = new UnionFind(candidates.Length);
        var blocks = Enumerable.Range(0, candidates.Length)
            .GroupBy(i => BlockKey(candidates[i]), StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var members = block.OrderBy(i => candidates[i].Value.Amount).ToArray();
            LinkNeighbours(candidates, places, members, groups);
        }

        var findings = new List<Finding>();
        foreach (var group in groups.Groups().Where(g => g.Count > 1))
        {
            var members = group.Select(i => candidates[i]).OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Value.Start).ToArray();
            if (members.Select(c => c.ArticleId).Distinct().Count() < 2)
            {
                continue;
            }
            findings.Add(Judge(members));
        }
        return findings
            .OrderBy(f => f.Severity)
            .ThenByDescending(f => f.DifferencePercent)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
    }

    private void LinkNeighbours(Claim[] claims, string[][] places, int[] sortedMembers, UnionFind groups)
    {
        var maxRatio = (decimal)_options.MaxRatio;
        for (var a = 0; a < sortedMembers.Length; a++)
        {
            var left = claims[sortedMembers[a]];
            var limit = left.Value.Amount > 0 ? left.Value.Amount * maxRatio : left.Value.Amount;
            var compared = 0;
            for (var b = a + 1; b < sortedMembers.Length && compared < _options.MaxCandidatesPerClaim; b++)
            {
                var right = claims[sortedMembers[b]];
                if (right.Value.Amount > limit)
                {
                    break;
                }
                compared++;
                if (SameFact(left, right, places[sortedMembers[a]], places[sortedMembers[b]]))
                {
                    groups.Union(sortedMembers[a], sortedMembers[b]);
                }
            }
        }
    }

    private bool SameFact(Claim a, Claim b, string[] placesA, string[] placesB)
    {
        if (a.ArticleId == b.ArticleId)
        {
            return false;
        }
        if (a.Year is { } ya && b.Year is { } yb && ya != yb)
        {
            return false;
        }
        if (placesA.Length > 0 && placesB.Length > 0 && CountShared(placesA, placesB) == 0)
        {
            return false;
        }
        // Context words only compare within one language; across languages concept + place + size decide.
        return a.Language != b.Language || ContextOverlap(a.Metric, b.Metric) >= _options.MinContextOverlap;
    }

    private static double ContextOverlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        return (double)CountShared(a, b) / Math.Min(a.Count, b.Count);
    }

    /// <summary>Shared items of two short lists; nested loops beat a hash set at these sizes and allocate nothing.</summary>
    private static int CountShared(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var shared = 0;
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (string.Equals(a[i], b[j], StringComparison.Ordinal))
                {
                    shared++;
                    break;
                }
            }
        }
        return shared;
    }

    private Finding Judge(IReadOnlyList<Claim> members)
    {
        var reason = VerdictReason.Equal;
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                if (members[i].ArticleId == members[j].ArticleId)
                {
                    continue;
                }
                var pair = Compare(members[i].Value, members[j].Value);
                if (pair > reason)
                {
                    reason = pair;
                }
            }
        }
        var amounts = members.Select(c => c.Value.Amount).ToArray();
        var (min, max) = (amounts.Min(), amounts.Max());
        var difference = min > 0 ? Math.Round((max - min) / min * 100m, 2) : 0m;
        var first = members[0];
        return new Finding
        {
            Id = StableId.Of(members.Select(c => c.Id).Order(StringComparer.Ordinal).ToArray()),
            Severity = reason switch
            {
                VerdictReason.Disjoint => Severity.Conflict,
                VerdictReason.Rounding => Severity.Minor,
                VerdictReason.HedgesOverlap => Severity.Minor,
                _ => Severity.Consistent,
            },
            Reason = reason,
            Concept = first.Concept,
            Topic = TopicOf(first),
            ClaimIds = members.Select(c => c.Id).ToArray(),
            DifferencePercent = difference,
        };
    }

    /// <summary>How two figures relate: the worse of the pair decides the group's severity.</summary>
    internal VerdictReason Compare(Quantity a, Quantity b)
    {
        var strictA = ClaimInterval.Strict(a);
        var strictB = ClaimInterval.Strict(b);
        if (strictA.Overlaps(strictB))
        {
            return a.Amount == b.Amount ? VerdictReason.Equal : VerdictReason.HedgesOverlap;
        }
        return ClaimInterval.Loose(a, _options.HedgeSlack).Overlaps(ClaimInterval.Loose(b, _options.HedgeSlack))
            ? VerdictReason.Rounding
            : VerdictReason.Disjoint;
    }

    private static string BlockKey(Claim c) =>
        $"{c.Value.Kind}|{(c.Value.Kind == QuantityKind.Count ? "" : c.Value.Unit)}|{c.Concept}";

    private static string TopicOf(Claim c)
    {
        var concept = c.Concept!.StartsWith("noun:", StringComparison.Ordinal) ? c.Concept[5..] : c.Concept;
        return c.Value.Kind switch
        {
            QuantityKind.Money => $"{concept} ({c.Value.Unit})",
            QuantityKind.Percent => $"{concept} (%)",
            QuantityKind.Multiplier => $"{concept} (growth multiple)",
            _ => $"{concept} (count)",
        };
    }
}
