using FactPipeline.Core.Model;

namespace FactPipeline.Core.Review;

/// <summary>Everything the finding page shows: the figures with their evidence, the verdict, the audit trail, the neighbours.</summary>
/// <param name="FirstRunNumber">The run that first found it, counted from the store's first run (1).</param>
/// <param name="Related">
/// Other tracked findings about the same subject, most pressing first; empty unless asked for (only the page shows them).
/// </param>
public sealed record FindingDetail(
    TrackedFinding Finding,
    VerdictReason Reason,
    LocalizedText Explanation,
    IReadOnlyList<FigureEvidence> Evidence,
    IReadOnlyList<FindingEvent> History,
    IReadOnlyList<TrackedFinding> Related,
    int FirstRunNumber)
{
    /// <summary>The newest entry of the audit trail: a decision form posted against an older one is stale.</summary>
    public long Version => History.Count == 0 ? 0 : History.Max(e => e.Sequence);
}

/// <summary>One figure of a finding with what its article says about it, for showing side by side.</summary>
/// <param name="Subject">The claim's subject name, when the extractor found one.</param>
/// <param name="Measure">The words naming what was measured, as the extractor keeps them (stemmed: "anggar").</param>
/// <param name="Concept">What was measured as the lexicon names it ("budget"), when the words matched a concept.</param>
public sealed record FigureEvidence(
    TrackedFigure Figure,
    string? Title,
    DateOnly? PublishedAt,
    string? Subject,
    IReadOnlyList<string> Measure,
    ClaimScope Scope,
    int? Year,
    string? Concept = null);
