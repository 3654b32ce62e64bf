using System.Text;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// Writes report.json, report.en.md and report.ko.md into the output directory, then the digests
/// (digest.en.md, digest.ko.md, digest.en.html, digest.ko.html). report.json always lists every finding; the others
/// list possible matches only when <c>showPossible</c> is set (<c>--show-possible</c>).
/// </summary>
public sealed class ReportWriter(FindingExplainer explainer, Model.Lexicon.ConceptLexicon lexicon, Digest.DigestWriter digests)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public async Task<IReadOnlyList<string>> WriteAsync(
        RunReport report, string outputDirectory, bool showPossible = false, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(outputDirectory);
        var files = new List<string>();
        async Task Write(string name, Func<Stream, Task> content)
        {
            var path = Path.Combine(outputDirectory, name);
            // Write then move, so a reader never sees half a report.
            var temporary = path + ".tmp";
            await using (var file = File.Create(temporary))
            {
                await content(file);
            }
            File.Move(temporary, path, overwrite: true);
            files.Add(path);
        }
        Func<Stream, Task> Text(string content) => file => file.WriteAsync(Utf8.GetBytes(content), cancellationToken).AsTask();
        // The Markdown reports and the digests only read the report: they are built (and the digests written) on the
        // other cores while report.json is serialised. The list of files keeps its order.
        var english = Task.Run(() => MarkdownReport.Write(report, "en", explainer, lexicon, showPossible), cancellationToken);
        var korean = Task.Run(() => MarkdownReport.Write(report, "ko", explainer, lexicon, showPossible), cancellationToken);
        var digestFiles = Task.Run(() => digests.WriteAsync(report, outputDirectory, showPossible, cancellationToken), cancellationToken);
        try
        {
            await Write("report.json", file => ReportJson.SerializeAsync(file, report, cancellationToken));
            await Write("report.en.md", Text(await english));
            await Write("report.ko.md", Text(await korean));
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
