using System.Globalization;
using System.Runtime.CompilerServices;
using FactPipeline.Core.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Fetching;

/// <summary>
/// Reads files and directories from disk. Directories are expanded recursively, in ordinal path order so
/// runs are deterministic. Every bad input becomes a one-line problem; nothing throws for bad input. An
/// unreadable file or directory is also logged as a warning with the exception, for whoever has to find out why.
/// </summary>
public sealed partial class LocalFileSource(IOptions<LocalFileSourceOptions> options, ILogger<LocalFileSource> logger) : IDocumentSource
{
    private const double BytesPerMegabyte = 1024 * 1024;

    private readonly LocalFileSourceOptions _options = options.Value;

    public async IAsyncEnumerable<SourceResult> ReadAsync(
        IReadOnlyList<string> inputs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(input))
            {
                var files = ExpandDirectory(input, out var listingProblem);
                if (listingProblem is not null)
                {
                    yield return SourceResult.Fail(input, listingProblem);
                    continue;
                }
                if (files.Count == 0)
                {
                    yield return SourceResult.Fail(input, $"no {string.Join("/", _options.EffectiveExtensions)} files in directory");
                    continue;
                }
                foreach (var file in files)
                {
                    yield return await ReadFileAsync(file, cancellationToken);
                }
            }
            else
            {
                yield return await ReadFileAsync(input, cancellationToken);
            }
        }
    }

    private List<string> ExpandDirectory(string directory, out string? problem)
    {
        problem = null;
        var allowed = new HashSet<string>(_options.EffectiveExtensions, StringComparer.OrdinalIgnoreCase);
        try
        {
            // EnumerateFiles joins names onto the directory string as given, so sources stay relative.
            var files = Directory
                .EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(path => allowed.Contains(Path.GetExtension(path)))
                .ToList();
            files.Sort(StringComparer.Ordinal);
            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogUnreadable(e, directory);
            problem = $"unreadable directory: {e.Message}";
            return [];
        }
    }

    private async Task<SourceResult> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            return SourceResult.Fail(path, "not found");
        }
        try
        {
            // Size comes from the file system entry: a 50 MB file is rejected without reading it.
            var length = new FileInfo(path).Length;
            if (length == 0)
            {
                return SourceResult.Fail(path, "empty file");
            }
            if (length > _options.MaxFileBytes)
            {
                return SourceResult.Fail(path, TooLargeReason(length));
            }
            var content = await File.ReadAllBytesAsync(path, cancellationToken);
            if (content.Length == 0)
            {
                return SourceResult.Fail(path, "empty file");
            }
            return SourceResult.Ok(new SourceDocument(path, content, MediaTypeFor(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogUnreadable(e, path);
            return SourceResult.Fail(path, $"unreadable: {e.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot read {Path}")]
    private partial void LogUnreadable(Exception exception, string path);

    private string TooLargeReason(long length) => string.Create(
        CultureInfo.InvariantCulture,
        $"too large: {length / BytesPerMegabyte:0.0} MB, limit {_options.MaxFileBytes / BytesPerMegabyte:0.#} MB");

    internal static string MediaTypeFor(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => "text/html",
            _ => "text/plain",
        };
}
