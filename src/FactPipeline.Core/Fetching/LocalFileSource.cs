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
                    yield return SourceResult.Fail(input, listingProblem) with { Origin = input };
                    continue;
                }
                if (files.Count == 0)
                {
                    yield return SourceResult.Fail(input, $"no {string.Join("/", _options.EffectiveExtensions)} files in directory") with { Origin = input };
                    continue;
                }
                foreach (var file in files)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return ReadFile(file) with { Origin = input };
                }
            }
            else
            {
                yield return ReadFile(input) with { Origin = input };
            }
        }
    }

    /// <summary>A folder's files in the order <see cref="ReadAsync"/> reads them; a file is its own item.</summary>
    public SourceExpansion Expand(string input)
    {
        if (!Directory.Exists(input))
        {
            return SourceExpansion.Of(input);
        }
        var files = ExpandDirectory(input, out var listingProblem);
        return listingProblem is not null ? SourceExpansion.Failed(input, listingProblem)
            : files.Count == 0 ? SourceExpansion.Failed(input, $"no {string.Join("/", _options.EffectiveExtensions)} files in directory")
            : new SourceExpansion(files, []);
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

    /// <summary>
    /// One open, one size from the open handle and synchronous reads: a local file is in the page cache or on a local
    /// disk, and the caller reads on its own thread. The async read, two stat calls and a thread-pool hop per file
    /// cost more than reading the tens of thousands of small files of a run.
    /// </summary>
    private SourceResult ReadFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return SourceResult.Fail(path, "not found");
        }
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // Size comes from the open file: a 50 MB file is rejected without reading it.
            var length = RandomAccess.GetLength(handle);
            if (length == 0)
            {
                return SourceResult.Fail(path, "empty file");
            }
            if (length > _options.MaxFileBytes || length > Array.MaxLength)
            {
                return SourceResult.Fail(path, TooLargeReason(length));
            }
            var content = new byte[length];
            var read = 0;
            while (read < content.Length && RandomAccess.Read(handle, content.AsSpan(read), read) is var count and > 0)
            {
                read += count;
            }
            if (read == 0)
            {
                return SourceResult.Fail(path, "empty file");
            }
            // A file that shrank while being read is taken as it was read.
            return SourceResult.Ok(new SourceDocument(path, read == content.Length ? content : content[..read], MediaTypeFor(path)));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return SourceResult.Fail(path, "not found");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Directory.Exists(path))
            {
                return SourceResult.Fail(path, "not found");
            }
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
