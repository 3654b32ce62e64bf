using FactPipeline.Core.Extraction;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Tests;

/// <summary>Locates fixture files copied to the test output and runs them through the extractor.</summary>
internal static class Fixtures
{
    public static string PathOf(string relative) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The non-empty, non-comment lines of a case file, one theory row each (each case reported on its own).</summary>
    public static TheoryData<string> CaseLines(string relative)
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(PathOf(relative)))
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                data.Add(line);
            }
        }
        return data;
    }

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static SourceDocument Document(string relative, string? declaredCharset = null)
    {
        var mediaType = relative.EndsWith(".html", StringComparison.Ordinal) ? "text/html" : "text/plain";
        return new SourceDocument(relative, Bytes(relative), mediaType, declaredCharset);
    }

    public static Article Extract(string relative)
    {
        var result = new ArticleExtractor().Extract(Document(relative));
        result.Problem.ShouldBeNull();
        return result.Article!;
    }
}
