namespace FactPipeline.Core.Model;

/// <summary>A factual statement with a number, tied to the exact sentence it comes from.</summary>
public sealed record Claim
{
    /// <summary>Stable id: hash of article id + character offsets, so re-runs produce the same id.</summary>
    public required string Id { get; init; }
    public required string ArticleId { get; init; }
    /// <summary>The sentence, exactly as in <see cref="Article.Text"/>.</summary>
    public required string Quote { get; init; }
    public required int QuoteStart { get; init; }
    public required Quantity Value { get; init; }
    /// <summary>Concept id from the lexicon ("budget", "gpus", ...), or null when none was found.</summary>
    public string? Concept { get; init; }
    /// <summary>Named entities and content words around the number, normalized (lower case).</summary>
    public required IReadOnlyList<string> Subject { get; init; }
    /// <summary>Words naming what is measured (the metric), normalized.</summary>
    public required IReadOnlyList<string> Metric { get; init; }
    /// <summary>
    /// Entity id of whose figure this is: a lexicon id ("kr", "samsung-electronics") or "name:" + the folded
    /// name for entities the lexicon does not know ("name:pt sinar jaya"); null when neither the sentence nor
    /// its context names one.
    /// </summary>
    public string? SubjectId { get; init; }
    /// <summary>The subject's name as the article writes it ("Korea Selatan"), for reports.</summary>
    public string? SubjectName { get; init; }
    /// <summary>Where the subject was found: in the sentence itself, or in the nearby context.</summary>
    public SubjectSource SubjectSource { get; init; }

    /// <summary>
    /// The subject is an airport, port or station ("sân bay Nội Bài", "Changi Airport"): its traffic is its own
    /// figure, not that of the airlines or the country a story also names.
    /// </summary>
    public bool SubjectIsFacility { get; init; }
    /// <summary>
    /// Every measure concept named in the figure's sentence ("budget", "investment"), the same ids in every
    /// language: the context two claims of one story share when their own measures differ or are unknown.
    /// </summary>
    public IReadOnlyList<string> SentenceMeasures { get; init; } = [];
    /// <summary>Places the figure's own sentence names (not inherited from the article): "1.300 nhân viên tại Việt Nam".</summary>
    public IReadOnlyList<string> SentencePlaces { get; init; } = [];
    /// <summary>Period basis, rate, span and part-of-whole of the figure.</summary>
    public ClaimScope Scope { get; init; } = ClaimScope.Unspecified;
    /// <summary>Year the claim refers to, when the sentence says or implies one.</summary>
    public int? Year { get; init; }
    public required string Language { get; init; }
    /// <summary>Which extractors produced this claim: "rules", "llm", or both when they found the same span.</summary>
    public IReadOnlyList<string> Extractors { get; init; } = ["rules"];

    /// <summary>Subject, metric and time scope phrased in canonical English by the LLM; null offline.</summary>
    public CanonicalPhrasing? Canonical { get; init; }
}

/// <param name="PromptVersion">Content hash of the prompt that produced the phrasing.</param>
public sealed record CanonicalPhrasing(string? Subject, string? Metric, string? TimeScope, string PromptVersion);

public enum SubjectSource
{
    None,
    Sentence,
    Context,
}
