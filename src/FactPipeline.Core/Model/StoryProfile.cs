namespace FactPipeline.Core.Model;

/// <summary>
/// The names an article mentions (lexicon entity ids and "name:" keys, the same in every language), so the
/// cross-check can tell whether two articles cover the same story when a claim's own sentence names no subject.
/// </summary>
public sealed record StoryProfile(string ArticleId, IReadOnlyList<string> Keys, IReadOnlyList<string> PlaceKeys)
{
    /// <summary>
    /// The sound keys of the article's Korean words ("gangnam" for 강남역), and of its Chinese characters read the
    /// Sino-Korean way (江南 → 강남 → "gangnam"): a word that another article of the run writes as a Latin name
    /// ("Gangnam Station") is that name here too. Empty for other languages.
    /// </summary>
    public IReadOnlyList<string> RomanizedWords { get; init; } = [];
}
