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
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var namesInArticle = NameFinder.NamesInArticle(article.Text);
        var places = new HashSet<string>(StringComparer.Ordinal);
        void Add(string text)
        {
            foreach (var e in subjects.Find(text, article.Language, [], lexicon.FindConcepts(text, article.Language), namesInArticle))
            {
                (e.IsPlace ? places : keys).Add(e.Id);
            }
        }
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            Add(article.Title);
        }
        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var (start, length) in SentenceSplitter.Split(paragraph.Text))
            {
                Add(paragraph.Text.Substring(start, length));
            }
        }
        return new StoryProfile(article.Id, keys.Order(StringComparer.Ordinal).ToArray(), places.Order(StringComparer.Ordinal).ToArray());
    }
}
