using FactPipeline.Core.Model;

namespace FactPipeline.Core.CrossCheck;

/// <summary>
/// Decides whether two claims the rules are unsure about state the same fact (same subject, metric, scope and
/// time). It never decides whether the numbers agree: the cross-checker's comparator does that, on values it
/// parsed itself.
/// </summary>
public interface IClaimPairJudge
{
    /// <summary>False when there is nothing to ask (no LLM configured): the cross-checker then runs offline.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// Judges <paramref name="pairs"/>, most important first. One call is one run: implementations may judge only
    /// a bounded prefix. Pairs missing from the answer keep their offline decision. Never throws for model trouble.
    /// </summary>
    /// <returns>Decisions keyed by <see cref="ClaimPair.Id"/>.</returns>
    Task<IReadOnlyDictionary<string, ClaimPairJudgement>> JudgeAsync(IReadOnlyList<ClaimPair> pairs, CancellationToken cancellationToken = default);
}

/// <summary>Two claims from different articles the deterministic rules could not settle.</summary>
/// <param name="Id">Stable id of the pair (hash of both claim ids), so the same pair gets the same id every run.</param>
/// <param name="DateA">Publish date of <paramref name="A"/>'s article, when known.</param>
/// <param name="OfflineSameFact">What the rules decide when nobody judges the pair.</param>
/// <param name="Why">Which rule left the pair uncertain (for logs and tests).</param>
public sealed record ClaimPair(string Id, Claim A, Claim B, DateOnly? DateA, DateOnly? DateB, bool OfflineSameFact, string Why);

/// <param name="Reason">Short English reason given by the judge.</param>
/// <param name="Source">Who judged, e.g. "llm:MatchClaims@&lt;prompt version&gt;".</param>
public sealed record ClaimPairJudgement(string PairId, bool SameFact, string Reason, string Source);
