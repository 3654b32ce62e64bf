using FactPipeline.Core.Model;
using FactPipeline.Evaluation.Gold;

namespace FactPipeline.Evaluation.Scoring;

/// <summary>Pair-level scores of the cross-check's conflict+minor findings against the gold corpus.</summary>
public sealed record CrossCheckScore
{
    public required CorpusSummary Corpus { get; init; }
    /// <summary>Gold mentions (all entries) that point at a claim, of all gold mentions.</summary>
    public required Ratio MentionsResolved { get; init; }
    /// <summary>Predicted pairs that are gold pairs, of all predicted discrepancy pairs.</summary>
    public required Ratio PrecisionPairs { get; init; }
    /// <summary>Gold pairs predicted, of all gold pairs.</summary>
    public required Ratio RecallPairs { get; init; }
    /// <summary>Found gold pairs whose finding has the gold severity (minor vs conflict).</summary>
    public required Ratio SeverityAgreement { get; init; }
    /// <summary>Consistent-group mention pairs (different files) together in one consistent finding.</summary>
    public required Ratio ConsistentRecall { get; init; }
    public required IReadOnlyList<RecallRow> RecallByKind { get; init; }
    public required IReadOnlyList<RecallRow> RecallByLanguagePair { get; init; }
    public required IReadOnlyList<TrapOutcome> Traps { get; init; }
    public required IReadOnlyList<FalsePositive> FalsePositives { get; init; }
    public required IReadOnlyList<FalseNegative> FalseNegatives { get; init; }
    public required IReadOnlyList<MentionResolution> Unresolved { get; init; }

    /// <summary>0 when nothing was predicted.</summary>
    public double Precision => PrecisionPairs.Rate;
    public double Recall => RecallPairs.Rate;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary><see cref="Hits"/> of <see cref="Total"/>; the rate is 0 when there is nothing to count.</summary>
public readonly record struct Ratio(int Hits, int Total)
{
    public double Rate => Total == 0 ? 0 : Hits / (double)Total;
}

/// <summary>Recall for one discrepancy kind or one language pair ("en–id").</summary>
public sealed record RecallRow(string Key, Ratio Pairs);

/// <param name="ArticlesByLanguage">Articles per detected language.</param>
/// <param name="FindingsBySeverity">Findings per severity, every severity listed.</param>
/// <param name="Problems">Files that yielded no article.</param>
public sealed record CorpusSummary(
    int Articles, IReadOnlyDictionary<string, int> ArticlesByLanguage, int Claims,
    IReadOnlyDictionary<Severity, int> FindingsBySeverity, IReadOnlyList<InputProblem> Problems);

/// <summary>Two claims from different articles, in one conflict or minor finding, whose values differ.</summary>
public sealed record PredictedPair(Finding Finding, Claim First, Claim Second, string FirstSource, string SecondSource);

public sealed record FalsePositive(PredictedPair Pair, string Why);

public enum MissReason
{
    /// <summary>A mention points at no claim: the recognizer made none there (or the text was not found).</summary>
    UnresolvedMention,
    /// <summary>Both claims exist but share no finding.</summary>
    NotGrouped,
    /// <summary>Together only in a possible finding (offline, never a conflict or minor).</summary>
    GroupedAsPossible,
    /// <summary>Together in a finding, but their values were read as equal or the finding is consistent.</summary>
    GroupedButJudgedEqual,
}

public sealed record FalseNegative(GoldPair Pair, MissReason Reason, string Detail);

/// <summary>How one trap fared: the mention pairs found together in a conflict or minor finding, and whether any pair shared a finding at all.</summary>
public sealed record TrapOutcome(GoldTrap Trap, IReadOnlyList<TrapViolation> Violations, bool PairedAtAll)
{
    public bool Violated => Violations.Count > 0;
}

public sealed record TrapViolation(GoldMention First, GoldMention Second, Finding Finding);
