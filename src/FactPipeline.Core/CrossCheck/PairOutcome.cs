namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// How the deterministic rules see one candidate pair (same block, inside the size window). Uncertain pairs may
/// be put to an <see cref="IClaimPairJudge"/>; without one (or when it does not answer) they keep the offline
/// decision, which is exactly the rule the cross-checker applied before the judge existed.
/// </summary>
internal enum PairOutcome
{
    /// <summary>The rules say: different facts, and they are sure (same article, other year, other place, no shared context).</summary>
    NoMatch,
    /// <summary>The rules say: same fact, and they are sure.</summary>
    Match,
    /// <summary>Offline the pair is matched, but the evidence is thin (e.g. two languages and nothing but concept and place in common).</summary>
    UncertainOfflineMatch,
    /// <summary>Offline the pair is not matched, but some evidence points to the same fact (some shared context words).</summary>
    UncertainOfflineNoMatch,
}

internal static class PairOutcomeExtensions
{
    public static bool OfflineSameFact(this PairOutcome outcome) => outcome is PairOutcome.Match or PairOutcome.UncertainOfflineMatch;

    public static bool IsUncertain(this PairOutcome outcome) => outcome is PairOutcome.UncertainOfflineMatch or PairOutcome.UncertainOfflineNoMatch;
}
