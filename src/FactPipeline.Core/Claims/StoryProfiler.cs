using FactPipeline.Core.Claims.Subjects;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;

namespace FactPipeline.Core.Claims;

/// <summary>
/// The entity ids and name keys of an article's title and sentences, distinct and sorted. Speakers count too:
/// "menurut BNPB" is as much part of a disaster story as the place it hit.
/// </summary>
public sealed class StoryProfiler(SubjectResolver subjects, ConceptLexicon lexicon) : IStoryProfiler
{
    public StoryProfile Profile(Article article)
    {
        if (!SupportedLanguages.Contains(article.Language))
        {
            // Its figures are not read, and capitalised German nouns are not names: it joins no story.
            return new StoryProfile(article.Id, [], []);
        }
        var namesInArticle = NameFinder.NamesInArticle(article.Text);
        var story = new StoryNames();
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var (start, length) in SentenceSplitter.Split(paragraph.Text))
            {
                Add(paragraph.Text.Substring(start, length), article.Language, namesInArticle, story);
            }
        }
        return WithTitle(article, namesInArticle, story);
    }

    /// <summary>
    /// Whether the names a reader collects with <paramref name="resolver"/> and <paramref name="concepts"/> are the
    /// ones this profiler would find itself (the claim extractor then hands over its reading).
    /// </summary>
    internal bool ReadsLike(SubjectResolver resolver, ConceptLexicon concepts) =>
        ReferenceEquals(resolver, subjects) && ReferenceEquals(concepts, lexicon);

    /// <summary>
    /// The profile of an article whose sentences were already read into <paramref name="sentenceNames"/> (with
    /// <paramref name="namesInArticle"/>, as <see cref="Profile(Article)"/> reads them): only the title is left.
    /// </summary>
    internal StoryProfile WithTitle(Article article, IReadOnlySet<string> namesInArticle, StoryNames sentenceNames)
    {
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            Add(article.Title, article.Language, namesInArticle, sentenceNames);
        }
        return sentenceNames.ToProfile(article.Id);
    }

    private void Add(string text, string language, IReadOnlySet<string> namesInArticle, StoryNames story) =>
        subjects.Find(text, language, [], lexicon.FindConcepts(text, language), namesInArticle, story);
}
