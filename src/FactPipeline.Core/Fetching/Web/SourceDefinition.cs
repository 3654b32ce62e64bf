using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.Fetching.Web;

/// <summary>What a configured source URL points at; Auto decides from the response.</summary>
public enum SourceKind
{
    Auto,
    Page,
    Rss,
    Atom,
    Sitemap,
}

/// <summary>One entry of the "Sources" list in appsettings.json.</summary>
public sealed class SourceDefinition
{
    [Required(AllowEmptyStrings = false)]
    public string Name { get; set; } = "";

    [Required(AllowEmptyStrings = false)]
    [Url]
    public string Url { get; set; } = "";

    public SourceKind Kind { get; set; } = SourceKind.Auto;

    /// <summary>ISO 639-1 code the editor knows the source is written in; overrides detection.</summary>
    [RegularExpression("^[a-z]{2}$")]
    public string? Language { get; set; }

    /// <summary>Articles taken from this feed or sitemap, newest first (default: Fetching:DefaultItemLimit).</summary>
    [Range(1, 100_000)]
    public int? Limit { get; set; }

    /// <summary>Feed or sitemap entries dated before this are skipped; undated entries are kept.</summary>
    public DateTimeOffset? Since { get; set; }
}
