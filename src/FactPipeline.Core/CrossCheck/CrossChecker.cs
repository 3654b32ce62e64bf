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
/// <remarks>
/// <para>Each candidate pair (same block, inside the <see cref="CrossCheckOptions.MaxRatio"/> window, within
/// <see cref="CrossCheckOptions.MaxCandidatesPerClaim"/>) gets one of three outcomes:</para>
/// <list type="bullet">
/// <item><b>NoMatch</b>, sure: same article; both years known and different; both name places and share none;
/// same language with no context evidence (metric overlap zero or below <see cref="CrossCheckOptions.MinUncertainContextOverlap"/>,
/// and no shared canonical word).</item>
/// <item><b>Match</b>, sure: both carry canonical English phrasing whose words overlap by at least
/// <see cref="CrossCheckOptions.MinContextOverlap"/> (any languages); same language with metric overlap at least
/// <c>MinContextOverlap</c> (unless both canonical phrasings share no word at all); different languages sharing a
/// non-place subject entity ("nvidia", "naver").</item>
/// <item><b>Uncertain</b>, everything in between: different languages sharing nothing but concept, unit, size and
/// (maybe) place — also when only one side has canonical phrasing, or both have it and share no word (offline:
/// matched, as before); same language with metric overlap in (0, <c>MinContextOverlap</c>) at or above the lower
/// bound, or with some but too few shared canonical words (offline: not matched, as before); same language with
/// enough metric overlap while both canonical phrasings share no word (offline: matched).</item>
/// </list>
/// <para>Offline (no judge) an uncertain pair keeps its offline decision, which is the rule applied before
/// judges existed, so offline results are unchanged. With a judge, uncertain pairs not already joined by sure
/// matches are asked about; an answer replaces the offline decision, a missing answer keeps it. Severity is
/// always decided by <see cref="Compare"/> on the parsed values, never by the judge.</para>
/// </remarks>
public sealed class CrossChecker(IOptions<CrossCheckOptions> options) : ICrossChecker
{
    private readonly CrossCheckOptions _options = options.Value;

    public IReadOnlyList<Finding> Check(IReadOnlyList<Claim> claims)
    {
        var state = Prepare(claims, detailed: false);
        foreach (var members in state.Blocks())
        {
            LinkNeighbours(state, members, uncertain: null);
        }
        return Findings(state, confirmed: []);
    }

    public async Task<IReadOnlyList<Finding>> CheckAsync(IReadOnlyList<Claim> claims, IClaimPairJudge? judge, IReadOnlyList<Article>? articles = null, CancellationToken cancellationToken = default)
    {
        if (judge is not { IsEnabled: true })
        {
            return Check(claims);
        }
        var uncertain = FindUncertain(claims, out var state);
        // Pairs already joined through sure matches gain nothing from a judge: a "no" cannot split a group.
        var open = uncertain.Where(p => state.Groups.Find(p.Left) != state.Groups.Find(p.Right)).ToArray();
        var dates = articles?.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().PublishedAt, StringComparer.Ordinal);
        var pairs = open
            .Select(p => ToClaimPair(state.Claims, p, dates))
            .OrderByDescending(p => p.OfflineSameFact) // a wrong offline match is a false finding: check those first
            .ThenBy(p => p.A.Id, StringComparer.Ordinal)
            .ThenBy(p => p.B.Id, StringComparer.Ordinal)
            .ToArray();
        var decisions = pairs.Length == 0
            ? new Dictionary<string, ClaimPairJudgement>()
            : await judge.JudgeAsync(pairs, cancellationToken);

