namespace FactPipeline.Core.Model;

public enum Severity
{
    /// <summary>The intervals cannot both be true.</summary>
    Conflict,
    /// <summary>The figures differ, but rounding or hedges may explain it.</summary>
    Minor,
    /// <summary>The figures agree: corroboration.</summary>
    Consistent,
    /// <summary>
    /// Probably, not surely, the same fact: offline it is only listed in report.json (and shown with
    /// --show-possible); never counted as a conflict or minor.
    /// </summary>
    Possible,
    /// <summary>
    /// One source changed its own figure: the page at the same URL came back with the same statement and another
    /// value (a silent correction). Its two claims are the old version's and the new one's, in that order.
    /// </summary>
    Correction,
}

/// <summary>A group of claims from different articles stating the same fact, with a verdict.</summary>
public sealed record Finding
{
    public required string Id { get; init; }
    public required Severity Severity { get; init; }
    /// <summary>Human topic, e.g. "budget (KRW)".</summary>
    public required string Topic { get; init; }
    public required IReadOnlyList<string> ClaimIds { get; init; }
    /// <summary>Relative difference between the extreme amounts, in percent of the smaller.</summary>
    public decimal DifferencePercent { get; init; }
    /// <summary>Why the severity is what it is; the explanation texts are written from it.</summary>
    public required VerdictReason Reason { get; init; }
    /// <summary>Concept id the claims share ("budget"), for naming the topic in each language.</summary>
    public string? Concept { get; init; }
    /// <summary>Filled by the explainer (Summaries stage): one sentence in English and one in Korean.</summary>
    public LocalizedText Explanation { get; init; } = new("", "");
    /// <summary>
    /// Null when the deterministic rules alone grouped the claims. Otherwise who confirmed at least one link of
    /// the group and why, e.g. "llm:MatchClaims@1a2b3c4d: both give Korea's 2026 AI budget". The severity is
    /// still decided by the comparator on the parsed values.
    /// </summary>
    public string? MatchedBy { get; init; }
}

public enum VerdictReason
{
    /// <summary>Same figure in every source.</summary>
    Equal,
    /// <summary>Different wording ("260 ribu" vs "lebih dari 260.000") but the intervals overlap.</summary>
    HedgesOverlap,
    /// <summary>The figures differ by less than the rounding the shorter form implies (10 vs 10,1 triliun).</summary>
    Rounding,
    /// <summary>The figures cannot both be true.</summary>
    Disjoint,
    /// <summary>
    /// One figure given for two scopes of one fact ("$95 million a year" in one source, "$95 million over three years"
    /// in another; "2.4 million more" against "2.4 million in all"): both cannot be right.
    /// </summary>
    ScopeDiffers,
    /// <summary>A later version of the same page states the same fact with another value (<see cref="Severity.Correction"/>).</summary>
    Corrected,
}

public sealed record LocalizedText(string En, string Ko);
