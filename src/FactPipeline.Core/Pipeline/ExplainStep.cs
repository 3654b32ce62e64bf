using FactPipeline.Core.Model;
using FactPipeline.Core.Summaries;

namespace FactPipeline.Core.Pipeline;

/// <summary>Step 6, explain: each finding's explanation in English and Korean, from its claims.</summary>
public sealed class ExplainStep(FindingExplainer explainer)
{
    /// <summary>Explaining a finding only reads it and its claims: on every core, in the findings' order.</summary>
    public IReadOnlyList<Finding> Explain(IReadOnlyList<Finding> findings, IReadOnlyList<Claim> claims)
    {
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return findings.AsParallel().AsOrdered().Select(f => explainer.Explain(f, byId)).ToArray();
    }
}
