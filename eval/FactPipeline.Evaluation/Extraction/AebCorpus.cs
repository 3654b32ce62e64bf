using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace FactPipeline.Evaluation.Extraction;

/// <summary>One page of the article-extraction-benchmark: its HTML, URL and human-annotated body.</summary>
public sealed record AebPage(string Id, string Url, string Html, string Truth);

/// <summary>
/// Reads the scrapinghub article-extraction-benchmark folder (html/&lt;id&gt;.html.gz, ground-truth.json,
/// output/*.json) as shipped in shared/benchmarks/extraction/aeb.
/// </summary>
public static class AebCorpus
{
    public static IReadOnlyList<AebPage> Load(string folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<AebPage>();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var path = Path.Combine(folder, "html", entry.Name + ".html.gz");
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            pages.Add(new AebPage(
                entry.Name,
                entry.Value.TryGetProperty("url", out var url) ? url.GetString() ?? "" : "",
                reader.ReadToEnd(),
                entry.Value.GetProperty("articleBody").GetString() ?? ""));
        }
        return pages;
    }

    /// <summary>A reference system's output: {"id": {"articleBody": ...}}, optionally wrapped in {"version", "output"}.</summary>
    public static Dictionary<string, string?> ReadOutput(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        if (root.TryGetProperty("output", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
        {
            root = wrapped;
        }
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in root.EnumerateObject())
        {
            result[entry.Name] = entry.Value.ValueKind == JsonValueKind.Object
                && entry.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String
                ? body.GetString()
                : null;
        }
        return result;
    }

    public static Dictionary<string, string> Truth(IEnumerable<AebPage> pages) =>
        pages.ToDictionary(page => page.Id, page => page.Truth, StringComparer.Ordinal);
}
