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
    public async Task<IReadOnlyList<string>> WriteAsync(
        RunReport report, string outputDirectory, bool showPossible = false, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(outputDirectory);
        var files = new List<string>();
        async Task Write(string name, string content)
        {
            var path = Path.Combine(outputDirectory, name);
            // Write then move, so a reader never sees half a report.
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(false), cancellationToken);
            File.Move(temporary, path, overwrite: true);
            files.Add(path);
        }
        await Write("report.json", ReportJson.Serialize(report));
        await Write("report.en.md", MarkdownReport.Write(report, "en", explainer, lexicon, showPossible));
        await Write("report.ko.md", MarkdownReport.Write(report, "ko", explainer, lexicon, showPossible));
        files.AddRange(await digests.WriteAsync(report, outputDirectory, showPossible, cancellationToken));
        return files;
    }
}
