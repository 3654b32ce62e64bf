using FactPipeline.Core.Model;
using FactPipeline.Core.Tests.TestSupport;
using Shouldly;

namespace FactPipeline.Core.Tests.Pipeline;

public sealed class PipelineRunnerTests : IDisposable
{
    private readonly PipelineHarness _harness = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Run_Samples_FindsTheKoreanBudgetDiscrepancy()
    {
        var result = await _harness.RunAsync(RepoPaths.Samples);

        var report = result.Report;
        report.Problems.ShouldBeEmpty();
        // The discrepancy (10 vs 10.1 trillion won) is one minor finding; claims that only agree with one side and
        // match it less surely may stand in a consistent finding of their own (no chaining, issue 9).
        var budget = report.Findings.Where(f => f.Concept == "budget" && f.Topic.Contains("KRW", StringComparison.Ordinal) && f.Severity != Severity.Consistent).ShouldHaveSingleItem();
        budget.Severity.ShouldBe(Severity.Minor);
        var amounts = budget.ClaimIds.Select(id => report.Claims.Single(c => c.Id == id).Value.Amount).Distinct().Order().ToArray();
        amounts.ShouldBe([10_000_000_000_000m, 10_100_000_000_000m]);
        report.Articles.Select(a => a.Language).Distinct().Order().ShouldBe(["en", "id", "ko"]);
    }

    [Fact]
    public async Task Run_Samples_WritesJsonAndBothMarkdownReports()
    {
        var result = await _harness.RunAsync(RepoPaths.Samples);

        result.Files.Select(Path.GetFileName).ShouldBe(
            ["report.json", "report.en.md", "report.ko.md", "digest.en.md", "digest.ko.md", "digest.en.html", "digest.ko.html"]);
        var korean = await File.ReadAllTextAsync(_harness.Temp.File("out/report.ko.md"), Ct);
        korean.ShouldContain("10조 1,000억 원");
        korean.ShouldContain("10조 원");
        var english = await File.ReadAllTextAsync(_harness.Temp.File("out/report.en.md"), Ct);
        english.ShouldContain("10.1 trillion won");
    }

    [Fact]
    public async Task Run_SameInputsTwice_AddsNothingAndGivesSameFindings()
    {
        var first = await _harness.RunAsync(RepoPaths.Samples);
        var countsAfterFirst = await _harness.Store.CountAsync(Ct);

        var second = await _harness.RunAsync(RepoPaths.Samples);
        var countsAfterSecond = await _harness.Store.CountAsync(Ct);

        countsAfterSecond.Articles.ShouldBe(countsAfterFirst.Articles);
        countsAfterSecond.Claims.ShouldBe(countsAfterFirst.Claims);
        countsAfterSecond.Findings.ShouldBe(countsAfterFirst.Findings);
        second.ReusedArticles.ShouldBe(first.Report.Articles.Count);
        second.Report.Findings.Select(f => (f.Id, f.Severity)).ShouldBe(first.Report.Findings.Select(f => (f.Id, f.Severity)));
    }

    [Fact]
    public async Task Run_SameTextInSeveralFilesOfOneRun_StoresItOnceAndReusesTheRest()
    {
        // The copies are read ahead together; the one stored first is what the others reuse, as in a one-by-one run.
        var folder = _harness.Temp.File("copies");
        Directory.CreateDirectory(folder);
        const string text = "Lorvana buys electric buses\n\nThe city of Lorvana will buy 120 electric buses for $45 million in 2026, its transport office said.";
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt", "d.txt", "e.txt" })
        {
            await File.WriteAllTextAsync(Path.Combine(folder, name), text, Ct);
        }

        var result = await _harness.RunAsync(folder);

        result.ReusedArticles.ShouldBe(4);
        result.Report.Articles.ShouldHaveSingleItem();
        (await _harness.Store.CountAsync(Ct)).Claims.ShouldBe(result.Report.Claims.Count);
        result.Report.Claims.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Run_BadInputsAmongGoodOnes_ReportsEachAndProcessesTheRest()
    {
        var empty = _harness.Temp.File("empty.txt");
        await File.WriteAllBytesAsync(empty, [], Ct);
        var binary = _harness.Temp.File("image.txt");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00, 0xFF, 0x00], Ct);
        var missing = _harness.Temp.File("missing.txt");

