using FactPipeline.Core.Model;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>The verbose part of the report: each wrong, missed or unresolved item with what the pipeline read, for debugging.</summary>
internal static class ScoreListing
{
    public static void Write(TextWriter output, CrossCheckScore score)
    {
        output.WriteLine($"### False positives ({score.FalsePositives.Count})");
        foreach (var fp in score.FalsePositives)
        {
            var p = fp.Pair;
            output.WriteLine($"- {Finding(p.Finding)}: {fp.Why}");
            output.WriteLine($"  - {p.FirstSource}: {ClaimValues.Describe(p.First.Value)} in \"{p.First.Quote}\"");
            output.WriteLine($"  - {p.SecondSource}: {ClaimValues.Describe(p.Second.Value)} in \"{p.Second.Quote}\"");
        }
        output.WriteLine();
        output.WriteLine($"### False negatives ({score.FalseNegatives.Count})");
        foreach (var fn in score.FalseNegatives)
        {
            var d = fn.Pair.Discrepancy;
            output.WriteLine($"- {d.Id} ({d.Kind}, {d.Severity}) {fn.Pair.First} ↔ {fn.Pair.Second}: {fn.Reason}: {fn.Detail}");
        }
        output.WriteLine();
        output.WriteLine($"### Unresolved mentions ({score.Unresolved.Count})");
        foreach (var r in score.Unresolved)
        {
            output.WriteLine($"- {r.Mention}: {r.Problem}");
        }
        output.WriteLine();
        var violated = score.Traps.Where(t => t.Violated).ToArray();
        output.WriteLine($"### Trap violations ({violated.Length})");
        foreach (var trap in violated)
        {
            foreach (var v in trap.Violations)
            {
                output.WriteLine($"- {trap.Trap.Id} ({trap.Trap.Kind}) {v.First} ↔ {v.Second} in {Finding(v.Finding)}");
            }
        }
        output.WriteLine();
        if (score.Corpus.Problems.Count > 0)
        {
            output.WriteLine($"### Files without article ({score.Corpus.Problems.Count})");
            foreach (var problem in score.Corpus.Problems)
            {
                output.WriteLine($"- {problem}");
            }
            output.WriteLine();
        }
    }

    public static string Finding(Finding f) => $"{f.Severity.ToString().ToLowerInvariant()} \"{f.Topic}\"";
}
