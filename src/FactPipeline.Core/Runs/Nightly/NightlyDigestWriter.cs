using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Runs.Nightly;

/// <summary>
/// The night's folder, <c>NightlyDirectory/YYYY-MM-DD/</c>: the run's four digests, each with a "since last night"
/// section on top (what the run changed in the tracked findings, its totals, its failed sources). Writing the same
/// night again replaces the four files, never appends to them, so a final step that ran twice leaves one digest.
/// </summary>
public sealed class NightlyDigestWriter(IOptions<NightlyReportOptions> options)
{
    /// <summary>The digest files, as the run's report step names them, in the order they are returned.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["digest.en.md", "digest.ko.md", "digest.en.html", "digest.ko.html"];

    // UTF-8 without a byte-order mark, as the run's digests are written.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="night">The night, as the schedule's time zone dates it (the caller's to compute: it knows the zone).</param>
    /// <param name="previous">The last completed run before this one; null for the first run.</param>
    /// <param name="runOutputDirectory">Where the run wrote its four digests.</param>
    /// <param name="deskUrl">The desk's base URL (<c>Desk:Organisation:DeskUrl</c>): each finding links to its page there.</param>
    /// <exception cref="FileNotFoundException">A digest of the run is missing: the run's report step did not finish.</exception>
    public async Task<NightlyDigest> WriteAsync(
        DateOnly night, RunDetail run, RunSummary? previous, string runOutputDirectory, string deskUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrEmpty(runOutputDirectory);
        ArgumentException.ThrowIfNullOrEmpty(deskUrl);
        // Read all four first: a missing one stops the writer before the night's folder is touched.
        var digests = new string[FileNames.Count];
        for (var i = 0; i < digests.Length; i++)
        {
            var source = Path.Combine(runOutputDirectory, FileNames[i]);
            if (!File.Exists(source))
            {
                throw new FileNotFoundException($"The run's digest {source} is missing; the nightly digest needs all four of {string.Join(", ", FileNames)}.", source);
            }
            digests[i] = await File.ReadAllTextAsync(source, cancellationToken).ConfigureAwait(false);
        }
        var english = SinceLastNight.Build(run, previous, deskUrl, "en");
        var korean = SinceLastNight.Build(run, previous, deskUrl, "ko");
        string[] texts =
        [
            SinceLastNightMarkdown.Prepend(english, digests[0]),
            SinceLastNightMarkdown.Prepend(korean, digests[1]),
            SinceLastNightHtml.Insert(english, digests[2]),
            SinceLastNightHtml.Insert(korean, digests[3]),
        ];
        var folder = Path.GetFullPath(Path.Combine(options.Value.NightlyDirectory, night.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Directory.CreateDirectory(folder);
        var files = new string[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            files[i] = Path.Combine(folder, FileNames[i]);
            await WriteWholeAsync(files[i], texts[i], cancellationToken).ConfigureAwait(false);
        }
        return new NightlyDigest(night, folder, files, texts[0], texts[1], texts[2], texts[3], run.Diff.Counts, previous is null);
    }

    /// <summary>
    /// Written to a temporary name in the same folder, then moved over the old file: a move within a folder replaces
    /// it whole, so a reader (or the mailer, or a web server serving the folder) sees the old digest or the new one.
    /// </summary>
    private static async Task WriteWholeAsync(string path, string text, CancellationToken cancellationToken)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, text, Utf8, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            // Only left when the write or the move failed.
            File.Delete(temporary);
        }
    }
}

/// <summary>What <see cref="NightlyDigestWriter"/> wrote: the folder, its four files (md en, md ko, html en, html ko) and their texts.</summary>
/// <param name="FirstRun">No completed run came before this one.</param>
public sealed record NightlyDigest(
    DateOnly Night,
    string Folder,
    IReadOnlyList<string> Files,
    string EnglishMarkdown,
    string KoreanMarkdown,
    string EnglishHtml,
    string KoreanHtml,
    RunDiffCounts Counts,
    bool FirstRun);
