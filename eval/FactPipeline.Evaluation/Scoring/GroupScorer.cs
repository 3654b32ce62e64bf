using FactPipeline.Core.Model;
using FactPipeline.Evaluation.Gold;
using FactPipeline.Evaluation.Running;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>Traps (mentions that must not share a conflict or minor finding) and consistent groups (that should share a consistent one).</summary>
internal sealed class GroupScorer(CorpusRun run, Func<GoldMention, Claim?> claimOf)
{
    public TrapOutcome Score(GoldTrap trap)
    {
        var violations = new List<TrapViolation>();
        var pairedAtAll = false;
        // Same-file pairs count too: two figures of one article never belong in one finding.
        foreach (var (first, second) in GoldPairs.Within(trap.Mentions, differentFiles: false))
        {
            var shared = SharedFindings(first, second);
            pairedAtAll |= shared.Length > 0;
            if (shared.FirstOrDefault(PairScorer.IsDiscrepancy) is { } finding)
            {
                violations.Add(new TrapViolation(first, second, finding));
            }
        }
        return new TrapOutcome(trap, violations, pairedAtAll);
    }

    /// <summary>Mention pairs of the group (in different files) that share a consistent finding.</summary>
    public Ratio Score(GoldConsistentGroup group)
    {
        var pairs = GoldPairs.Within(group.Mentions, differentFiles: true).ToArray();
        var found = pairs.Count(p => SharedFindings(p.First, p.Second).Any(f => f.Severity == Severity.Consistent));
        return new Ratio(found, pairs.Length);
    }

    private Finding[] SharedFindings(GoldMention first, GoldMention second) =>
        claimOf(first) is { } a && claimOf(second) is { } b && !string.Equals(a.Id, b.Id, StringComparison.Ordinal)
            ? run.FindingsWithBoth(a.Id, b.Id).ToArray()
            : [];
}
