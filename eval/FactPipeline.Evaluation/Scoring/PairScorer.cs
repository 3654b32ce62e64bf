using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Model;
using FactPipeline.Evaluation.Gold;
using FactPipeline.Evaluation.Running;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>
/// Precision and recall at the pair level. Predicted: two claims from different articles in one conflict or minor
/// finding whose own values the cross-check's comparer finds apart (rounding or disjoint): a finding may hold agreeing
/// claims too ("48,214" and "more than 48,000" beside "about 48,000"), and its severity comes from the pairs that differ. Gold: each discrepancy's mentions of one
/// side × another side. A predicted pair is right when some mention of one claim and some mention of the other form
/// a gold pair; pairs touching unlabelled claims are wrong, since the corpus labels every discrepancy.
/// </summary>
internal sealed class PairScorer(CorpusRun run, IReadOnlyDictionary<GoldMention, MentionResolution> resolved, GoldEntryIndex entries)
{
    private readonly ILookup<string, GoldMention> _mentionsByClaim = resolved.Values
        .Where(r => r.IsResolved)
        .ToLookup(r => r.Claim!.Id, r => r.Mention, StringComparer.Ordinal);

    public IReadOnlyDictionary<(string, string), PredictedPair> Predicted { get; } = PredictedPairs(run);

    public static bool IsDiscrepancy(Finding finding) => finding.Severity is Severity.Conflict or Severity.Minor;

    public (Ratio Precision, IReadOnlyList<FalsePositive> Wrong) ScorePredicted(IReadOnlySet<MentionPairKey> gold)
    {
        var wrong = new List<FalsePositive>();
        foreach (var pair in Predicted.Values)
        {
            var keys = from a in _mentionsByClaim[pair.First.Id]
                       from b in _mentionsByClaim[pair.Second.Id]
                       select MentionPairKey.Of(a, b);
            if (!keys.Any(gold.Contains))
            {
                wrong.Add(new FalsePositive(pair, WhyWrong(pair)));
            }
        }
        return (new Ratio(Predicted.Count - wrong.Count, Predicted.Count), wrong);
    }

    /// <summary>The predicted pair a gold pair became, or null.</summary>
    public PredictedPair? Find(GoldPair pair) =>
        ClaimOf(pair.First) is { } a && ClaimOf(pair.Second) is { } b && Predicted.TryGetValue(Key(a.Id, b.Id), out var predicted)
            ? predicted
            : null;

    public FalseNegative Miss(GoldPair pair)
    {
        var unresolved = new[] { resolved[pair.First], resolved[pair.Second] }.Where(r => !r.IsResolved).ToArray();
        if (unresolved.Length > 0)
        {
            return new FalseNegative(pair, MissReason.UnresolvedMention, string.Join("; ", unresolved.Select(r => $"{r.Mention}: {r.Problem}")));
        }
        var (a, b) = (ClaimOf(pair.First)!, ClaimOf(pair.Second)!);
        var read = $"read as {ClaimValues.Describe(a.Value)} and {ClaimValues.Describe(b.Value)}";
        var shared = run.FindingsWithBoth(a.Id, b.Id).ToArray();
        if (shared.FirstOrDefault(f => IsDiscrepancy(f) || f.Severity == Severity.Consistent) is { } equal)
        {
            return new FalseNegative(pair, MissReason.GroupedButJudgedEqual, $"{Describe(equal)}, {read}");
        }
        if (shared.FirstOrDefault(f => f.Severity == Severity.Possible) is { } possible)
        {
            return new FalseNegative(pair, MissReason.GroupedAsPossible, $"{Describe(possible)}, {read}");
        }
        var why = run.ExplainPair is { } explain ? $"; {explain(a, b)}" : "";
        return new FalseNegative(pair, MissReason.NotGrouped, $"first in {FindingsOf(a)}; second in {FindingsOf(b)}; {read}{why}{Fit(a, b)}{Fit(b, a)}");
    }

