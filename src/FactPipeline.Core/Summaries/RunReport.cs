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
    /// <summary>Non-numeric facts the LLM found and grounded in the articles (empty offline).</summary>
    public IReadOnlyList<Statement> Statements { get; init; } = [];

    /// <summary>LLM usage, cost and grounding rejections; null when no LLM was configured.</summary>
    public LlmRunSummary? Llm { get; init; }

    /// <summary>Generated, number-checked summaries per article and language; empty offline (the digest then uses templates).</summary>
    public IReadOnlyList<Llm.ArticleSummary> Summaries { get; init; } = [];

    /// <summary>The model that wrote <see cref="Summaries"/>, for the digest's note; null offline.</summary>
    public string? SummaryModel { get; init; }

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>
    /// Articles stored without claims because the recognizer does not read their language ("und" included):
    /// count per language, most first.
    /// </summary>
    public IReadOnlyList<(string Language, int Articles)> SetAside() =>
        Articles.Where(a => !SupportedLanguages.Contains(a.Language))
            .GroupBy(a => a.Language, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(pair => pair.Item2).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>"de 41, es 12, fr 9", or null when nothing was set aside.</summary>
    public string? DescribeSetAside()
    {
        var setAside = SetAside();
        return setAside.Count == 0 ? null : string.Join(", ", setAside.Select(pair => $"{pair.Language} {pair.Articles}"));
    }
}
