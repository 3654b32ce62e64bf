using System.Globalization;
using System.Text;

namespace FactPipeline.Evaluation.Extraction;

/// <summary>One labelled one-sentence text of eval/langid/sentences.tsv.</summary>
public sealed record LabelledSentence(string Language, string Text);

/// <summary>One labelled page of eval/langid/pages (raw bytes, as a crawler would hand them over).</summary>
public sealed record LabelledPage(string File, string Language, string Note, byte[] Content);

/// <summary>
/// Reads the language-identification evaluation set kept in the repository (eval/langid, see its README):
/// one-sentence texts with their language, and small HTML pages whose declared language is sometimes wrong.
/// </summary>
public static class LangIdCorpus
{
    /// <summary>eval/langid above the binaries or the current directory; null when absent.</summary>
    public static string? FindFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "eval", "langid");
                if (File.Exists(Path.Combine(candidate, "sentences.tsv")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    public static IReadOnlyList<LabelledSentence> LoadSentences(string folder) =>
        ReadTsv(Path.Combine(folder, "sentences.tsv"))
            .Select(columns => new LabelledSentence(columns[0], columns[1]))
            .ToList();

    public static IReadOnlyList<LabelledPage> LoadPages(string folder)
    {
        var pages = Path.Combine(folder, "pages");
        return ReadTsv(Path.Combine(pages, "pages.tsv"))
            .Select(columns => new LabelledPage(columns[0], columns[1], columns.Length > 2 ? columns[2] : "", File.ReadAllBytes(Path.Combine(pages, columns[0]))))
            .ToList();
    }

    /// <summary>Tab-separated rows after the header line; blank lines and '#' comments skipped.</summary>
    private static IEnumerable<string[]> ReadTsv(string path) =>
        File.ReadLines(path, Encoding.UTF8)
            .Skip(1)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'));
}

/// <summary>Accuracy per gold language, and every miss (item, gold, found) for the report.</summary>
public sealed class LangIdScore
{
    private readonly List<(string Item, string Gold, string Found)> _results = [];

    public void Add(string item, string gold, string found) => _results.Add((item, gold, found));

    public int Total => _results.Count;

    public int Correct => _results.Count(r => r.Gold == r.Found);

    public IReadOnlyList<(string Item, string Gold, string Found)> Misses => _results.Where(r => r.Gold != r.Found).ToList();

    /// <summary>(language, correct, total) in order of first appearance.</summary>
    public IReadOnlyList<(string Language, int Correct, int Total)> PerLanguage() =>
        _results.GroupBy(r => r.Gold)
            .Select(g => (g.Key, g.Count(r => r.Gold == r.Found), g.Count()))
            .ToList();

    /// <summary>Accuracy over the items whose gold language is in <paramref name="languages"/>.</summary>
    public double Accuracy(IEnumerable<string> languages)
    {
        var set = languages.ToHashSet(StringComparer.Ordinal);
        var chosen = _results.Where(r => set.Contains(r.Gold)).ToList();
        return chosen.Count == 0 ? 0 : (double)chosen.Count(r => r.Gold == r.Found) / chosen.Count;
    }

    /// <summary>Items of a gold language in <paramref name="from"/> labelled with one in <paramref name="to"/>.</summary>
    public IReadOnlyList<(string Item, string Gold, string Found)> Confusions(IEnumerable<string> from, IEnumerable<string> to)
    {
        var fromSet = from.ToHashSet(StringComparer.Ordinal);
        var toSet = to.ToHashSet(StringComparer.Ordinal);
        return _results.Where(r => fromSet.Contains(r.Gold) && toSet.Contains(r.Found)).ToList();
    }

    /// <summary>"| id | 33/33 | 100.0% |" rows, then the misses.</summary>
    public string Format(string title)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {Correct}/{Total} ({100.0 * Correct / Math.Max(1, Total):F1}%)");
        text.AppendLine("| language | right | accuracy |");
        text.AppendLine("|---|---|---|");
        foreach (var (language, correct, total) in PerLanguage())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {language} | {correct}/{total} | {100.0 * correct / total:F1}% |");
        }
        foreach (var (item, gold, found) in Misses)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  miss: {gold} → {found}: {item}");
        }
        return text.ToString();
    }
}