        var byId = state.Claims.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var confirmed = new List<(int Claim, ClaimPairJudgement Judgement)>();
        foreach (var pair in pairs)
        {
            var (left, right) = (byId[pair.A.Id], byId[pair.B.Id]);
            if (decisions.TryGetValue(pair.Id, out var judgement))
            {
                if (judgement.SameFact)
                {
                    state.Groups.Union(left, right);
                    confirmed.Add((left, judgement));
                }
            }
            else if (pair.OfflineSameFact)
            {
                state.Groups.Union(left, right);
            }
        }
        return Findings(state, confirmed);
    }

    /// <summary>
    /// Links the sure matches into <paramref name="state"/>'s groups and returns the uncertain pairs (in no
    /// particular order) without deciding them.
    /// </summary>
    internal IReadOnlyList<UncertainPair> FindUncertain(IReadOnlyList<Claim> claims, out CheckState state)
    {
        state = Prepare(claims, detailed: true);
        var uncertain = new List<UncertainPair>();
        foreach (var members in state.Blocks())
        {
            LinkNeighbours(state, members, uncertain);
        }
        return uncertain;
    }

    private static CheckState Prepare(IReadOnlyList<Claim> claims, bool detailed)
    {
        var candidates = claims.Where(c => c.Concept is not null).ToArray();
        // Computed once per claim, not once per compared pair.
        var places = candidates.Select(c => c.Subject.Where(ConceptLexicon.Places.Contains).ToArray()).ToArray();
        var entities = detailed
            ? candidates.Select(c => c.Subject.Where(s => !ConceptLexicon.Places.Contains(s)).ToArray()).ToArray()
            : null;
        var canonical = candidates.Any(c => c.Canonical is not null)
            ? candidates.Select(CanonicalWords.Of).ToArray()
            : null;
        return new CheckState(candidates, places, entities, canonical, new UnionFind(candidates.Length));
    }

    /// <summary>
    /// Compares each claim with its neighbours in size. Sure matches are joined at once. Uncertain pairs are
    /// collected into <paramref name="uncertain"/> when given, else decided offline on the spot.
    /// </summary>
    private void LinkNeighbours(CheckState state, int[] sortedMembers, List<UncertainPair>? uncertain)
    {
        var claims = state.Claims;
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
                var (outcome, why) = Assess(state, sortedMembers[a], sortedMembers[b]);
                if (outcome.IsUncertain() && uncertain is not null)
                {
                    uncertain.Add(new UncertainPair(sortedMembers[a], sortedMembers[b], outcome.OfflineSameFact(), why));
                }
                else if (outcome.OfflineSameFact())
                {
                    state.Groups.Union(sortedMembers[a], sortedMembers[b]);
                }
            }
        }
    }

    /// <summary>The three-way decision for one candidate pair; see the class remarks for the rules.</summary>
    internal (PairOutcome Outcome, string Why) Assess(CheckState state, int i, int j)
    {
        var (a, b) = (state.Claims[i], state.Claims[j]);
        if (a.ArticleId == b.ArticleId)
        {
            return (PairOutcome.NoMatch, "same article");
        }
        if (a.Year is { } ya && b.Year is { } yb && ya != yb)
        {
            return (PairOutcome.NoMatch, "different years");
        }
        var (placesA, placesB) = (state.Places[i], state.Places[j]);
        if (placesA.Length > 0 && placesB.Length > 0 && CountShared(placesA, placesB) == 0)
        {
            return (PairOutcome.NoMatch, "different places");
        }
        double? canonical = state.Canonical is { } words && words[i] is { } wa && words[j] is { } wb
            ? Overlap(wa, wb)
            : null;
        if (canonical >= _options.MinContextOverlap)
        {
            return (PairOutcome.Match, "canonical phrasings overlap");
        }
        if (a.Language == b.Language)
        {
            var context = Overlap(a.Metric, b.Metric);
            if (context >= _options.MinContextOverlap)
            {
                return canonical == 0
                    ? (PairOutcome.UncertainOfflineMatch, "same-language context overlaps but canonical phrasings share no word")
                    : (PairOutcome.Match, "same-language context overlaps");
            }
            if ((context > 0 && context >= _options.MinUncertainContextOverlap) || canonical > 0)
            {
                return (PairOutcome.UncertainOfflineNoMatch, "same-language context overlaps too little");
            }
            return (PairOutcome.NoMatch, "no shared context");
        }
        // Context words only compare within one language; across languages concept + place + size decide offline.
        if (canonical == 0)
        {
            return (PairOutcome.UncertainOfflineMatch, "different languages; canonical phrasings share no word");
        }
        if (state.Entities is { } entities && CountShared(entities[i], entities[j]) > 0)
        {
            return (PairOutcome.Match, "different languages; shared named entity");
        }
        return (PairOutcome.UncertainOfflineMatch, "different languages; only concept, unit, size and place in common");
    }

    /// <summary>Overlap coefficient: shared items over the size of the smaller list.</summary>
    private static double Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
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

    private static ClaimPair ToClaimPair(Claim[] claims, UncertainPair pair, Dictionary<string, DateOnly?>? dates)
    {
        var (a, b) = (claims[pair.Left], claims[pair.Right]);
        if (string.CompareOrdinal(a.Id, b.Id) > 0)
        {
            (a, b) = (b, a);
        }
        return new ClaimPair(
            StableId.Of("pair", a.Id, b.Id),
            a,
            b,
            dates?.GetValueOrDefault(a.ArticleId),
            dates?.GetValueOrDefault(b.ArticleId),
            pair.OfflineSameFact,
            pair.Why);
    }

    private IReadOnlyList<Finding> Findings(CheckState state, IReadOnlyList<(int Claim, ClaimPairJudgement Judgement)> confirmed)
    {
        var confirmedByGroup = confirmed
            .GroupBy(c => state.Groups.Find(c.Claim))
            .ToDictionary(g => g.Key, g => g.Select(c => c.Judgement).ToArray());
        var findings = new List<Finding>();
        foreach (var group in state.Groups.Groups().Where(g => g.Count > 1))
        {
            var members = group.Select(i => state.Claims[i]).OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Value.Start).ToArray();
            if (members.Select(c => c.ArticleId).Distinct().Count() < 2)
            {
                continue;
            }
            var finding = Judge(members);
            if (confirmedByGroup.TryGetValue(state.Groups.Find(group[0]), out var judgements))
            {
                finding = finding with { MatchedBy = MatchedBy(judgements) };
            }
            findings.Add(finding);
        }
        return findings
            .OrderBy(f => f.Severity)
            .ThenByDescending(f => f.DifferencePercent)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>"llm:MatchClaims@1a2b: both give Korea's 2026 AI budget; ..." (at most three distinct reasons).</summary>
    private static string MatchedBy(IReadOnlyList<ClaimPairJudgement> judgements)
    {
        var reasons = judgements.Select(j => j.Reason.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).Take(3).ToArray();
        var source = judgements[0].Source;
        return reasons.Length == 0 ? source : $"{source}: {string.Join("; ", reasons)}";
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

    /// <summary>Per-check data, computed once per claim.</summary>
    /// <param name="Entities">Subject words that are not places; only computed when uncertain pairs are wanted.</param>
    /// <param name="Canonical">Canonical English words per claim; null when no claim has canonical phrasing.</param>
    internal sealed record CheckState(Claim[] Claims, string[][] Places, string[][]? Entities, string[]?[]? Canonical, UnionFind Groups)
    {
        /// <summary>Claim indexes per (kind, unit, concept) block, sorted by amount.</summary>
        public IEnumerable<int[]> Blocks() =>
            Enumerable.Range(0, Claims.Length)
                .GroupBy(i => BlockKey(Claims[i]), StringComparer.Ordinal)
                .Select(block => block.OrderBy(i => Claims[i].Value.Amount).ToArray());
    }

    /// <param name="Left">Claim index.</param>
    /// <param name="Right">Claim index.</param>
    internal readonly record struct UncertainPair(int Left, int Right, bool OfflineSameFact, string Why);
}
