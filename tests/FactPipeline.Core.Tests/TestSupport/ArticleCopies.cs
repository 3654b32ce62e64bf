using FactPipeline.Core.Review;

namespace FactPipeline.Core.Tests.TestSupport;

/// <summary>
/// Articles copied to a test's own folder and edited there as a newsroom's sources change between runs: the pipeline
/// re-run over the copy sees a figure moved, never the repository's fixtures.
/// </summary>
internal static class ArticleCopies
{
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The figure with its last digit moved by three: the same fact, a different number.</summary>
    public static string Nudged(string value)
    {
        var last = value.LastIndexOfAny("0123456789".ToCharArray());
        return value[..last] + (char)('0' + ((value[last] - '0' + 3) % 10)) + value[(last + 1)..];
    }

    /// <summary>Writes <paramref name="value"/> over the figure where it stands in its source file.</summary>
    public static void ReplaceInSource(TrackedFigure figure, string value)
    {
        var text = File.ReadAllText(figure.Source);
        var sentence = text.IndexOf(figure.Quote, StringComparison.Ordinal);
        sentence.ShouldBeGreaterThanOrEqualTo(0, "the sentence is in the file as stored");
        var at = sentence + figure.ValueOffset;
        File.WriteAllText(figure.Source, text[..at] + value + text[(at + figure.ValueText.Length)..]);
    }
}
