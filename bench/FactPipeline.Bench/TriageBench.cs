using System.Collections.Concurrent;
using System.Globalization;
using FactPipeline.Core.Extraction;
using FactPipeline.Evaluation.Extraction;

namespace FactPipeline.Bench;

/// <summary>
/// Extraction on pages with no reference text: the htmldate corpus's 1,000 pages from as many sites (none of which the
/// extractor was developed on). Without a truth to score, it finds the gross failures: pages where our text and
/// SmartReader's differ in length by a factor of <see cref="Factor"/> or more (an article cut short, the wrong block,
/// a page of furniture), listed for a person to read. It measures nothing by itself; it points at families to fix.
/// </summary>
internal static class TriageBench
{
    private const double Factor = 2.0;

    /// <summary>Below this many characters on both sides a page is too short to say anything about.</summary>
    private const int MinimumChars = 300;

    public static int Run(string[] args)
    {
        var folder = ExtractionBench.FindShared("htmldate");
        if (folder is null)
        {
            Console.Error.WriteLine("shared/benchmarks/extraction/htmldate not found");
            return 1;
        }
        var dump = args.SkipWhile(a => a != "--dump").Skip(1).FirstOrDefault();
        var pages = HtmldateCorpus.Load(Path.Combine(folder, "htmldate-corpus.tgz"));
        var rows = new ConcurrentBag<(string Url, int Ours, int Theirs, string OurText, string TheirText)>();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, page =>
        {
            var ours = HtmlPageReader.Read(page.Content, page.Url) is { } content ? ExtractionBench.OurBody(content) : "";
            var html = System.Text.Encoding.UTF8.GetString(page.Content);
            var theirs = ExtractionBench.SmartReaderArticle(page.Url, page.Url, html) is { } article ? ExtractionBench.SmartReaderBody(article) : "";
            rows.Add((page.Url, Letters(ours), Letters(theirs), ours, theirs));
        });
        var judged = rows.Where(r => Math.Max(r.Ours, r.Theirs) >= MinimumChars).ToList();
        var shorter = judged.Where(r => r.Ours * Factor <= r.Theirs).OrderBy(r => (double)r.Ours / Math.Max(1, r.Theirs)).ToList();
        var longer = judged.Where(r => r.Theirs * Factor <= r.Ours).OrderByDescending(r => (double)r.Ours / Math.Max(1, r.Theirs)).ToList();
        Console.WriteLine($"htmldate corpus pages: {pages.Count}; with {MinimumChars}+ letters on one side: {judged.Count}");
        Console.WriteLine($"ours {Factor}x shorter than SmartReader's: {shorter.Count}; ours {Factor}x longer: {longer.Count}");
        Console.WriteLine("| page | our letters | SmartReader's |");
        Console.WriteLine("|---|---|---|");
        foreach (var row in shorter.Concat(longer))
        {
            Console.WriteLine($"| {row.Url} | {row.Ours.ToString(CultureInfo.InvariantCulture)} | {row.Theirs.ToString(CultureInfo.InvariantCulture)} |");
        }
        if (dump is not null)
        {
            Directory.CreateDirectory(dump);
            var index = 0;
            foreach (var row in shorter.Concat(longer))
            {
                var name = $"{index++:000}";
                File.WriteAllText(Path.Combine(dump, name + ".ours.txt"), row.Url + "\n\n" + row.OurText);
                File.WriteAllText(Path.Combine(dump, name + ".smartreader.txt"), row.Url + "\n\n" + row.TheirText);
            }
        }
        return 0;
    }

    private static int Letters(string text) => text.Count(char.IsLetterOrDigit);
}
