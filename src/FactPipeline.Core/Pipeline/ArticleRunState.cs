using FactPipeline.Core.Model;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// The article steps' state in one run: counters, the writes waiting for their batch, which articles this run
/// stored, and the story profiles of the articles it read (the cross-check reuses them). Used by the writing loop only.
/// </summary>
internal sealed class ArticleRunState(string runId, IProgress<RunProgress>? progress)
{
    private readonly Dictionary<string, (string? Title, string Language, StoryProfile Story)> _stories = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stored = new(StringComparer.Ordinal);
    private readonly List<SavedArticle> _saved = [];
    private readonly HashSet<string> _savedSources = new(StringComparer.Ordinal);
    private bool _savedAll = true;

    public string RunId => runId;
    public IProgress<RunProgress>? Progress => progress;
    public LlmClaimStats LlmStats { get; } = new();

    /// <summary>Articles written so far (a problem is not an article).</summary>
    public int Processed { get; set; }

    public int Reused { get; set; }

    /// <summary>Decided, in input order, and not yet written.</summary>
    public List<PendingWrite> Pending { get; } = [];

    public void Remember(Article article, StoryProfile? story)
    {
        if (story is null)
        {
            _stories.Remove(article.Id);
            return;
        }
        _stories[article.Id] = (article.Title, article.Language, story);
    }

    /// <summary>An article this run saves, with the claims it saves with it.</summary>
    public void RememberSaved(Article article, IReadOnlyList<Claim> claims)
    {
        _saved.Add(new SavedArticle(article, claims));
        // A source with a lone surrogate is stored as UTF-8 with a replacement character: not the string held here.
        _savedAll &= _savedSources.Add(article.Source) && !HasLoneSurrogate(article.Source);
    }

    /// <summary>
    /// Every article of the run when this run saved each one itself, under sources of their own, and linked none
    /// (nothing reused, and the caller knows the run is not a resumed one); otherwise null, and the run's articles
    /// are those stored.
    /// </summary>
    public IReadOnlyList<SavedArticle>? SavedArticles => _savedAll && Reused == 0 ? _saved : null;

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The article was stored or linked by this run (its write may still be pending).</summary>
    public bool Stored(string articleId) => _stored.Contains(articleId);

    public void MarkStored(string articleId) => _stored.Add(articleId);

    /// <summary>The profile made when the article was read in this run, if it is still the article stored.</summary>
    public StoryProfile? StoryOf(Article article) =>
        _stories.TryGetValue(article.Id, out var known) && known.Title == article.Title && known.Language == article.Language ? known.Story : null;
}
