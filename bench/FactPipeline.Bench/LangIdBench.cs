using System.Diagnostics;
using FactPipeline.Core.Extraction;
using FactPipeline.Evaluation.Extraction;
using FactPipeline.Core.Model;

namespace FactPipeline.Bench;

/// <summary>
/// Language identification on eval/langid (docs/BENCHMARKS.md): accuracy per language on the one-sentence texts
/// (the identifier alone) and on the pages (the whole extractor: text weighed against &lt;html lang&gt; and og:locale).
/// </summary>
internal static class LangIdBench
{
    public static int Run()
    {
        if (LangIdCorpus.FindFolder() is not { } folder)
        {
            Console.Error.WriteLine("eval/langid not found above the binaries or the current directory");
            return 1;
        }
        var build = Stopwatch.StartNew();
        var identifier = new LinguaLanguageIdentifier();
        var extractor = new ArticleExtractor(identifier);
        build.Stop();

        var sentences = LangIdCorpus.LoadSentences(folder);
        // First pass loads the models Lingua needs; the second is timed.
        var sentenceScore = Score(sentences, identifier);
        var timed = Stopwatch.StartNew();
        Score(sentences, identifier);
        timed.Stop();

        var pageScore = new LangIdScore();
        foreach (var page in LangIdCorpus.LoadPages(folder))
        {
            var result = extractor.Extract(new SourceDocument(page.File, page.Content, "text/html"));
            pageScore.Add($"{page.File} ({page.Note})", page.Language, result.Article?.Language ?? "(" + result.Problem?.Reason + ")");
        }

        Console.WriteLine(sentenceScore.Format("one-sentence texts"));
        Console.WriteLine($"five supported languages (id, en, ko, vi, zh): {sentenceScore.Accuracy(SupportedLanguages.Codes):P1}");
        Console.WriteLine($"speed: {timed.Elapsed.TotalMilliseconds / sentences.Count:F2} ms per sentence (detector built in {build.ElapsedMilliseconds} ms, models loaded on first use)");
        Console.WriteLine();
        Console.WriteLine(pageScore.Format("pages (extractor: text weighed against <html lang>, og:locale)"));
        var confused = pageScore.Confusions(["de", "es", "fr"], ["en", "id"]);
        Console.WriteLine($"German, Spanish or French pages labelled en or id: {confused.Count}");
        return 0;
    }

    private static LangIdScore Score(IEnumerable<LabelledSentence> sentences, ILanguageIdentifier identifier)
    {
        var score = new LangIdScore();
        foreach (var sentence in sentences)
        {
            score.Add(sentence.Text, sentence.Language, identifier.Identify(sentence.Text).Language);
        }
        return score;
    }
}
