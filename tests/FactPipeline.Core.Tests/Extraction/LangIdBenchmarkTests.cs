using FactPipeline.Core.Extraction;
using FactPipeline.Evaluation.Extraction;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Tests.Extraction;

/// <summary>
/// Language identification on the evaluation set kept in eval/langid (issue 9, goal 3). The figures for
/// docs/BENCHMARKS.md come from `dotnet run -c Release --project bench/FactPipeline.Bench -- langid`.
/// </summary>
[Trait("Category", "Benchmark")]
[Trait("Category", "Slow")]
public sealed class LangIdBenchmarkTests(ITestOutputHelper output)
{
    private static readonly string Folder = LangIdCorpus.FindFolder() ?? throw new InvalidOperationException("eval/langid not found above the test output");

    [Fact]
    public void Sentences_FiveSupportedLanguages_AtLeast98PercentRight()
    {
        var score = new LangIdScore();
        foreach (var sentence in LangIdCorpus.LoadSentences(Folder))
        {
            score.Add(sentence.Text, sentence.Language, LinguaLanguageIdentifier.Shared.Identify(sentence.Text).Language);
        }

        output.WriteLine(score.Format("one-sentence texts"));
        score.PerLanguage().Where(l => SupportedLanguages.Contains(l.Language)).ShouldAllBe(l => l.Total >= 25);
        score.Accuracy(SupportedLanguages.Codes).ShouldBeGreaterThanOrEqualTo(0.98);
    }

    [Fact]
    public void Pages_EveryPageRight_AndNoGermanSpanishOrFrenchPageTakenForEnglishOrIndonesian()
    {
        var score = new LangIdScore();
        var extractor = new ArticleExtractor();
        foreach (var page in LangIdCorpus.LoadPages(Folder))
        {
            var result = extractor.Extract(new SourceDocument(page.File, page.Content, "text/html"));
            score.Add(page.File, page.Language, result.Article?.Language ?? "(" + result.Problem?.Reason + ")");
        }

        output.WriteLine(score.Format("pages"));
        score.Total.ShouldBeGreaterThanOrEqualTo(50);
        score.Confusions(["de", "es", "fr"], ["en", "id"]).ShouldBeEmpty();
        score.Misses.ShouldBeEmpty();
    }

    [Fact]
    public void EvaluationSet_CoversElevenLanguages()
    {
        var sentences = LangIdCorpus.LoadSentences(Folder);
        var pages = LangIdCorpus.LoadPages(Folder);
        string[] others = ["de", "es", "fr", "pt", "ms", "tl"];

        sentences.Count.ShouldBeGreaterThanOrEqualTo(200);
        others.ShouldAllBe(language => sentences.Count(s => s.Language == language) >= 10);
        SupportedLanguages.Codes.Concat(others).ShouldAllBe(language => pages.Any(p => p.Language == language));
    }
}
