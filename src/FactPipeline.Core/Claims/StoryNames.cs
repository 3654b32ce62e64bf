using FactPipeline.Core.Model;

namespace FactPipeline.Core.Claims;

/// <summary>
/// The entity ids an article's title and sentences mention, places apart: what its <see cref="StoryProfile"/> is
/// made of. Filled while the sentences are read (<see cref="Subjects.SubjectResolver"/>), so the claim extractor's
/// one reading of an article also gives its story.
/// </summary>
internal sealed class StoryNames
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _places = new(StringComparer.Ordinal);
    private readonly HashSet<string> _romanized = new(StringComparer.Ordinal);

    public void Add(string id, bool isPlace) => (isPlace ? _places : _keys).Add(id);

    /// <summary>The sound key of a Korean word (<see cref="Subjects.NameFinder.RomanizedWords"/>).</summary>
    public void AddRomanized(string soundKey) => _romanized.Add(soundKey);

    /// <summary>Distinct and sorted, so the profile does not depend on the order names were met in.</summary>
    public StoryProfile ToProfile(string articleId) =>
        new(articleId, _keys.Order(StringComparer.Ordinal).ToArray(), _places.Order(StringComparer.Ordinal).ToArray())
        {
            RomanizedWords = _romanized.Order(StringComparer.Ordinal).ToArray(),
        };
}
