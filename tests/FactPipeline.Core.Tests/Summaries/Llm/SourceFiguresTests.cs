using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Summaries.Llm;
using static FactPipeline.Core.Tests.Summaries.Llm.SummaryArticles;

namespace FactPipeline.Core.Tests.Summaries.Llm;

public sealed class SourceFiguresTests
{
    private static SourceFigures Of(Article article, string language, IReadOnlyList<Claim> claims, params string[] flagged) =>
        SourceFigures.Of(article, language, claims, flagged.ToHashSet(StringComparer.Ordinal), Recognizer, CoreData.Lexicon);

    private static Article Wide(string? title = null) => FromFixture("id-ai-budget.txt", title: title);

    [Fact]
    public void Of_EnglishReader_ListsEveryClaimWrittenTheEnglishWayWithTheArticlesWording()
    {
        var article = Wide();

        var figures = Of(article, "en", ClaimsOf(article));

        figures.PromptLines.ShouldBe([
            "- budget: 10.1 trillion won (article: \"10,1 triliun won\")",
            "- 260,000 GPUs (article: \"260 ribu unit GPU\")",
            "- 12 universities (article: \"12 universitas\")",
            "- 5 teams (article: \"lima konsorsium\")",
            "- funding: 40% (article: \"40 persen\")",
            "- spending: 3× (article: \"3 kali lipat\")",
            "- budget: 7 trillion won (article: \"7 triliun won\")",
        ]);
    }

    [Fact]
    public void Of_KoreanReader_ListsEveryClaimWrittenTheKoreanWayWithTheArticlesWording()
    {
        var article = Wide();

        var figures = Of(article, "ko", ClaimsOf(article));

        figures.PromptLines.ShouldBe([
            "- 예산: 10조 1,000억 원 (article: \"10,1 triliun won\")",
            "- GPU 26만 장 (article: \"260 ribu unit GPU\")",
            "- 대학 12곳 (article: \"12 universitas\")",
            "- 팀 5개 (article: \"lima konsorsium\")",
            "- 자금: 40% (article: \"40 persen\")",
            "- 지출: 3배 (article: \"3 kali lipat\")",
            "- 예산: 7조 원 (article: \"7 triliun won\")",
        ]);
    }

    [Fact]
    public void Of_FiguresThatAreNotClaims_AreAllowedButNotListed()
    {
        var article = Wide();
        var figures = Of(article, "en", ClaimsOf(article));

        // "selama 5 tahun" is a duration, not a claim: a summary may say "over five years", the prompt does not list it.
        // The claims' own figures are not repeated here.
        var other = figures.Other.ShouldHaveSingleItem();
        other.Text.ShouldBe("5 tahun");
        figures.PromptLines.ShouldNotContain(line => line.Contains("tahun\")", StringComparison.Ordinal));
        figures.TitleFigures.ShouldBeEmpty();
        figures.Required.ShouldBeEmpty();
        figures.RequiredLines.ShouldBeEmpty();
    }

    [Fact]
    public void Of_TitleFigures_AreListedAfterTheClaimsAndMustBeKept()
    {
        var article = Make("a1", "Anggaran AI naik 15% jadi 10,1 triliun won", BudgetSentence);

        var english = Of(article, "en", ClaimsOf(article));
        var korean = Of(article, "ko", ClaimsOf(article));

        english.TitleFigures.Select(q => q.Text).ShouldBe(["15%", "10,1 triliun won"]);
        english.PromptLines.ShouldBe([
            "- budget: 10.1 trillion won (article: \"10,1 triliun won\")",
            "- 15% (title: \"15%\")",
            "- 10.1 trillion won (title: \"10,1 triliun won\")",
        ]);
        korean.PromptLines.ShouldBe([
            "- 예산: 10조 1,000억 원 (article: \"10,1 triliun won\")",
            "- 15% (title: \"15%\")",
            "- 10조 1,000억 원 (title: \"10,1 triliun won\")",
        ]);
        // A title figure that is no claim is still a figure of the article.
        english.Other.Select(q => q.Text).ShouldBe(["15%"]);
        english.Describe(english.TitleFigures[1]).ShouldBe("10.1 trillion won");
        korean.Describe(korean.TitleFigures[1]).ShouldBe("10조 1,000억 원");
    }

