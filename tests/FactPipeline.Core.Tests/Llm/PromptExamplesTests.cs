using System.Text.RegularExpressions;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Llm;

/// <summary>
/// The worked examples in prompts/ use invented facts (issue 9, acceptance 6): no figure of the seed articles or
/// the samples may appear in any prompt file. The figures are read from those articles at test time, so the check
/// follows the corpus instead of a list someone has to keep.
/// </summary>
public sealed partial class PromptExamplesTests
{
    private static string PromptsDirectory => Path.Combine(RepoPaths.Root, "prompts");

    /// <summary>
    /// A figure as articles write it: an optional currency sign, a number with its separators, an optional scale word
    /// (id, en, ko, vi, zh), then the word it counts or measures: "10 triliun won", "US$2,5 miliar", "12만 명".
    /// </summary>
    [GeneratedRegex(@"(?<figure>(?:US\$|Rp\.?\s?|\$|₩)?\d+(?:[.,]\d+)*(?:\s*(?:ribu|juta|miliar|triliun|thousand|million|billion|trillion|nghìn|triệu|tỷ|만|억|조|천|万|亿))?)\s*(?<word>[^\W\d_]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FigurePhrase();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"\p{L}$")]
    private static partial Regex EndsWithScaleOrSign();

    [Fact]
    public void Prompts_ContainNoFigureOfTheSeedArticles()
    {
        var seeds = RepoPaths.Seeds;
        if (seeds is null)
        {
            Assert.Skip("../shared/corpus/seeds is not present in this checkout");
        }
        AssertNoPromptContains(FiguresOf(seeds), "seed articles");
    }

    [Fact]
    public void Prompts_ContainNoFigureOfTheSamples() => AssertNoPromptContains(FiguresOf(RepoPaths.Samples), "samples");

    [Fact]
    public void Phrases_FigureWithScaleAndWord_YieldsThePhraseAndTheScaledNumberAlone()
    {
        var figures = Phrases("Anggarannya US$2,5 miliar tahun ini, naik dari 1.200 unit dan 12만 명.");

        figures.ShouldContain("us$2,5 miliar tahun");
        figures.ShouldContain("us$2,5 miliar");
        figures.ShouldContain("1.200 unit");
        figures.ShouldContain("12만 명");
    }

    private static void AssertNoPromptContains(IReadOnlySet<string> figures, string source)
    {
        figures.Count.ShouldBeGreaterThan(10, $"too few figures read from the {source} for this check to mean anything");
        var found = Directory.EnumerateFiles(PromptsDirectory, "*", SearchOption.AllDirectories)
            .SelectMany(file =>
            {
                var text = Normalize(File.ReadAllText(file));
                return figures.Where(f => text.Contains(f, StringComparison.Ordinal)).Select(f => $"{Path.GetRelativePath(PromptsDirectory, file)}: \"{f}\"");
            })
            .ToArray();
        found.ShouldBeEmpty($"prompt examples must be invented, not figures of the {source}");
    }

    private static HashSet<string> FiguresOf(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .SelectMany(f => Phrases(File.ReadAllText(f)))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Each figure with the word after it, and a number with a scale word or currency sign also alone ("us$2,5 miliar").</summary>
    private static IEnumerable<string> Phrases(string text)
    {
        foreach (Match m in FigurePhrase().Matches(text))
        {
            var figure = Normalize(m.Groups["figure"].Value);
            yield return Normalize(m.Value);
            if (EndsWithScaleOrSign().IsMatch(figure) || !char.IsDigit(figure[0]))
            {
                yield return figure;
            }
        }
    }

    private static string Normalize(string text) => Space().Replace(text, " ").ToLowerInvariant();
}
