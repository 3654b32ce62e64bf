using System.Globalization;
using FactPipeline.Core.Model;
using FactPipeline.Evaluation.Gold;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>The scores as small Markdown tables; verbose adds every false positive, miss, unresolved mention and trap violation.</summary>
public static class ScoreReport
{
    public static void Write(TextWriter output, CrossCheckScore score, bool verbose)
    {
        WriteCorpus(output, score.Corpus);
        output.WriteLine($"gold mentions resolved to a claim: {Count(score.MentionsResolved)}");
        output.WriteLine();
        output.WriteLine("| measure | value |");
        output.WriteLine("|---|---|");
        output.WriteLine($"| precision (pairs) | **{Rate(score.Precision)}** ({Count(score.PrecisionPairs)}) |");
        output.WriteLine($"| recall (pairs) | **{Rate(score.Recall)}** ({Count(score.RecallPairs)}) |");
        output.WriteLine($"| F1 | **{Rate(score.F1)}** |");
        output.WriteLine($"| severity agreement on found pairs | {Count(score.SeverityAgreement)} |");
        output.WriteLine($"| traps violated (in one conflict/minor finding) | {score.Traps.Count(t => t.Violated)}/{score.Traps.Count} |");
        var strict = score.Traps.Where(t => t.Trap.Kind != GoldTrap.HedgeConsistent).ToArray();
        output.WriteLine($"| traps paired at all (any finding; all but hedge-consistent) | {strict.Count(t => t.PairedAtAll)}/{strict.Length} |");
        output.WriteLine($"| consistent-group recall (pairs in one consistent finding) | {Count(score.ConsistentRecall)} |");
        output.WriteLine($"| possible findings | {score.Corpus.FindingsBySeverity[Severity.Possible]} |");
        output.WriteLine($"| misses by reason | {string.Join(", ", Enum.GetValues<MissReason>().Select(r => $"{r} {score.FalseNegatives.Count(f => f.Reason == r)}"))} |");
        output.WriteLine();
        WriteRecall(output, "discrepancy kind", score.RecallByKind);
        WriteRecall(output, "language pair", score.RecallByLanguagePair);
        WriteTrapKinds(output, score.Traps);
        if (verbose)
        {
            ScoreListing.Write(output, score);
        }
    }

    public static void WriteCorpus(TextWriter output, CorpusSummary corpus)
    {
        var languages = string.Join(", ", corpus.ArticlesByLanguage.Select(l => $"{l.Key} {l.Value}"));
        var findings = string.Join(", ", corpus.FindingsBySeverity.Select(f => $"{f.Value} {f.Key.ToString().ToLowerInvariant()}"));
        output.WriteLine($"corpus: {corpus.Articles} articles ({languages}), {corpus.Claims} claims; findings: {findings}; {corpus.Problems.Count} files without article");
    }

    public static string Rate(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Count(Ratio ratio) => $"{ratio.Hits}/{ratio.Total}";

    private static void WriteRecall(TextWriter output, string what, IReadOnlyList<RecallRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }
        output.WriteLine($"| {what} | recall | pairs |");
        output.WriteLine("|---|---|---|");
        foreach (var row in rows)
        {
            output.WriteLine($"| {row.Key} | {Rate(row.Pairs.Rate)} | {Count(row.Pairs)} |");
        }
        output.WriteLine();
    }

    private static void WriteTrapKinds(TextWriter output, IReadOnlyList<TrapOutcome> traps)
    {
        if (traps.Count == 0)
        {
            return;
        }
        output.WriteLine("| trap kind | traps | violated | paired at all |");
        output.WriteLine("|---|---|---|---|");
        foreach (var kind in traps.GroupBy(t => t.Trap.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"| {kind.Key} | {kind.Count()} | {kind.Count(t => t.Violated)} | {kind.Count(t => t.PairedAtAll)} |");
        }
        output.WriteLine();
    }
}
