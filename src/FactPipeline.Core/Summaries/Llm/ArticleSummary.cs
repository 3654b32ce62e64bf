namespace FactPipeline.Core.Summaries.Llm;

/// <summary>What became of one article's generated summary in one language.</summary>
public enum SummaryStatus
{
    /// <summary>The first generated text passed the number check and is shown.</summary>
    Kept,
    /// <summary>The first text failed the number check, the regenerated one passed and is shown.</summary>
    KeptAfterRegeneration,
    /// <summary>Both texts failed (figures added, changed or dropped, or no valid answer): the template version is shown.</summary>
    Replaced,
    /// <summary>No text to check (model unavailable, budget spent): the template version is shown.</summary>
    Offline,
}

/// <summary>
/// One article's summary and translated title in one language (<c>en</c> or <c>ko</c>), written by the model and
/// checked: every figure in it is a figure of the article. When the check fails twice, <see cref="Title"/> and
/// <see cref="Text"/> are null and the digest shows the template version with a note built from
/// <see cref="AddedFigures"/> and <see cref="MissingFigures"/>.
/// </summary>
public sealed record ArticleSummary(string ArticleId, string Language, SummaryStatus Status)
{
    /// <summary>The translated title; null unless kept.</summary>
    public string? Title { get; init; }

    /// <summary>The 3–5 sentence summary; null unless kept.</summary>
    public string? Text { get; init; }

    /// <summary>Figures the rejected text(s) wrote that match no figure of the article, as the model wrote them.</summary>
    public IReadOnlyList<string> AddedFigures { get; init; } = [];

    /// <summary>Figures the rejected text(s) left out although they were required, written in <see cref="Language"/>.</summary>
    public IReadOnlyList<string> MissingFigures { get; init; } = [];

    /// <summary>Why an answer could not be used at all (invalid JSON, model unavailable, budget spent); null otherwise.</summary>
    public string? Problem { get; init; }

    /// <summary>Names the model wrote in another language and that were replaced by the glossary's name.</summary>
    public int NamesCorrected { get; init; }

    /// <summary>Content hash of the prompt that produced the kept text.</summary>
    public string? PromptVersion { get; init; }

    public bool IsKept => Status is SummaryStatus.Kept or SummaryStatus.KeptAfterRegeneration;
}

/// <summary>
/// Counts for the run summary. <see cref="TextsChecked"/> counts every generated text put through the number check
/// (a regenerated summary is two texts).
/// </summary>
public sealed record SummaryCounts(int TextsChecked, int Kept, int KeptAfterRegeneration, int Replaced, int Offline, int NamesCorrected)
{
    public static SummaryCounts Of(IReadOnlyCollection<ArticleSummary> summaries, int textsChecked) => new(
        textsChecked,
        summaries.Count(s => s.Status == SummaryStatus.Kept),
        summaries.Count(s => s.Status == SummaryStatus.KeptAfterRegeneration),
        summaries.Count(s => s.Status == SummaryStatus.Replaced),
        summaries.Count(s => s.Status == SummaryStatus.Offline),
        summaries.Sum(s => s.NamesCorrected));

    /// <summary>"summaries: 14 texts number-checked, 12 kept, 1 kept after regeneration, 1 replaced by the template version".</summary>
    public string Describe()
    {
        var parts = new List<string> { $"{TextsChecked} texts number-checked", $"{Kept} kept" };
        if (KeptAfterRegeneration > 0)
        {
            parts.Add($"{KeptAfterRegeneration} kept after regeneration");
        }
        parts.Add($"{Replaced} replaced by the template version");
        if (Offline > 0)
        {
            parts.Add($"{Offline} not generated (LLM unavailable)");
        }
        if (NamesCorrected > 0)
        {
            parts.Add($"{NamesCorrected} names set to the glossary's");
        }
        return "summaries: " + string.Join(", ", parts);
    }
}