    /// <summary>
    /// Why <paramref name="claim"/> stayed out of the discrepancy or consistent findings of <paramref name="other"/>:
    /// how the pair assessor judged it against each member ("; fit of 12: [48000 Match; 49000 NoMatch: different places]").
    /// </summary>
    private string Fit(Claim claim, Claim other)
    {
        if (run.ExplainPair is not { } explain)
        {
            return "";
        }
        var groups = run.FindingsByClaim[other.Id].Where(f => f.Severity != Severity.Possible).ToArray();
        if (groups.Length == 0)
        {
            return "";
        }
        string Verdict(Claim member)
        {
            if (string.Equals(member.ArticleId, claim.ArticleId, StringComparison.Ordinal))
            {
                return $"{member.Value.Amount} same article";
            }
            var text = explain(claim, member);
            var start = new[] { "; Match:", "; NoMatch:", "; Possible:" }.Select(k => text.IndexOf(k, StringComparison.Ordinal)).Where(k => k >= 0).DefaultIfEmpty(-1).Max();
            var verdict = start < 0 ? text : text[(start + 2)..];
            var end = verdict.IndexOf("; measures", StringComparison.Ordinal);
            return $"{member.Value.Amount} {(end < 0 ? verdict : verdict[..end])}";
        }
        var parts = groups.Select(f => "[" + string.Join("; ", f.ClaimIds.Where(id => id != other.Id).Select(id => run.ClaimById.GetValueOrDefault(id)).OfType<Claim>().Select(Verdict)) + "]");
        return $"; fit of {claim.Value.Amount} beside {other.Value.Amount}: {string.Join(" ", parts)}";
    }

    public Claim? ClaimOf(GoldMention mention) => resolved.TryGetValue(mention, out var r) ? r.Claim : null;

    private static Dictionary<(string, string), PredictedPair> PredictedPairs(CorpusRun run)
    {
        var pairs = new Dictionary<(string, string), PredictedPair>();
        foreach (var finding in run.Findings.Where(IsDiscrepancy))
        {
            var claims = finding.ClaimIds.Select(id => run.ClaimById.GetValueOrDefault(id)).OfType<Claim>().ToArray();
            for (var i = 0; i < claims.Length; i++)
            {
                for (var j = i + 1; j < claims.Length; j++)
                {
                    var (a, b) = (claims[i], claims[j]);
                    if (!string.Equals(a.ArticleId, b.ArticleId, StringComparison.Ordinal) && Differ(a, b))
                    {
                        pairs.TryAdd(Key(a.Id, b.Id), new PredictedPair(finding, a, b, run.SourceOf(a), run.SourceOf(b)));
                    }
                }
            }
        }
        return pairs;
    }

    private static readonly double HedgeSlack = new CrossCheckOptions().HedgeSlack;

    /// <summary>The pair the finding flags: figures apart, or one figure given for two scopes.</summary>
    private static bool Differ(Claim a, Claim b) =>
        (!ClaimValues.Same(a.Value, b.Value) && ValueComparer.SeverityOf(ValueComparer.Compare(a.Value, b.Value, HedgeSlack)) is Severity.Conflict or Severity.Minor)
        || !a.Scope.IsCompatibleWith(b.Scope);

    private string WhyWrong(PredictedPair pair)
    {
        var first = _mentionsByClaim[pair.First.Id].ToArray();
        var second = _mentionsByClaim[pair.Second.Id].ToArray();
        var labels = (first.Length, second.Length) switch
        {
            (0, 0) => "neither figure is labelled",
            (0, _) => $"first figure not labelled; second is in: {Entries(second)}",
            (_, 0) => $"second figure not labelled; first is in: {Entries(first)}",
            _ => string.Join("; ", from a in first from b in second select entries.Relation(a, b)),
        };
        return run.ExplainPair is { } explain ? $"{labels} [{explain(pair.First, pair.Second)}]" : labels;
    }

    private string Entries(IEnumerable<GoldMention> mentions) =>
        string.Join("; ", mentions.Select(entries.Labels));

    private string FindingsOf(Claim claim)
    {
        var findings = run.FindingsByClaim[claim.Id].ToArray();
        return findings.Length == 0 ? "no finding" : string.Join(", ", findings.Select(Describe));
    }

    private static string Describe(Finding f) => $"{f.Severity.ToString().ToLowerInvariant()} \"{f.Topic}\"";

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
