namespace FactPipeline.Core.CrossCheck;

/// <summary>How the deterministic rules see one candidate pair (same measure block).</summary>
internal enum PairOutcome
{
    /// <summary>Different facts: same article, other year, other scope, other place, other subject, or no evidence.</summary>
    NoMatch,
    /// <summary>The same fact, with positive evidence: same measure, same subject (or same story and context), compatible scope.</summary>
    Match,
    /// <summary>Probably the same fact, not surely: goes to the judge when one is configured; offline only listed as possible.</summary>
    Possible,
}
