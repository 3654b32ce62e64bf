using FactPipeline.Core.Tests.TestSupport;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Shouldly;

namespace FactPipeline.Core.Tests.Quantities;

/// <summary>
/// Runs the recognizer over the Duckling and Recognizers-Text suites in ../shared/benchmarks/numbers and fails when a
/// file's pass rate drops below docs/number-benchmark-ratchet.json. It never writes to docs/: the rate table goes to the
/// test output and to number-benchmark-report.md next to the test binaries; scripts/update-number-docs.sh copies it into
/// docs/NUMBERS.md on request.
/// </summary>
public sealed class NumberBenchmarkTests(ITestOutputHelper output)
{
    [Fact]
    public void Benchmarks_PassRates_DoNotDropBelowRatchet()
    {
        var numbers = RepoPaths.FindShared("benchmarks/numbers");
        if (numbers is null)
        {
            Assert.Skip("shared/benchmarks/numbers not found next to the repository");
        }

        var scores = new List<BenchmarkScore>();
        var duckling = Path.Combine(numbers, "duckling");
        foreach (var name in NumberBenchmark.DucklingFiles)
        {
            if (File.Exists(Path.Combine(duckling, name + ".jsonl")))
            {
                scores.Add(NumberBenchmark.ScoreDuckling(duckling, name));
            }
        }

        var recognizers = Path.Combine(numbers, "recognizers");
        foreach (var (path, language, currency) in NumberBenchmark.RecognizersFiles)
        {
            if (File.Exists(Path.Combine(recognizers, "Specs", path)))
            {
                scores.Add(NumberBenchmark.ScoreRecognizers(recognizers, path, language, currency));
            }
        }

        scores.ShouldNotBeEmpty();
        var report = Report(scores);
        output.WriteLine(report);
        foreach (var score in scores)
        {
            foreach (var failure in score.Failures)
            {
                output.WriteLine($"FAIL {score.File}: {failure}");
            }
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "number-benchmark-report.md"), report);
        File.WriteAllLines(
            Path.Combine(AppContext.BaseDirectory, "number-benchmark-failures.txt"),
            scores.SelectMany(s => s.Failures.Select(f => $"{s.File}: {f}")));

        var ratchet = ReadRatchet();
        var regressions = scores
            .Where(s => ratchet.TryGetValue(s.File, out var minimum) && s.Rate + 1e-9 < minimum)
            .Select(s => $"{s.File}: {s.Rate:P1} < ratchet {ratchet[s.File]:P0}")
            .ToList();
        regressions.ShouldBeEmpty();
        ratchet.Keys.ShouldBeSubsetOf(scores.Select(s => s.File));
    }

    private static string Report(IEnumerable<BenchmarkScore> scores)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| file | passed | total | skipped | rate |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var s in scores)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {s.File} | {s.Passed} | {s.Total} | {s.Skipped} | {s.Rate:0.000} |");
        }

        return sb.ToString();
    }

    private static Dictionary<string, double> ReadRatchet()
    {
        var root = RepositoryRoot();
        var path = Path.Combine(root, "docs", "number-benchmark-ratchet.json");
        File.Exists(path).ShouldBeTrue($"ratchet file missing: {path}");
        return JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path))!;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactPipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FactPipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
