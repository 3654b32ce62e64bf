using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FactPipeline.Core.Extraction;
using FactPipeline.Evaluation.Extraction;

namespace FactPipeline.Bench;

/// <summary>
/// A second development set for extraction (issue 13): the Mozilla Readability test pages, our extractor and SmartReader
/// run side by side on each, scored on body text (4-word shingles, as AEB), title, byline and publish day.
/// The goldens are Readability.js's own output: they reward behaving like Readability, so this is a second opinion next to AEB.
/// </summary>
internal static partial class MozillaBench
{
    /// <summary>The URL Readability's own test harness gives every page: the pages come without theirs.</summary>
    private const string PageUrl = MozillaJudge.PageUrl;

    private const string SmartReaderName = "SmartReader 0.11.1 (run here)";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var folder = ExtractionBench.FindShared("mozilla");
        if (folder is null)
        {
            Console.Error.WriteLine("shared/benchmarks/extraction/mozilla not found");
            return 1;
        }
        var watch = Stopwatch.StartNew();
        var pages = MozillaCorpus.Load(Path.Combine(folder, MozillaCorpus.ArchiveName));
        var results = pages.Select(Score).ToList();
        watch.Stop();
        Console.WriteLine($"Mozilla Readability test pages: {pages.Count} pages");
        Console.WriteLine("| extractor | text F1 mean | pages ≥ 0.99 | title right/of | title, site suffix aside | byline right/of | publishedTime right/of |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        PrintRow("**FactPipeline**", results.Select(r => r.Ours).ToList());
        PrintRow(SmartReaderName, results.Select(r => r.SmartReader).ToList());
        Console.WriteLine("text F1 mean: the mean of per-page shingle F1. Title: exact after whitespace normalisation, pages with an expected title. "
            + "Title, site suffix aside: also right when one is the other followed by a separator (- | – — · _ : » /) and a tail, "
            + "since the goldens keep the site name Readability leaves in (\"… | eHow\") and the issue wants it gone. "
            + "Byline: pages with an expected byline; right when, whitespace-normalised and lower-cased (invariant), ours equals the expected or one contains the other. "
            + "publishedTime: pages with one; right when the day is the same as the expected's yyyy-MM-dd (its own offset). SmartReader: Title, Byline, PublicationDate.");
        // The AEB table's figure (F1 of the macro-averaged precision and recall), for comparing the two sets.
        var truth = results.ToDictionary(r => r.Name, r => r.ExpectedText, StringComparer.Ordinal);
        var aebOurs = ShingleScorer.Score(truth, results.ToDictionary(r => r.Name, r => (string?)r.Ours.Text, StringComparer.Ordinal));
        var aebSmart = ShingleScorer.Score(truth, results.ToDictionary(r => r.Name, r => r.SmartReader.Text, StringComparer.Ordinal));
        Console.WriteLine($"AEB-style F1 (of mean precision {Format(aebOurs.Precision)} and recall {Format(aebOurs.Recall)}): FactPipeline {Format(aebOurs.F1)}; "
            + $"SmartReader (precision {Format(aebSmart.Precision)}, recall {Format(aebSmart.Recall)}) {Format(aebSmart.F1)}");
        ExtractionBench.PrintFailures();
        Console.WriteLine($"{watch.Elapsed.TotalSeconds:F1} s (unpacking, both extractors, scoring; one thread)");
        if (args.Contains("--verbose"))
        {
            PrintPages(results);
        }
        if (Array.IndexOf(args, "--dump") is var at and >= 0 && at + 1 < args.Length)
        {
            Dump(args[at + 1], results);
        }
        return 0;
    }

