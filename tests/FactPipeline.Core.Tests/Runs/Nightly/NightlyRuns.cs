using FactPipeline.Core.Model;
using FactPipeline.Core.Review;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Runs.Nightly;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Runs.Nightly;

/// <summary>Hand-made runs and run digests for the nightly tests: what the run history and the report step would give.</summary>
internal static class NightlyRuns
{
    public const string DeskUrl = "https://desk.example/";

    public static readonly DateOnly Night = new(2026, 12, 2);

    /// <summary>A topic an article could carry: markup that must reach the reader as text.</summary>
    public const string HostileTopic = "Budget <script>alert('x')</script> & [link](javascript:x)";

    public static RunDiffEntry Entry(string id, string topic, string severity, params FigureChange[] changes) =>
        new(id, topic, severity, ReviewStatus.Open, changes, ["kompas.com", "yna.co.kr"]);

    /// <summary>Two new, one resolved, one changed, one reopened, one correction.</summary>
    public static RunDiff FullDiff { get; } = new(
        New: [Entry("f-new-1", "State budget 2027", "conflict"), Entry("f-new-2", "Rice imports", "minor")],
        Resolved: [Entry("f-resolved", "Fuel subsidy", "minor", new FigureChange("https://kompas.com/a", "5.1 trillion rupiah", null))],
        Changed: [Entry("f-changed", "Export growth", "conflict", new FigureChange("https://www.kompas.com/b", "10.2 trillion won", "10.4 trillion won"))],
        Reopened: [Entry("f-reopened", "Inflation rate", "minor", new FigureChange("https://yna.co.kr/c", null, "3.1%"))],
        Corrections: [Entry("f-correction", "Jobless total", "correction", new FigureChange("https://kompas.com/d", "1,200", "1,300"))]);

    public static RunSummary Summary(string id, RunStatus status = RunStatus.Completed, string? error = null) => new(
        id, RunTrigger.Nightly, status,
        new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 2, 1, 40, 0, TimeSpan.Zero),
        new RunTotals(Articles: 120, Claims: 860, Findings: 14, LlmCalls: 0, LlmTokens: 0, LlmCostUsd: 0m),
        Items: 125, Failed: 5, RunDiffCounts.Zero, error);

    public static RunSummary Previous { get; } = Summary("run-41") with
    {
        StartedAt = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero),
        FinishedAt = new DateTimeOffset(2026, 12, 1, 1, 35, 0, TimeSpan.Zero),
    };

    public static RunDetail Run(RunDiff diff, params RunSourceStats[] sources) =>
        new(Summary("run-42"), ["https://kompas.com/feed.xml"], sources, diff);

    public static RunSourceStats FailedFeed { get; } = new(
        "https://kompas.com/feed.xml", Found: 10, Fetched: 5, Unchanged: 0, Failed: 5,
        [.. Enumerable.Range(1, 5).Select(i => new InputProblem($"https://kompas.com/p{i}", "HTTP 503 after 4 attempts"))]);

    public static RunSourceStats HealthyFeed { get; } = new("https://yna.co.kr/rss", 8, 8, 0, 0, []);

    /// <summary>The four digests a run's report step leaves, small but shaped as DigestMarkdown and DigestHtml write them.</summary>
    public static string WriteRunDigests(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "digest.en.md"), "# FactPipeline digest\n\nRUN-DIGEST-EN-MD\n");
        File.WriteAllText(Path.Combine(directory, "digest.ko.md"), "# FactPipeline 요약\n\nRUN-DIGEST-KO-MD 한국어 본문\n");
        File.WriteAllText(Path.Combine(directory, "digest.en.html"), Page("en", "FactPipeline digest", "RUN-DIGEST-EN-HTML"));
        File.WriteAllText(Path.Combine(directory, "digest.ko.html"), Page("ko", "FactPipeline 요약", "RUN-DIGEST-KO-HTML 한국어 본문"));
        return directory;
    }

    private static string Page(string language, string title, string text) =>
        $"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>\nbody{{color:#222;}}\n</style>\n</head>\n<body>\n<h1>{title}</h1>\n<p>{text}</p>\n</body>\n</html>\n";

    public static NightlyDigestWriter Writer(string nightlyDirectory) =>
        new(Options.Create(new NightlyReportOptions { NightlyDirectory = nightlyDirectory }));
}
