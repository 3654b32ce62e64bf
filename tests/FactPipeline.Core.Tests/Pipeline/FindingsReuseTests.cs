using System.Text;
using FactPipeline.Core.CrossCheck;
using FactPipeline.Core.Extraction;
using FactPipeline.Core.Model;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Tests.Pipeline;

/// <summary>
/// A rerun over unchanged local files reads none of them again and loads the findings of the earlier cross-check;
/// whatever changes, it computes again, and its reports are always those a fresh run writes.
/// </summary>
public sealed class FindingsReuseTests : IDisposable
{
    private readonly Counting _counts = new();
    private readonly PipelineHarness _harness;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public FindingsReuseTests()
    {
        _harness = new PipelineHarness(configure: _counts.Register);
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Run_SameInputsAgain_ReadsNoFileChecksNothingAndWritesIdenticalReports()
    {
        var inputs = CopyOfSamples(_harness);
        var first = await _harness.RunAsync(inputs);
        var firstFiles = await ReadFilesAsync(first);
        (_counts.Extractions, _counts.Checks).ShouldBe((first.Report.Articles.Count, 1));

        var second = await _harness.RunAsync(inputs);

        (_counts.Extractions, _counts.Checks).ShouldBe((first.Report.Articles.Count, 1));
        second.ReusedArticles.ShouldBe(first.Report.Articles.Count);
        second.Report.Findings.ShouldNotBeEmpty();
        (await ReadFilesAsync(second)).ShouldBe(firstFiles);
    }

    [Fact]
    public async Task Run_OneInputChanged_ReadsOnlyItChecksAgainAndWritesWhatAFreshRunWrites()
    {
        var inputs = CopyOfSamples(_harness);
        var first = await _harness.RunAsync(inputs);
        // One figure of one article changed: its last digit, far from its title.
        var changed = Directory.EnumerateFiles(inputs, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var text = await File.ReadAllTextAsync(changed, Ct);
        var at = text.LastIndexOfAny("0123456789".ToCharArray());
        await File.WriteAllTextAsync(changed, string.Concat(text.AsSpan(0, at), text[at] == '7' ? "3" : "7", text.AsSpan(at + 1)), Ct);

        var second = await _harness.RunAsync(inputs);

        (_counts.Extractions, _counts.Checks).ShouldBe((first.Report.Articles.Count + 1, 2));
        second.ReusedArticles.ShouldBe(first.Report.Articles.Count - 1);
        using var fresh = new PipelineHarness();
        var clean = await fresh.RunAsync(inputs);
        (await ReadFilesAsync(second)).ShouldBe(await ReadFilesAsync(clean));
    }

    [Fact]
    public async Task Run_ArticlesStoredByOtherRules_ReadsEveryFileAgain()
    {
        var inputs = CopyOfSamples(_harness);
        var first = await _harness.RunAsync(inputs);
        var firstFiles = await ReadFilesAsync(first);
        await using (var connection = new SqliteConnection($"Data Source={_harness.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE articles SET extractor_version = 'rules-1:000000000000'";
            await command.ExecuteNonQueryAsync(Ct);
        }

        var second = await _harness.RunAsync(inputs);

        second.ReusedArticles.ShouldBe(0);
        _counts.Extractions.ShouldBe(2 * first.Report.Articles.Count);
        (await ReadFilesAsync(second)).ShouldBe(firstFiles);
    }

    [Fact]
    public async Task Run_InterruptedAfterSomeArticles_ResumesReadingOnlyTheRestAndWritesWhatAFreshRunWrites()
    {
        var inputs = CopyOfSamples(_harness);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var written = 0;
        var progress = new InlineProgress(p =>
        {
            if (p.Problem is null && ++written == 3)
            {
                cancel.Cancel();
            }
        });
        await Should.ThrowAsync<OperationCanceledException>(
            () => _harness.Runner.RunAsync(new RunRequest([inputs], _harness.Temp.File("out")), progress, cancel.Token));
        var readBefore = _counts.Extractions;

        var resumed = await _harness.RunAsync(inputs);

        resumed.Resumed.ShouldBeTrue();
        resumed.ReusedArticles.ShouldBe(3);
        (_counts.Extractions - readBefore).ShouldBe(resumed.Report.Articles.Count - 3);
        using var fresh = new PipelineHarness();
        (await ReadFilesAsync(resumed)).ShouldBe(await ReadFilesAsync(await fresh.RunAsync(inputs)));
    }

    /// <summary>The samples copied into the harness's folder, so a test may change them.</summary>
    private static string CopyOfSamples(PipelineHarness harness)
    {
        var folder = harness.Temp.File("inputs");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)))
        {
            var copy = Path.Combine(folder, Path.GetRelativePath(RepoPaths.Samples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return folder;
    }

    /// <summary>The run's report files by name, the run's id (random by design) replaced.</summary>
    private static async Task<Dictionary<string, string>> ReadFilesAsync(RunResult result)
    {
        result.Files.ShouldNotBeEmpty();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in result.Files)
        {
            var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file, Ct));
            files[Path.GetFileName(file)] = text.Replace(result.Report.RunId, "RUN", StringComparison.Ordinal);
        }
        return files;
    }

    /// <summary>Counts the documents extracted and the cross-checks made, around the real stages.</summary>
    private sealed class Counting
    {
        private int _extractions;
        private int _checks;

        public int Extractions => _extractions;

        public int Checks => _checks;

        public void Register(IServiceCollection services)
        {
            services.AddSingleton<IArticleExtractor>(provider =>
                new CountingExtractor(ActivatorUtilities.CreateInstance<ArticleExtractor>(provider), () => Interlocked.Increment(ref _extractions)));
            services.AddSingleton<ICrossChecker>(provider =>
                new CountingCrossChecker(ActivatorUtilities.CreateInstance<CrossChecker>(provider), () => Interlocked.Increment(ref _checks)));
        }
    }

    private sealed class CountingExtractor(IArticleExtractor inner, Action counted) : IArticleExtractor
    {
        public ExtractionResult Extract(SourceDocument document)
        {
            counted();
            return inner.Extract(document);
        }
    }

    private sealed class CountingCrossChecker(ICrossChecker inner, Action counted) : ICrossChecker
    {
        public IReadOnlyList<Finding> Check(IReadOnlyList<Claim> claims, IReadOnlyList<StoryProfile>? stories)
        {
            counted();
            return inner.Check(claims, stories);
        }
    }

    private sealed class InlineProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
