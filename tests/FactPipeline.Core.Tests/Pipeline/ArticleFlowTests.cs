using System.Text;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>The articles' flow: prepared on every core and written in batches, it gives what one-by-one gives.</summary>
public sealed class ArticleFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_ParallelInSmallBatches_WritesReportsByteIdenticalToASequentialRun()
    {
        using var sequential = new PipelineHarness(settings: Flow(parallelism: 1, batchSize: 1));
        using var parallel = new PipelineHarness(settings: Flow(parallelism: 4, batchSize: 3));
        var inputs = await InputsAsync(sequential.Temp.File("in"));

        var one = await sequential.RunAsync(inputs);
        var many = await parallel.RunAsync(inputs);

        one.Report.Articles.Count.ShouldBeGreaterThan(10);
        one.Report.Problems.ShouldNotBeEmpty();
        one.Report.Findings.ShouldNotBeEmpty();
        many.ReusedArticles.ShouldBe(one.ReusedArticles);
        many.Report.Claims.Select(c => c.Id).ShouldBe(one.Report.Claims.Select(c => c.Id));
        many.Report.Findings.Select(f => f.Id).ShouldBe(one.Report.Findings.Select(f => f.Id));
        var names = one.Files.Select(Path.GetFileName).ToArray();
        names.ShouldContain("report.json");
        many.Files.Select(Path.GetFileName).ShouldBe(names);
        foreach (var (a, b) in one.Files.Zip(many.Files))
        {
            // The run's id is random by design (two runs in the same instant are two runs); everything else matches.
            var expected = (await File.ReadAllTextAsync(a, Ct)).Replace(one.Report.RunId, "RUN", StringComparison.Ordinal);
            var actual = (await File.ReadAllTextAsync(b, Ct)).Replace(many.Report.RunId, "RUN", StringComparison.Ordinal);
            Encoding.UTF8.GetBytes(actual).ShouldBe(Encoding.UTF8.GetBytes(expected), Path.GetFileName(a));
        }
    }

    [Fact]
    public async Task Run_ParallelRerun_ReusesEveryArticleAndStoresNothingNew()
    {
        using var harness = new PipelineHarness(settings: Flow(parallelism: 4, batchSize: 3));
        var inputs = await InputsAsync(harness.Temp.File("in"));
        var first = await harness.RunAsync(inputs);
        var counts = await harness.Store.CountAsync(Ct);

        var second = await harness.RunAsync(inputs);

        // The first run stored each article once and linked its copies; the second links every one.
        first.ReusedArticles.ShouldBeGreaterThanOrEqualTo(Duplicates);
        second.ReusedArticles.ShouldBe(first.Report.Articles.Count + first.ReusedArticles);
        (await harness.Store.CountAsync(Ct)).Claims.ShouldBe(counts.Claims);
        (await harness.Store.CountAsync(Ct)).Articles.ShouldBe(counts.Articles);
        second.Report.Findings.Select(f => f.Id).ShouldBe(first.Report.Findings.Select(f => f.Id));
    }

    /// <summary>Copies of one sample within a run: stored once, the others linked.</summary>
    private const int Duplicates = 2;

    /// <summary>
    /// The samples, the extraction fixtures (HTML in several languages, some set aside), copies of one sample under
    /// other names, and inputs that are problems (empty, missing).
    /// </summary>
    private static async Task<string[]> InputsAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var sample = Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(f => !f.EndsWith(".md", StringComparison.Ordinal));
        for (var k = 0; k < Duplicates; k++)
        {
            File.Copy(sample, Path.Combine(folder, $"copy{k}{Path.GetExtension(sample)}"));
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "empty.txt"), "", Ct);
        return [RepoPaths.Samples, Fixtures.PathOf("Extraction"), folder, Path.Combine(folder, "missing.txt")];
    }

    private static Dictionary<string, string?> Flow(int parallelism, int batchSize) => new()
    {
        ["Pipeline:Parallelism"] = parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Pipeline:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
