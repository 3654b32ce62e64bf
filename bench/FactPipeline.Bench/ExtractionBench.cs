using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FactPipeline.Core.Extraction;
using FactPipeline.Evaluation.Extraction;

namespace FactPipeline.Bench;

/// <summary>
/// Extraction quality and speed side by side with published extractors (docs/BENCHMARKS.md, "Extraction (issue 3)"):
/// body text on the article-extraction-benchmark, publish dates on the htmldate corpus, ms/page against SmartReader.
/// </summary>
internal static class ExtractionBench
{
    private static readonly (string File, string Name)[] References =
    [
        ("readability_js.json", "Readability.js 0.6.0"),
        ("smartreader_0.11.1.json", "SmartReader 0.11.1"),
        ("trafilatura.json", "trafilatura 2.0.0"),
    ];

    private static readonly (string Name, double F1)[] DateReferences =
    [
        ("SmartReader 0.11.1", 0.647),
        ("Readability.js 0.6.0", 0.684),
        ("newspaper4k 0.9.5", 0.810),
        ("htmldate 1.10.0 (extensive)", 0.949),
    ];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Pages SmartReader threw on, with what it threw: printed, and scored as no text.</summary>
    private static readonly ConcurrentDictionary<string, string> SmartReaderFailures = new(StringComparer.Ordinal);

