using FactPipeline.Core.Model;
using FactPipeline.Core.Pipeline;
using Shouldly;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>When a run may go on with the articles it saved instead of reading them back from the store.</summary>
public sealed class ArticleRunStateTests
{
    private static Article Article(string id, string source) => new()
    {
        Id = id,
        Source = source,
        Title = "Pelabuhan baru",
        Language = "id",
        Paragraphs = FactPipeline.Core.Model.Article.Layout(["Pelabuhan menampung 340 kapal per bulan."]),
    };

    [Fact]
    public void SavedArticles_EverySourceItsOwnNothingReused_GivesThemInSavedOrder()
    {
        var state = new ArticleRunState("run", null);
        state.RememberSaved(Article("a2", "inbox/b.txt"), []);
        state.RememberSaved(Article("a1", "inbox/a.txt"), []);

        state.SavedArticles.ShouldNotBeNull().Select(s => s.Article.Id).ShouldBe(["a2", "a1"]);
    }

    [Fact]
    public void SavedArticles_AnArticleReused_IsNull()
    {
        var state = new ArticleRunState("run", null);
        state.RememberSaved(Article("a1", "inbox/a.txt"), []);
        state.Reused++;

        state.SavedArticles.ShouldBeNull();
    }

    [Fact]
    public void SavedArticles_TwoArticlesUnderOneSource_IsNull()
    {
        var state = new ArticleRunState("run", null);
        state.RememberSaved(Article("a1", "feed/item"), []);
        state.RememberSaved(Article("a2", "feed/item"), []);

        state.SavedArticles.ShouldBeNull();
    }

    [Fact]
    public void SavedArticles_SourceWithALoneSurrogate_IsNull()
    {
        // Not theory data: xunit carries its arguments as UTF-8, which turns a lone surrogate into U+FFFD.
        foreach (var source in new[] { "inbox/\uD800.txt", "inbox/\uDC00x.txt", "inbox/x\uD83D" })
        {
            var state = new ArticleRunState("run", null);
            state.RememberSaved(Article("a1", source), []);

            state.SavedArticles.ShouldBeNull(source.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void SavedArticles_SourceWithASurrogatePair_GivesIt()
    {
        var state = new ArticleRunState("run", null);
        state.RememberSaved(Article("a1", "inbox/\U0001F600.txt"), []);

        state.SavedArticles.ShouldNotBeNull().ShouldHaveSingleItem().Article.Source.ShouldBe("inbox/\U0001F600.txt");
    }
}
