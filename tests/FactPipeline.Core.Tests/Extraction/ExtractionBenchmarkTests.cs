using System.Collections.Concurrent;
using System.Text.Json;
using FactPipeline.Core.Extraction;
using FactPipeline.Evaluation.Extraction;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Extraction;

/// <summary>
/// Body text on the article-extraction-benchmark, publish dates on the htmldate corpus, and text, title, byline and
/// day on the Mozilla Readability pages (all in ../shared/benchmarks/extraction). The scorer must first reproduce the reference systems' published F1 from
/// their shipped outputs; then our F1 must not drop below docs/extraction-benchmark-ratchet.json.
/// Figures for docs/BENCHMARKS.md come from `dotnet run -c Release --project bench/FactPipeline.Bench -- aeb`.
/// </summary>
[Trait("Category", "Benchmark")]
[Trait("Category", "Slow")]
public sealed class ExtractionBenchmarkTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("readability_js.json", 0.947)]
    [InlineData("smartreader_0.11.1.json", 0.951)]
    [InlineData("trafilatura.json", 0.958)]
    public void Aeb_ShippedReferenceOutputs_ReproducePublishedF1(string file, double expectedF1)
    {
        var folder = FindBenchmark("aeb");
        var truth = ReadTruth(folder);

        var score = ShingleScorer.Score(truth, AebCorpus.ReadOutput(Path.Combine(folder, "output", file)));

        Math.Round(score.F1, 3).ShouldBe(expectedF1);
    }

    [Fact]
    public void Aeb_OurBodyF1_DoesNotDropBelowRatchet()
    {
        var pages = AebCorpus.Load(FindBenchmark("aeb"));
        var ours = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        Parallel.ForEach(pages, page => ours[page.Id] = string.Join("\n", HtmlPageReader.Read(page.Html, page.Url).Paragraphs));

        var score = ShingleScorer.Score(AebCorpus.Truth(pages), ours);

        output.WriteLine($"aeb body: F1 {score.F1:0.000}, P {score.Precision:0.000}, R {score.Recall:0.000} over {score.Pages} pages");
        score.F1.ShouldBeGreaterThanOrEqualTo(Ratchet("aebBodyF1"));
    }

    [Fact]
    public void Htmldate_OurPublishDateF1_DoesNotDropBelowRatchet()
    {
        var pages = HtmldateCorpus.Load(Path.Combine(FindBenchmark("htmldate"), "htmldate-corpus.tgz"));
        var results = new ConcurrentBag<(DateOnly? Gold, DateOnly? Found)>();
        Parallel.ForEach(pages, page => results.Add((page.Gold, HtmlPageReader.Read(page.Content, page.Url)?.PublishedAt)));

        var score = DateScore.Of(results);

        output.WriteLine($"htmldate: F1 {score.F1:0.000}, P {score.Precision:0.000}, R {score.Recall:0.000} over {score.Pages} pages");
        score.Pages.ShouldBe(1000);
        score.F1.ShouldBeGreaterThanOrEqualTo(Ratchet("htmldateF1"));
    }

    [Fact]
    public void Mozilla_OurTextTitleBylineAndDay_DoNotDropBelowRatchet()
    {
        var pages = MozillaCorpus.Load(Path.Combine(FindBenchmark("mozilla"), MozillaCorpus.ArchiveName));
        var judgements = new ConcurrentBag<MozillaJudgement>();

        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, page =>
        {
            var ours = HtmlPageReader.Read(page.SourceHtml, MozillaJudge.PageUrl);
            judgements.Add(MozillaJudge.Judge(page.Expected, BlockText.Of(page.ExpectedHtml), string.Join("\n", ours.Paragraphs),
                ours.Title, ours.Author, ours.PublishedAt));
        });

        var textF1 = judgements.Average(j => j.F1);
        int Right(Func<MozillaJudgement, bool?> judged) => judgements.Count(j => judged(j) == true);
        output.WriteLine($"Mozilla: text F1 mean {textF1:0.0000}, titles {Right(j => j.TitleRight)}, bylines {Right(j => j.BylineRight)}, days {Right(j => j.DayRight)}");
        pages.Count.ShouldBe(130);
        textF1.ShouldBeGreaterThanOrEqualTo(Ratchet("mozillaTextF1"));
        Right(j => j.TitleRight).ShouldBeGreaterThanOrEqualTo((int)Ratchet("mozillaTitlesRight"));
        Right(j => j.BylineRight).ShouldBeGreaterThanOrEqualTo((int)Ratchet("mozillaBylinesRight"));
        Right(j => j.DayRight).ShouldBeGreaterThanOrEqualTo((int)Ratchet("mozillaDaysRight"));
    }

    [Fact]
    public void ShingleScorer_TokenizesLikePythonUnicodeWordPattern()
    {
        ShingleScorer.Tokenize("Kim's 2,5% — 서울시 snake_case ½").ShouldBe(["Kim", "s", "2", "5", "서울시", "snake_case", "½"]);
    }

    [Fact]
    public void ShingleScorer_EmptyPrediction_HasZeroPrecisionAndRecall()
    {
        var score = ShingleScorer.Score(
            new Dictionary<string, string> { ["a"] = "one two three four five" },
            new Dictionary<string, string?> { ["a"] = "" });

        score.Precision.ShouldBe(0);
        score.Recall.ShouldBe(0);
    }

    [Fact]
    public void ShingleScorer_SameWordsDifferentPunctuation_IsPerfect()
    {
        var score = ShingleScorer.Score(
            new Dictionary<string, string> { ["a"] = "one two three four five" },
            new Dictionary<string, string?> { ["a"] = "one, two — three four; five." });

        score.F1.ShouldBe(1);
    }

    private static Dictionary<string, string> ReadTruth(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        return json.RootElement.EnumerateObject()
            .ToDictionary(e => e.Name, e => e.Value.GetProperty("articleBody").GetString() ?? "", StringComparer.Ordinal);
    }

    private static double Ratchet(string key)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "extraction-benchmark-ratchet.json")));
        return json.RootElement.GetProperty(key).GetDouble();
    }

    /// <summary>shared/benchmarks/extraction/&lt;name&gt; found by walking up from the test binaries; skips when absent.</summary>
    private static string FindBenchmark(string name)
    {
        var folder = RepoPaths.FindShared(Path.Combine("benchmarks", "extraction", name));
        if (folder is null)
        {
            Assert.Skip($"shared/benchmarks/extraction/{name} not found above the test output directory");
        }
        return folder;
    }
}
