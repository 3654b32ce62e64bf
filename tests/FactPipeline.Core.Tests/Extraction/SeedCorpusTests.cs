using FactPipeline.Core.Tests.TestSupport;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Model;

namespace FactPipeline.Core.Tests.Extraction;

/// <summary>Runs the extractor over the shared seed corpus when it is checked out next to the repository.</summary>
public sealed class SeedCorpusTests
{
    private static readonly string[] BoilerplateMarkers = ["Baca Juga", "Leave a Reply", "Komentar (0)", "No more pages", "No data", "konten yang terkait"];

    public static TheoryData<string, string?> ExpectedDates => new()
    {
        { "000_", "2026-01-05" },
        { "001_", null },
        { "002_", null },
        { "003_", "2026-01-08" },
        { "004_", "2025-11-16" },
    };

    [Theory]
    [MemberData(nameof(ExpectedDates))]
    public void Extract_Seed_ReadsIndonesianArticleWithPublishDate(string prefix, string? expectedDate)
    {
        var article = ExtractSeed(prefix);

        article.Language.ShouldBe("id");
        article.PublishedAt.ShouldBe(expectedDate is null ? null : DateOnly.Parse(expectedDate, System.Globalization.CultureInfo.InvariantCulture));
        article.Title.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(ExpectedDates))]
    public void Extract_Seed_LeavesNoBoilerplateOrDuplicateCaptions(string prefix, string? expectedDate)
    {
        _ = expectedDate;
        var article = ExtractSeed(prefix);

        foreach (var paragraph in article.Paragraphs)
        {
            foreach (var marker in BoilerplateMarkers)
            {
                paragraph.Text.ShouldNotContain(marker, Case.Sensitive);
            }
        }
        var texts = article.Paragraphs.Select(p => p.Text).ToList();
        texts.Distinct(StringComparer.Ordinal).Count().ShouldBe(texts.Count);
        article.Paragraphs.Count.ShouldBeGreaterThan(3);
    }

    [Fact]
    public void Extract_SeedWithDoubledPhotoCaptions_DropsEveryCopy()
    {
        var text = ExtractSeed("000_").Text;

        text.ShouldNotContain("Foto di atas menunjukkan HBM GPU");
        text.ShouldNotContain("berjabat tangan dengan CEO NVIDIA");
    }

    private static Article ExtractSeed(string prefix)
    {
        var directory = RepoPaths.Seeds;
        if (directory is null)
        {
            Assert.Skip("shared/corpus/seeds not found above the test output directory");
        }
        var path = Directory.GetFiles(directory, prefix + "*.txt").Single();
        var result = new ArticleExtractor().Extract(new SourceDocument(path, File.ReadAllBytes(path), "text/plain"));
        result.Problem.ShouldBeNull();
        var article = result.Article!;
        return article;
    }
}
