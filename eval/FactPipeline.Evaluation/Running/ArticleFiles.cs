using FactPipeline.Core.Model;

namespace FactPipeline.Evaluation.Running;

/// <summary>The article files of a corpus folder (.txt, .html, .htm, at any depth), named relative to it with '/'.</summary>
public static class ArticleFiles
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];

    public static IReadOnlyList<string> Under(string directory) =>
        !Directory.Exists(directory)
            ? []
            : Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
                .Select(path => Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToArray();

    public static bool IsHtml(string file) =>
        file.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Each file as the pipeline reads it, with its relative name as the source.</summary>
    public static IEnumerable<SourceDocument> Documents(string directory) =>
        Under(directory).Select(file => new SourceDocument(
            file,
            File.ReadAllBytes(Path.Combine(directory, file)),
            IsHtml(file) ? "text/html" : "text/plain"));
}
