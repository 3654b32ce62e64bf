using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace FactPipeline.Evaluation.Extraction;

/// <summary>One page of the htmldate evaluation corpus: raw bytes (any charset), its URL and the gold publish date.</summary>
/// <param name="Gold">Null for the few pages whose gold is NaN in the index: any date found there counts as wrong, none as missed.</param>
public sealed record HtmldatePage(string Url, byte[] Content, DateOnly? Gold);

/// <summary>Scores of a publish-date extractor: output missing is a false negative, a wrong day a false positive.</summary>
public sealed record DateScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);
    public double F1 => TruePositives == 0 ? 0 : 2.0 * TruePositives / ((2.0 * TruePositives) + FalsePositives + FalseNegatives);
    public int Pages => TruePositives + FalsePositives + FalseNegatives;

    public static DateScore Of(IEnumerable<(DateOnly? Gold, DateOnly? Found)> results)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (gold, found) in results)
        {
            if (found is null)
            {
                fn++;
            }
            else if (gold is not null && found == gold)
            {
                tp++;
            }
            else
            {
                fp++;
            }
        }
        return new DateScore(tp, fp, fn);
    }
}

/// <summary>
/// Reads the htmldate corpus (htmldate-corpus.tgz in shared/benchmarks/extraction/htmldate): extracted to a
/// temporary folder, read into memory, and the folder deleted again. A file is looked up in test_set/, then
/// cache/, then eval/.
/// </summary>
public static class HtmldateCorpus
{
    private static readonly string[] IndexFiles = ["eval_default.json", "eval_mediacloud_2020.json"];
    private static readonly string[] FileFolders = ["test_set", "cache", "eval"];

    public static IReadOnlyList<HtmldatePage> Load(string archive)
    {
        var temp = Path.Combine(Path.GetTempPath(), "factpipeline-htmldate-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            using (var gzip = new GZipStream(File.OpenRead(archive), CompressionMode.Decompress))
            {
                TarFile.ExtractToDirectory(gzip, temp, overwriteFiles: true);
            }
            var pages = new List<HtmldatePage>();
            foreach (var index in IndexFiles)
            {
                var indexPath = Path.Combine(temp, index);
                if (!File.Exists(indexPath))
                {
                    continue;
                }
                // Python wrote the index: a handful of dates are the bare literal NaN, which JSON does not allow.
                using var json = JsonDocument.Parse(File.ReadAllText(indexPath).Replace(": NaN", ": null", StringComparison.Ordinal));
                foreach (var entry in json.RootElement.EnumerateObject())
                {
                    var file = entry.Value.GetProperty("file").GetString()!;
                    var date = entry.Value.GetProperty("date");
                    DateOnly? gold = date.ValueKind == JsonValueKind.String
                        ? DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                        : null;
                    var path = FileFolders.Select(folder => Path.Combine(temp, folder, file)).FirstOrDefault(File.Exists);
                    if (path is not null)
                    {
                        pages.Add(new HtmldatePage(entry.Name, File.ReadAllBytes(path), gold));
                    }
                }
            }
            return pages;
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
