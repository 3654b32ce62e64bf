using System.Text.Json;

namespace FactPipeline.Evaluation.Gold;

/// <summary>
/// The labelled cross-check corpus: every eval/crosscheck/gold/*.json (format in the corpus spec) over the
/// articles in eval/crosscheck/articles/. The parts are read as one corpus.
/// </summary>
public sealed class GoldCorpus
{
    public const string GoldFolder = "gold";
    public const string ArticlesFolder = "articles";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private GoldCorpus(string root, IReadOnlyList<GoldPart> parts)
    {
        Root = root;
        Parts = parts;
    }

    /// <summary>The eval/crosscheck folder (gold/ and articles/ below it).</summary>
    public string Root { get; }

    public string ArticlesDirectory => Path.Combine(Root, ArticlesFolder);

    public IReadOnlyList<GoldPart> Parts { get; }

    public IEnumerable<GoldDiscrepancy> Discrepancies => Parts.SelectMany(p => p.Discrepancies);

    public IEnumerable<GoldConsistentGroup> Consistent => Parts.SelectMany(p => p.Consistent);

    public IEnumerable<GoldTrap> Traps => Parts.SelectMany(p => p.Traps);

    /// <summary>Every mention of every entry, once each.</summary>
    public IEnumerable<GoldMention> Mentions =>
        Discrepancies.SelectMany(d => d.Sides).SelectMany(side => side)
            .Concat(Consistent.SelectMany(c => c.Mentions))
            .Concat(Traps.SelectMany(t => t.Mentions))
            .Distinct();

    /// <summary>True when the folder has at least one gold file.</summary>
    public static bool Exists(string root) =>
        Directory.Exists(Path.Combine(root, GoldFolder)) && Directory.EnumerateFiles(Path.Combine(root, GoldFolder), "*.json").Any();

    /// <summary>Reads every gold file under <paramref name="root"/>/gold; throws <see cref="GoldCorpusException"/> when one is not valid JSON.</summary>
    public static GoldCorpus Load(string root)
    {
        var folder = Path.Combine(root, GoldFolder);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToArray() : [];
        var parts = new List<GoldPart>();
        var errors = new List<string>();
        foreach (var file in files)
        {
            try
            {
                var part = JsonSerializer.Deserialize<GoldPart>(File.ReadAllText(file), Json) ?? new GoldPart();
                parts.Add(part with { Name = Path.GetFileName(file) });
            }
            catch (JsonException e)
            {
                errors.Add($"{Path.GetFileName(file)}: not a valid gold file: {e.Message}");
            }
        }
        if (errors.Count > 0)
        {
            throw new GoldCorpusException(errors);
        }
        return new GoldCorpus(Path.GetFullPath(root), parts);
    }

    /// <summary>Loads and validates; throws <see cref="GoldCorpusException"/> listing every problem.</summary>
    public static GoldCorpus LoadValid(string root)
    {
        var corpus = Load(root);
        var errors = corpus.Validate();
        return errors.Count == 0 ? corpus : throw new GoldCorpusException(errors);
    }

    /// <summary>Every problem found, each naming the gold file, the entry and the article file; empty when valid.</summary>
    public IReadOnlyList<string> Validate() => new GoldValidator(this).Validate();
}