    /// <summary>shared/benchmarks/extraction/&lt;name&gt; above the binaries or the current directory.</summary>
    public static string? FindShared(string name)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "benchmarks", "extraction", name);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    public static int Aeb(bool withSpeed, string? dumpFolder)
    {
        var folder = FindShared("aeb");
        if (folder is null)
        {
            Console.Error.WriteLine("shared/benchmarks/extraction/aeb not found");
            return 1;
        }
        var pages = AebCorpus.Load(folder);
        var truth = AebCorpus.Truth(pages);
        Console.WriteLine($"article-extraction-benchmark: {pages.Count} pages");
        Console.WriteLine("| extractor | F1 | precision | recall |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (file, name) in References)
        {
            var path = Path.Combine(folder, "output", file);
            if (File.Exists(path))
            {
                PrintBody(name + " (shipped output)", ShingleScorer.Score(truth, AebCorpus.ReadOutput(path)));
            }
        }
        var ours = pages.ToDictionary(p => p.Id, p => (string?)OurBody(p), StringComparer.Ordinal);
        PrintBody("**FactPipeline**", ShingleScorer.Score(truth, ours));
        if (dumpFolder is not null)
        {
            Dump(dumpFolder, pages, ours);
        }
        var smart = pages.ToDictionary(p => p.Id, p => SmartReaderBody(p), StringComparer.Ordinal);
        PrintBody("SmartReader 0.11.1 (run here)", ShingleScorer.Score(truth, smart));
        PrintFailures();
        PageByPage(pages, ours, smart, dumpFolder);
        if (withSpeed)
        {
            Speed(pages);
        }
        return 0;
    }

    public static int Htmldate()
    {
        var folder = FindShared("htmldate");
        if (folder is null)
        {
            Console.Error.WriteLine("shared/benchmarks/extraction/htmldate not found");
            return 1;
        }
        var pages = HtmldateCorpus.Load(Path.Combine(folder, "htmldate-corpus.tgz"));
        Console.WriteLine($"htmldate corpus: {pages.Count} pages");
        var ours = new ConcurrentBag<(HtmldatePage Page, DateOnly? Found)>();
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, page =>
            ours.Add((page, HtmlPageReader.Read(page.Content, page.Url)?.PublishedAt)));
        watch.Stop();
        Console.WriteLine("| extractor | F1 | precision | recall |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, f1) in DateReferences)
        {
            Console.WriteLine($"| {name} (published) | {f1.ToString("0.000", Invariant)} | | |");
        }
        var score = DateScore.Of(ours.Select(o => (o.Page.Gold, o.Found)));
        Console.WriteLine($"| **FactPipeline** | **{score.F1.ToString("0.000", Invariant)}** | {score.Precision.ToString("0.000", Invariant)} | {score.Recall.ToString("0.000", Invariant)} |");
        Console.WriteLine($"tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives}; {watch.Elapsed.TotalSeconds:F1} s on 2 threads");
        if (Environment.GetEnvironmentVariable("FP_DATE_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllLines(dump, ours.Where(o => o.Found != o.Page.Gold)
                .OrderBy(o => o.Page.Url, StringComparer.Ordinal)
                .Select(o => $"{o.Page.Gold?.ToString("yyyy-MM-dd", Invariant) ?? "NaN"}\t{o.Found?.ToString("yyyy-MM-dd", Invariant) ?? "none"}\t{o.Page.Url}"));
        }
        return 0;
    }

    /// <summary>Body text as scored: our paragraphs joined by "\n", without the title.</summary>
    public static string OurBody(AebPage page) => OurBody(HtmlPageReader.Read(page.Html, page.Url));

    /// <summary>The scored body of an extraction already made (the Mozilla bench also scores its metadata).</summary>
    public static string OurBody(ExtractedContent content) => string.Join("\n", content.Paragraphs);

    /// <summary>SmartReader's text, or null when it threw: the exception is kept and printed, not hidden as empty text.</summary>
    private static string? SmartReaderBody(AebPage page) => SmartReaderArticle(page.Id, page.Url, page.Html) is { } article ? SmartReaderBody(article) : null;

    /// <summary>SmartReader's scored body of an article it returned.</summary>
    public static string SmartReaderBody(SmartReader.Article article) => article.TextContent ?? "";

    /// <summary>SmartReader's whole article (text and metadata), or null when it threw: the exception is kept for <see cref="PrintFailures"/>.</summary>
    public static SmartReader.Article? SmartReaderArticle(string id, string url, string html)
    {
        try
        {
            return new SmartReader.Reader(url, html).GetArticle();
        }
#pragma warning disable CA1031 // a competitor's failure on one page is a result to report, not a reason to stop the bench
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            SmartReaderFailures[id] = $"{ex.GetType().Name}: {ex.Message} ({url})";
            return null;
        }
    }

    public static void PrintFailures()
    {
        if (SmartReaderFailures.IsEmpty)
        {
            return;
        }
        Console.WriteLine($"SmartReader threw on {SmartReaderFailures.Count} of the pages (scored as no text, timed until the throw):");
        foreach (var failure in SmartReaderFailures.Values.Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"- {failure}");
        }
    }

    /// <summary>
    /// Goal 1's second half: on how many pages our F1 is at least SmartReader's (to the printed three decimals, so
    /// two perfect pages tie). The pages where we trail are listed, worst gap first, in the dump folder when given.
    /// </summary>
    private static void PageByPage(IReadOnlyList<AebPage> pages, Dictionary<string, string?> ours, Dictionary<string, string?> smart, string? dumpFolder)
    {
        var rows = pages
            .Select(page => (Page: page, Ours: Math.Round(ShingleScorer.PageScores(page.Truth, ours[page.Id]).F1, 3), Smart: Math.Round(ShingleScorer.PageScores(page.Truth, smart[page.Id]).F1, 3)))
            .ToList();
        var atLeast = rows.Count(row => row.Ours >= row.Smart);
        var better = rows.Count(row => row.Ours > row.Smart);
        Console.WriteLine($"page by page against SmartReader: at least as good on {atLeast}/{rows.Count} pages "
            + $"({(100.0 * atLeast / rows.Count).ToString("0.0", Invariant)}%), better on {better}, worse on {rows.Count - atLeast}");
        if (dumpFolder is not null)
        {
            File.WriteAllLines(Path.Combine(dumpFolder, "behind-smartreader.tsv"), rows
                .Where(row => row.Ours < row.Smart)
                .OrderBy(row => row.Ours - row.Smart)
                .Select(row => $"{row.Ours:0.000}\t{row.Smart:0.000}\t{row.Page.Id[..12]}\t{row.Page.Url}"));
        }
    }

    /// <summary>
    /// ms/page side by side: every extractor warms up over every page (the JIT recompiles a method optimised only after
    /// 30 calls and a pause, so a short warm-up times whichever runs first partly unoptimised), then three rounds where
    /// each page goes through each extractor in turn, so a slower spell of the machine falls on all of them alike.
    /// </summary>
    private static void Speed(IReadOnlyList<AebPage> pages)
    {
        Console.WriteLine();
        Console.WriteLine($"speed on {pages.Count} pages, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine("| extractor | median ms/page (1 thread) | mean ms/page | pages/s (2 threads) |");
        Console.WriteLine("|---|---|---|---|");
        (string Name, Func<AebPage, int> Run)[] extractors =
        [
            ("FactPipeline", p => OurBody(p).Length),
            // Where our time goes: the HTML parse (AngleSharp) alone, then with the metadata readers on top.
            ("FactPipeline: HTML parse only", p => { using var d = HtmlDocumentParser.Parse(p.Html); return d.All.Length; }),
            ("FactPipeline: parse + metadata", p => { using var d = HtmlDocumentParser.Parse(p.Html); return HtmlMetadataReader.Read(d, p.Url).Title?.Length ?? 0; }),
            ("SmartReader 0.11.1", p => SmartReaderBody(p)?.Length ?? 0),
        ];
        foreach (var (_, run) in extractors)
        {
            foreach (var page in pages)
            {
                run(page);
            }
        }
        var times = extractors.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < 3; round++)
        {
            foreach (var page in pages)
            {
                for (var e = 0; e < extractors.Length; e++)
                {
                    var watch = Stopwatch.StartNew();
                    extractors[e].Run(page);
                    times[e].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }
        for (var e = 0; e < extractors.Length; e++)
        {
            times[e].Sort();
            var median = times[e][times[e].Count / 2];
            var run = extractors[e].Run;
            var parallelWatch = Stopwatch.StartNew();
            Parallel.ForEach(pages.Concat(pages), new ParallelOptions { MaxDegreeOfParallelism = 2 }, page => run(page));
            parallelWatch.Stop();
            var rate = pages.Count * 2 / parallelWatch.Elapsed.TotalSeconds;
            Console.WriteLine($"| {extractors[e].Name} | {median.ToString("0.0", Invariant)} | {times[e].Average().ToString("0.0", Invariant)} | {rate.ToString("0", Invariant)} |");
        }
    }

    private static void PrintBody(string name, BodyScore score) =>
        Console.WriteLine($"| {name} | {score.F1.ToString("0.000", Invariant)} | {score.Precision.ToString("0.000", Invariant)} | {score.Recall.ToString("0.000", Invariant)} |");

    /// <summary>Per-page scores, worst first, and our text for each page: for working on the extractor.</summary>
    private static void Dump(string folder, IReadOnlyList<AebPage> pages, Dictionary<string, string?> ours)
    {
        Directory.CreateDirectory(folder);
        var rows = new List<(double F1, string Line)>();
        foreach (var page in pages)
        {
            var (p, r, f) = ShingleScorer.PageScores(page.Truth, ours[page.Id]);
            rows.Add((f, $"{f:0.000}\tP {p:0.000}\tR {r:0.000}\t{page.Id[..12]}\t{page.Url}"));
            File.WriteAllText(Path.Combine(folder, page.Id[..12] + ".ours.txt"), ours[page.Id]);
            File.WriteAllText(Path.Combine(folder, page.Id[..12] + ".truth.txt"), page.Truth);
        }
        File.WriteAllLines(Path.Combine(folder, "scores.tsv"), rows.OrderBy(r => r.F1).Select(r => r.Line));
    }
}