        var result = await _harness.RunAsync(RepoPaths.Samples, empty, binary, missing);

        result.Report.Problems.Select(p => p.Source).ShouldBe([binary, empty, missing], ignoreOrder: true);
        result.Report.Problems.ShouldAllBe(p => p.Reason.Length > 0);
        result.NothingProcessed.ShouldBeFalse();
        result.Report.Findings.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Run_OnlyBadInputs_ProcessesNothingAndKeepsStoredData()
    {
        await _harness.RunAsync(RepoPaths.Samples);
        var before = await _harness.Store.CountAsync(Ct);

        var result = await _harness.RunAsync(_harness.Temp.File("nope.txt"));

        result.NothingProcessed.ShouldBeTrue();
        var after = await _harness.Store.CountAsync(Ct);
        after.Articles.ShouldBe(before.Articles);
        after.Claims.ShouldBe(before.Claims);
        after.Findings.ShouldBe(before.Findings);
    }

    [Fact]
    public async Task Run_InterruptedAfterSomeArticles_ResumesWithoutDuplicates()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var seen = 0;
        var progress = new InlineProgress(p =>
        {
            if (p.Problem is null && ++seen == 2)
            {
                cancel.Cancel();
            }
        });
        var request = new FactPipeline.Core.Pipeline.RunRequest([RepoPaths.Samples], _harness.Temp.File("out"));
        await Should.ThrowAsync<OperationCanceledException>(() => _harness.Runner.RunAsync(request, progress, cancel.Token));

        var resumed = await _harness.RunAsync(RepoPaths.Samples);

        resumed.Resumed.ShouldBeTrue();
        resumed.ReusedArticles.ShouldBe(2);
        var fresh = new PipelineHarness();
        try
        {
            var clean = await fresh.RunAsync(RepoPaths.Samples);
            resumed.Report.Findings.Select(f => f.Id).ShouldBe(clean.Report.Findings.Select(f => f.Id));
            (await _harness.Store.CountAsync(Ct)).Claims.ShouldBe((await fresh.Store.CountAsync(Ct)).Claims);
        }
        finally
        {
            fresh.Dispose();
        }
    }

    [Fact]
    public async Task Run_ArticlesInUnsupportedLanguages_StoredWithTheirCodeButNoClaims_AndCountedAsSetAside()
    {
        var german = _harness.Temp.File("de.html");
        File.Copy(Fixtures.PathOf("Extraction/de-declared-en.html"), german);
        var spanish = _harness.Temp.File("es.txt");
        await File.WriteAllTextAsync(spanish, "Suben las tarifas del agua\n\nEl ayuntamiento subirá la tarifa del agua un 7 por ciento a partir del 1 de abril para unos 1.400 hogares.", Ct);

        var result = await _harness.RunAsync(RepoPaths.Samples, german, spanish);

        var report = result.Report;
        var setAside = report.Articles.Where(a => a.Language is "de" or "es").ToList();
        setAside.Select(a => a.Language).Order().ShouldBe(["de", "es"]);
        report.Claims.ShouldNotContain(c => setAside.Any(a => a.Id == c.ArticleId));
        report.Claims.ShouldNotBeEmpty();
        report.SetAside().ShouldBe([("de", 1), ("es", 1)]);
        report.DescribeSetAside().ShouldBe("de 1, es 1");
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(_harness.Temp.File("out/report.json"), Ct));
        var counts = json.RootElement.GetProperty("run").GetProperty("setAside");
        counts.GetProperty("de").GetInt32().ShouldBe(1);
        counts.GetProperty("es").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Run_OnlySupportedLanguages_SetsNothingAside()
    {
        var result = await _harness.RunAsync(RepoPaths.Samples);

        result.Report.SetAside().ShouldBeEmpty();
        result.Report.DescribeSetAside().ShouldBeNull();
    }

    private sealed class InlineProgress(Action<FactPipeline.Core.Pipeline.RunProgress> report) : IProgress<FactPipeline.Core.Pipeline.RunProgress>
    {
        public void Report(FactPipeline.Core.Pipeline.RunProgress value) => report(value);
    }
}
