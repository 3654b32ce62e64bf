using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactPipeline.Core.Extraction;

/// <summary>byline.markers.json, its word lists turned into matchers once.</summary>
internal sealed class BylineMarkers
{
    public required ClassWordList ClassWords { get; init; }
    public required ClassWordList NotClassWords { get; init; }

    /// <summary>Every prefix, to strip from a byline.</summary>
    public required Regex Prefix { get; init; }

    /// <summary>The prefixes that say "byline" in plain text.</summary>
    public required Regex ScanPrefix { get; init; }

    public required Regex WeakPrefix { get; init; }

    /// <summary>Openings of credits that are not the writer's ("Developed by …").</summary>
    public required Regex NotNamePrefix { get; init; }

    /// <summary>Labels that are not names (any case).</summary>
    public required HashSet<string> NotNames { get; init; }

    /// <summary>A name then a suffix word: group "name".</summary>
    public required Regex Suffix { get; init; }

    public static BylineMarkers Load()
    {
        using var stream = typeof(BylineMarkers).Assembly.GetManifestResourceStream("byline.markers.json")
            ?? throw new InvalidOperationException("byline.markers.json is not embedded");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        string[] List(string name) => [.. root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
        var prefixes = List("prefixes");
        var suffixes = string.Join('|', List("suffixes").Select(Regex.Escape));
        return new BylineMarkers
        {
            ClassWords = new ClassWordList(List("classWords")),
            NotClassWords = new ClassWordList(List("notClassWords")),
            // Not the weak ones: "Theo" is also an English first name.
            Prefix = PrefixRegex([.. prefixes, .. List("stripOnlyPrefixes")]),
            ScanPrefix = PrefixRegex(prefixes),
            WeakPrefix = PrefixRegex(List("weakPrefixes")),
            NotNamePrefix = PrefixRegex(List("notNamePrefixes")),
            NotNames = new HashSet<string>(List("notNames"), StringComparer.OrdinalIgnoreCase),
            // The name is what comes before the suffix word, which ends the byline or is followed by "=" or a space.
            Suffix = new Regex($@"^(?<name>.*?\S)\s*(?:{suffixes})(?=$|[\s=,·])", RegexOptions.CultureInvariant),
        };
    }

    /// <summary>
    /// Any of the words at the start, then a separator: a colon or slash (spaces around allowed) or a space. A
    /// Chinese word may run into the name ("记者张三"); a one-letter one ("文") needs its colon or slash.
    /// </summary>
    private static Regex PrefixRegex(IEnumerable<string> words)
    {
        var alternatives = words.OrderByDescending(word => word.Length).Select(word =>
        {
            var escaped = Regex.Escape(word).Replace(@"\ ", @"\s+", StringComparison.Ordinal);
            var last = word[^1];
            var separator = word.Length == 1 ? @"\s*[:：/／|｜]\s*"
                : TextShape.IsCjk(last) ? @"\s*[:：/／|｜]?\s*"
                : @"(?:\s*[:：/／|｜]\s*|\s+|$)";
            return escaped + separator;
        });
        return new Regex($"^\\s*(?:{string.Join('|', alternatives)})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