    private static PageResult Score(MozillaPage page)
    {
        var expectedText = BlockText.Of(page.ExpectedHtml);
        var expected = page.Expected;
        // Our extractor exactly as the AEB bench runs it: HtmlPageReader on the decoded page, paragraphs joined by "\n".
        var ours = HtmlPageReader.Read(page.SourceHtml, PageUrl);
        var oursText = ExtractionBench.OurBody(ours);
        var smart = ExtractionBench.SmartReaderArticle(page.Name, PageUrl, page.SourceHtml);
        var smartText = smart is null ? null : ExtractionBench.SmartReaderBody(smart);
        return new PageResult(
            page.Name,
            expectedText,
            expected,
            MozillaJudge.Judge(expected, expectedText, oursText, ours.Title, ours.Author, ours.PublishedAt),
            MozillaJudge.Judge(expected, expectedText, smartText, smart?.Title, smart?.Byline,
                smart?.PublicationDate is { } date ? DateOnly.FromDateTime(date) : null));
    }

    private static void PrintRow(string name, IReadOnlyList<MozillaJudgement> judgements)
    {
        var meanF1 = judgements.Average(j => j.F1);
        var perfect = judgements.Count(j => j.F1 >= 0.99);
        Console.WriteLine($"| {name} | {Format(meanF1)} | {perfect}/{judgements.Count} | {Tally(judgements.Select(j => j.TitleRight))} | {Tally(judgements.Select(j => j.TitleSuffixAside))} | "
            + $"{Tally(judgements.Select(j => j.BylineRight))} | {Tally(judgements.Select(j => j.DayRight))} |");
    }

    private static string Tally(IEnumerable<bool?> answers)
    {
        var counted = answers.Where(a => a is not null).ToList();
        return $"{counted.Count(a => a == true)}/{counted.Count}";
    }

    /// <summary>Per page, our worst first: where to look when working on the extractor.</summary>
    private static void PrintPages(IReadOnlyList<PageResult> results)
    {
        Console.WriteLine();
        Console.WriteLine("| page | our F1 | SmartReader F1 | title right | byline: ours / expected |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var result in results.OrderBy(r => r.Ours.F1).ThenBy(r => r.Name, StringComparer.Ordinal))
        {
            var title = result.Ours.TitleRight switch { true => "yes", false => "no", null => "-" };
            var byline = result.Ours.BylineRight is null && string.IsNullOrWhiteSpace(result.Ours.Byline)
                ? "-"
                : $"{Cell(result.Ours.Byline)} / {Cell(result.Expected.Byline)}{(result.Ours.BylineRight == true ? " ✓" : "")}";
            Console.WriteLine($"| {result.Name} | {Format(result.Ours.F1)} | {Format(result.SmartReader.F1)} | {title} | {byline} |");
        }
        Console.WriteLine();
        Console.WriteLine("| page | our title | expected title | site suffix aside |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var result in results.Where(r => r.Ours.TitleRight == false).OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            Console.WriteLine($"| {result.Name} | {Cell(result.Ours.Title)} | {Cell(result.Expected.Title)} | {(result.Ours.TitleSuffixAside == true ? "right" : "wrong")} |");
        }
    }

    /// <summary>Per page, the expected and our text (one block per line) and a scores.tsv, to diff and to compare two runs.</summary>
    private static void Dump(string folder, IReadOnlyList<PageResult> results)
    {
        Directory.CreateDirectory(folder);
        foreach (var result in results)
        {
            File.WriteAllText(Path.Combine(folder, result.Name + ".expected.txt"), result.ExpectedText);
            File.WriteAllText(Path.Combine(folder, result.Name + ".ours.txt"), result.Ours.Text ?? "");
        }
        File.WriteAllLines(Path.Combine(folder, "scores.tsv"), results
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => $"{r.Name}\t{Format(r.Ours.F1)}\t{Format(r.SmartReader.F1)}"));
    }

    private static string Cell(string? text) => Whitespace().Replace(text ?? "", " ").Trim() is { Length: > 0 } value ? value.Replace("|", "\\|", StringComparison.Ordinal) : "(none)";

    private static string Format(double value) => value.ToString("0.000", Invariant);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record PageResult(string Name, string ExpectedText, MozillaExpected Expected, MozillaJudgement Ours, MozillaJudgement SmartReader);
}