    [Fact]
    public void Of_BareNumberInTheTitle_IsNoTitleFigure()
    {
        var article = Make("a1", "Gedung 7 dapat 10 usulan", BudgetSentence);

        var figures = Of(article, "en", ClaimsOf(article));

        figures.TitleFigures.Select(q => q.Text).ShouldBe(["10 usulan"]);
        figures.Other.Select(q => q.Text).ShouldBe(["7", "10 usulan"], ignoreOrder: true);
    }

    [Fact]
    public void Of_PartOfAWholeInTheTitle_IsOneTitleFigure()
    {
        // "7 dari 10 usulan" is 7 proposals out of 10: one figure, not a bare 7 and a count of 10.
        var article = Make("a1", "Ada 7 dari 10 usulan diterima", BudgetSentence);

        var figures = Of(article, "en", ClaimsOf(article));

        var figure = figures.TitleFigures.ShouldHaveSingleItem();
        figure.Text.ShouldBe("7 dari 10 usulan");
        figure.Amount.ShouldBe(7m);
        figure.Whole.ShouldBe(10m);
        figures.Other.Select(q => q.Text).ShouldBe(["7 dari 10 usulan"]);
    }

    [Fact]
    public void Of_NoTitle_HasNoTitleFigures()
    {
        var article = Make("a1", null, BudgetSentence);

        var figures = Of(article, "en", ClaimsOf(article));

        figures.TitleFigures.ShouldBeEmpty();
        figures.PromptLines.ShouldBe(["- budget: 10.1 trillion won (article: \"10,1 triliun won\")"]);
    }

    [Theory]
    [InlineData("en", "- 10.1 trillion won")]
    [InlineData("ko", "- 10조 1,000억 원")]
    public void Of_FlaggedClaims_AreRequiredWrittenTheReadersWay(string language, string line)
    {
        var article = Wide();
        var claims = ClaimsOf(article);
        var budget = claims.First(c => c.Value.Amount == 10_100_000_000_000m);

        var figures = Of(article, language, claims, budget.Id, "claim-of-another-article");

        figures.RequiredLines.ShouldBe([line]);
        figures.Required.ShouldHaveSingleItem().ShouldBeSameAs(budget.Value);
        figures.Describe(budget.Value).ShouldBe(line[2..]);
    }

    [Fact]
    public void Of_SameFigureTwiceWithTheSameWording_IsListedOnce()
    {
        var article = Make("a1", null, BudgetSentence, "Anggaran kecerdasan buatan sebesar 10,1 triliun won itu disetujui parlemen.");
        var claims = ClaimsOf(article);

        var figures = Of(article, "en", claims, [.. claims.Select(c => c.Id)]);

        claims.Count.ShouldBe(2);
        figures.PromptLines.ShouldBe(["- budget: 10.1 trillion won (article: \"10,1 triliun won\")"]);
        figures.RequiredLines.ShouldBe(["- 10.1 trillion won"]);
        figures.Required.Count.ShouldBe(2);
    }

    [Fact]
    public void Of_NoFigures_ListsNothing()
    {
        var article = Make("a1", "Korea Selatan menyiapkan rencana kecerdasan buatan", "Pemerintah menyiapkan rencana baru.");

        var figures = Of(article, "en", ClaimsOf(article));

        figures.PromptLines.ShouldBeEmpty();
        figures.Other.ShouldBeEmpty();
        figures.TitleFigures.ShouldBeEmpty();
    }

    [Fact]
    public void Describe_FigureNotOfTheSource_IsItsOwnText()
    {
        var article = Wide();
        var figures = Of(article, "en", ClaimsOf(article));
        var stranger = Recognizer.Recognize("10.2 trillion won", "en").ShouldHaveSingleItem();

        figures.Describe(stranger).ShouldBe("10.2 trillion won");
    }
}
