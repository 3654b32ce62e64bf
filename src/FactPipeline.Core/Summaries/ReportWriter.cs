using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// Writes report.json, report.en.md and report.ko.md into the output directory, then the digests
/// (digest.en.md, digest.ko.md, digest.en.html, digest.ko.html). report.json always lists every finding; the others
/// list possible matches only when <c>showPossible</c> is set (<c>--show-possible</c>).
/// </summary>
public sealed class ReportWriter(FindingExplainer explainer, Model.Lexicon.ConceptLexicon lexicon, Digest.DigestWriter digests)
{
    public async Task<IReadOnlyList<string>> WriteAsync(
        RunReport report, string outputDirectory, bool showPossible = false, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(outputDirectory);
        var files = new List<string>();
        string PathOf(string name) => Path.Combine(outputDirectory, name);
        // Each file is written to a temporary file, then moved, so a reader never sees half a report.
        void Move(string name)
        {
            File.Move(PathOf(name) + ".tmp", PathOf(name), overwrite: true);
            files.Add(PathOf(name));
        }
        // The Markdown reports and the digests only read the report: they are written on the other cores while
        // report.json is serialised. The list of files keeps its order.
        var english = Task.Run(
            () => TextPieces.WriteFile(PathOf("report.en.md") + ".tmp", writer => MarkdownReport.Write(writer, report, "en", explainer, lexicon, showPossible)),
            cancellationToken);
        var korean = Task.Run(
            () => TextPieces.WriteFile(PathOf("report.ko.md") + ".tmp", writer => MarkdownReport.Write(writer, report, "ko", explainer, lexicon, showPossible)),
            cancellationToken);
        var digestFiles = Task.Run(() => digests.WriteAsync(report, outputDirectory, showPossible, cancellationToken), cancellationToken);
        try
        {
            await using (var file = File.Create(PathOf("report.json") + ".tmp"))
            {
                await ReportJson.SerializeAsync(file, report, cancellationToken);
            }
            Move("report.json");
            await english;
            Move("report.en.md");
            await korean;
            Move("report.ko.md");
        }
        finally
        {
            // A failed report leaves no digest being written behind it; its own failure is the one thrown.
            await Task.WhenAll(english, korean, digestFiles).ContinueWith(t => t.Exception, TaskScheduler.Default);
        }
        files.AddRange(await digestFiles);
        return files;
    }
}
