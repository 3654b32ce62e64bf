using FactPipeline.TestSupport;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Model;
using Lingua;

namespace FactPipeline.Bench;

/// <summary>
/// `langid-scorer`: the samples LinguaLanguageIdentifier hands to Lingua (from every AEB page's extracted text, when
/// ../shared has them, and from synthetic articles) through Lingua's ComputeLanguageConfidenceValues and through
/// TrigramLanguageScorer, for the three detectors the identifier builds: answers compared bit for bit, and the
/// cost of a call of each, on one thread, after a first pass that loads the models and compiles.
/// </summary>
internal static class LangIdScorerBench
{
    public static int Run()
    {
        // Loading first, before anything has touched a model: the scorer's tables (unigrams to trigrams) of every
        // language, then Lingua's own preloading of every trigram model (its low-accuracy mode reads no more).
        var everyLanguage = Enum.GetValues<Language>().Where(language => language != Language.Unknown).ToArray();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var scorerLoad = ProcessorTime(() => everyLanguage.Sum(language => LinguaNgramModel.Of(language).Count));
        var scorerHeap = GC.GetTotalMemory(forceFullCollection: true) - heap;
        var linguaLoad = ProcessorTime(() => LanguageDetectorBuilder.FromAllLanguages().WithLowAccuracyMode().WithPreloadedLanguageModels().Build().Languages.Count);
        var linguaHeap = GC.GetTotalMemory(forceFullCollection: true) - heap - scorerHeap;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loading {everyLanguage.Length} languages: scorer, unigrams to trigrams, {scorerLoad:F0} ms processor time, "
            + $"{everyLanguage.Sum(language => LinguaNgramModel.Of(language).Count):N0} n-grams, {scorerHeap / 1048576.0:F1} MB of heap; "
            + $"Lingua, trigrams only, {linguaLoad:F0} ms, {linguaHeap / 1048576.0:F1} MB of heap"));

        var samples = new List<(string Corpus, string Sample)>();
        var extractor = new ArticleExtractor();
        if (ExtractionBench.FindShared("aeb") is { } aeb)
        {
            foreach (var path in Directory.GetFiles(Path.Combine(aeb, "html"), "*.html.gz").Order(StringComparer.Ordinal))
            {
                using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
                using var memory = new MemoryStream();
                gzip.CopyTo(memory);
                if (extractor.Extract(new SourceDocument(path, memory.ToArray(), "text/html")).Article is { } article)
                {
                    samples.Add(("aeb", LinguaLanguageIdentifier.Sample(article.Text, LinguaLanguageIdentifier.SampleWindowLetters)));
                }
            }
        }
        foreach (var (_, text) in SyntheticCorpus.Generate(2000))
        {
            samples.Add(("synthetic", LinguaLanguageIdentifier.Sample(text, LinguaLanguageIdentifier.SampleWindowLetters)));
        }

        var detectors = new (string Name, LanguageDetector Detector, bool LowAccuracy)[]
        {
            ("main", LanguageDetectorBuilder.FromLanguages(LinguaLanguageIdentifier.Languages).Build(), false),
            ("with Vietnamese", LanguageDetectorBuilder.FromLanguages([.. LinguaLanguageIdentifier.Languages, Language.Vietnamese]).Build(), false),
            ("every language", LanguageDetectorBuilder.FromAllLanguagesExcept(Language.Latin).WithLowAccuracyMode().Build(), true),
        };
        var failed = false;
        foreach (var corpus in samples.Select(s => s.Corpus).Distinct())
        {
            var texts = samples.Where(s => s.Corpus == corpus).Select(s => s.Sample).ToArray();
            foreach (var (name, detector, lowAccuracy) in detectors)
            {
                var scorer = new TrigramLanguageScorer(detector, lowAccuracy);
                var onTrigramPath = texts.Where(text => scorer.TryScore(text) is not null).ToArray();
                var different = texts.Count(text => !Bits(scorer.ConfidenceValues(text)).SequenceEqual(Bits(detector.ComputeLanguageConfidenceValues(text))));
                failed |= different > 0;
                var lingua = PerCall(onTrigramPath, text => detector.ComputeLanguageConfidenceValues(text).Count);
                var mine = PerCall(onTrigramPath, text => scorer.TryScore(text)!.Length);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{corpus}, {name}: {texts.Length} samples, {onTrigramPath.Length} on the trigram path, {different} answers differ; "
                    + $"CPU per call on the trigram path: Lingua {lingua * 1000:F1} µs, scorer {mine * 1000:F1} µs"));
            }
        }
        return failed ? 1 : 0;
    }

    private static double ProcessorTime(Func<int> load)
    {
        using var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        load();
        process.Refresh();
        return (process.TotalProcessorTime - start).TotalMilliseconds;
    }

    private static IEnumerable<(Language, long)> Bits(IEnumerable<KeyValuePair<Language, double>> values) =>
        values.Select(pair => (pair.Key, BitConverter.DoubleToInt64Bits(pair.Value)));

    /// <summary>
    /// Processor milliseconds per call (the process's, so that Lingua's own threads count; on a busy machine less
    /// noisy than wall time), the best of three passes over the texts.
    /// </summary>
    private static double PerCall(string[] texts, Func<string, int> call)
    {
        if (texts.Length == 0)
        {
            return 0;
        }
        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var pass = 0; pass < 3; pass++)
        {
            process.Refresh();
            var start = process.TotalProcessorTime;
            // At least 2,000 calls a pass: the processor time the system reports is coarse.
            var repeats = (2000 + texts.Length - 1) / texts.Length;
            for (var repeat = 0; repeat < repeats; repeat++)
            {
                foreach (var text in texts)
                {
                    call(text);
                }
            }
            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - start).TotalMilliseconds / (texts.Length * repeats));
        }
        return best;
    }
}
