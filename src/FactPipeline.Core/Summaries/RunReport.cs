using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries;

/// <summary>Everything one run produced, as the report writers need it.</summary>
public sealed record RunReport(
    string RunId,
    DateTimeOffset StartedAt,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<InputProblem> Problems)
{
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
