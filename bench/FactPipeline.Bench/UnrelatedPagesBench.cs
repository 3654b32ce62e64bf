using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using FactPipeline.Core.Model;
using FactPipeline.Evaluation.Running;
using FactPipeline.Evaluation.Scoring;

namespace FactPipeline.Bench;

/// <summary>
/// `unrelated [--limit N] [--verbose]`: every page of the AEB and htmldate sets (all about unrelated subjects) as one corpus
/// through extraction, claims and the offline cross-check. Any conflict or minor finding is listed in full for a
/// hand check: each should be a real same-fact disagreement, and almost none should exist.
/// </summary>
internal static class UnrelatedPagesBench
{
    public static int Run(string[] args)
    {
        var aeb = ExtractionBench.FindShared("aeb");
        var htmldate = ExtractionBench.FindShared("htmldate");
        if (aeb is null || htmldate is null)
        {
            Console.WriteLine("skipped: shared/benchmarks/extraction (aeb, htmldate) not found");
            return 0;
        }
        var verbose = args.Contains("--verbose");
        var limit = int.TryParse(CrossCheckGoldBench.Option(args, "--limit"), CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
        var pages = AebPages(aeb).Concat(HtmldatePages(Path.Combine(htmldate, "htmldate-corpus.tgz"))).Take(limit).ToArray();
        var watch = Stopwatch.StartNew();
        var run = InMemoryPipeline.Offline().Run(pages);
        watch.Stop();
        Console.WriteLine($"unrelated pages: {pages.Length} pages, {watch.Elapsed.TotalSeconds:F1} s");
        ScoreReport.WriteCorpus(Console.Out, CrossCheckEvaluation.Summarize(run));
        var flagged = run.Findings.Where(f => f.Severity is Severity.Conflict or Severity.Minor).ToArray();
        Console.WriteLine();
        Console.WriteLine($"### Conflict and minor findings ({flagged.Length})");
        foreach (var finding in flagged)
        {
            Console.WriteLine($"- {finding.Severity.ToString().ToLowerInvariant()} \"{finding.Topic}\" ({finding.DifferencePercent:0.#}%)");
            foreach (var claim in finding.ClaimIds.Select(id => run.ClaimById.GetValueOrDefault(id)).OfType<Claim>())
            {
                Console.WriteLine($"  - {run.SourceOf(claim)} [{claim.Language}]: {ClaimValues.Describe(claim.Value)} in \"{claim.Quote}\"");
            }
            if (verbose && run.ExplainPair is { } explain)
            {
                // Why the check joined them: story, outcome and reason, measures and subjects of each pair.
                var members = finding.ClaimIds.Select(id => run.ClaimById.GetValueOrDefault(id)).OfType<Claim>().ToArray();
                for (var i = 0; i < members.Length; i++)
                {
                    for (var j = i + 1; j < members.Length; j++)
                    {
                        Console.WriteLine($"    why: {explain(members[i], members[j])}");
                    }
                }
            }
        }
        return 0;
    }

    private static IEnumerable<SourceDocument> AebPages(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "html"), "*.html.gz").Order(StringComparer.Ordinal).Select(path =>
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            return new SourceDocument("aeb/" + Path.GetFileNameWithoutExtension(path), bytes.ToArray(), "text/html");
        });

    /// <summary>Every .html/.htm file in the archive, read into memory from a temporary folder deleted afterwards.</summary>
    private static IReadOnlyList<SourceDocument> HtmldatePages(string archive)
    {
        var temp = Path.Combine(Path.GetTempPath(), "factpipeline-unrelated-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            using (var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress))
            {
                TarFile.ExtractToDirectory(gzip, temp, overwriteFiles: true);
            }
            return ArticleFiles.Under(temp)
                .Where(ArticleFiles.IsHtml)
                .Select(file => new SourceDocument("htmldate/" + file, File.ReadAllBytes(Path.Combine(temp, file)), "text/html"))
                .ToArray();
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
