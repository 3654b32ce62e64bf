using System.Text;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Summaries;

/// <summary>
/// Writes report.json, report.en.md and report.ko.md into the output directory, then the digests
/// (digest.en.md, digest.ko.md, digest.en.html, digest.ko.html).
/// </summary>
public sealed class ReportWriter(FindingExplainer explainer, Model.Lexicon.ConceptLexicon lexicon, Digest.DigestWriter digests)
{
    public async Task<IReadOnlyList<string>> WriteAsync(RunReport report, string outputDirectory, CancellationToken cancellationToken = default)
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
        await Write("report.en.md", MarkdownReport.Write(report, "en", explainer, lexicon));
        await Write("report.ko.md", MarkdownReport.Write(report, "ko", explainer, lexicon));
        files.AddRange(await digests.WriteAsync(report, outputDirectory, cancellationToken));
        return files;
    }
}
