using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace FactPipeline.Evaluation.Extraction;

/// <summary>What Readability.js keeps of one page (expected-metadata.json); empty strings where the golden has null.</summary>
public sealed record MozillaExpected(string Title, string Byline, string PublishedTime);

/// <summary>One folder of the Mozilla Readability test pages: the page as served, the article body Readability keeps, its metadata.</summary>
public sealed record MozillaPage(string Name, string SourceHtml, string ExpectedHtml, MozillaExpected Expected);

/// <summary>
/// Reads shared/benchmarks/extraction/mozilla/mozilla-test-pages.tgz entry by entry in memory: the pages are
/// published by others and stay out of the repository and off the disk.
/// </summary>
public static class MozillaCorpus
{
    public const string ArchiveName = "mozilla-test-pages.tgz";

    public static IReadOnlyList<MozillaPage> Load(string archive)
    {
        // folder name -> file name -> text
        var folders = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        using (var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress))
        using (var tar = new TarReader(gzip))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
                {
                    continue;
                }
                // mozilla-test-pages/<folder>/<file>: the folder is the page's name in Readability's test suite.
                var parts = entry.Name.Split('/', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2)
                {
                    continue;
                }
                using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
                var folder = parts[^2];
                if (!folders.TryGetValue(folder, out var files))
                {
                    folders[folder] = files = new Dictionary<string, string>(StringComparer.Ordinal);
                }
                files[parts[^1]] = reader.ReadToEnd();
            }
        }
        return folders
            .Where(f => f.Value.ContainsKey("source.html") && f.Value.ContainsKey("expected.html") && f.Value.ContainsKey("expected-metadata.json"))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new MozillaPage(f.Key, f.Value["source.html"], f.Value["expected.html"], ReadExpected(f.Value["expected-metadata.json"])))
            .ToList();
    }

    private static MozillaExpected ReadExpected(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        string Field(string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
        return new MozillaExpected(Field("title"), Field("byline"), Field("publishedTime"));
    }
}
