using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.Fetching;

/// <summary>Limits for reading local input files (configuration section "Input").</summary>
public sealed class LocalFileSourceOptions
{
    public const string SectionName = "Input";

    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Extensions picked up when a directory is expanded; a file named explicitly is always read.</summary>
    public static readonly IReadOnlyList<string> DefaultExtensions = [".txt", ".html", ".htm"];

    /// <summary>Files above this size are rejected before any byte is read.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>
    /// Overrides <see cref="DefaultExtensions"/>. Null by default because the configuration binder appends
    /// to a pre-filled collection instead of replacing it.
    /// </summary>
    public IReadOnlyList<string>? Extensions { get; set; }

    internal IReadOnlyList<string> EffectiveExtensions =>
        Extensions is { Count: > 0 } configured ? configured : DefaultExtensions;
}
