using FactPipeline.Core.Model;

namespace FactPipeline.Core.Runs;

/// <summary>Where a run stands. Wire names (<see cref="RunStatusNames"/>) are what the CLI's JSON and the store hold.</summary>
public enum RunStatus
{
    /// <summary>Reading articles (in one process, or as jobs on the workers).</summary>
    Running,
    /// <summary>Every article is done; the final step (cross-check, findings, diffs, digests) is under way.</summary>
    Finishing,
    Completed,
    Failed,
}

/// <summary>What started a run.</summary>
public enum RunTrigger
{
    /// <summary><c>factpipeline run</c>, in one process.</summary>
    Manual,
    /// <summary><c>factpipeline enqueue</c>: fanned out to the workers.</summary>
    Enqueued,
    /// <summary>The nightly schedule: fanned out to the workers, one at a time.</summary>
    Nightly,
}

/// <summary>What became of one item (an article URL or file) of a run.</summary>
public enum RunItemOutcome
{
    /// <summary>Read: fetched (HTTP 200) or a local file read, and stored or linked.</summary>
    Read,
    /// <summary>Unchanged since it was last read (HTTP 304, or a local file with the same bytes): its stored article linked.</summary>
    Unchanged,
    /// <summary>Failed for good, with a reason.</summary>
    Failed,
}

public static class RunStatusNames
{
    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Running => "running",
        RunStatus.Finishing => "finishing",
        RunStatus.Completed => "completed",
        _ => "failed",
    };

    public static RunStatus Parse(string name) => name switch
    {
        "running" => RunStatus.Running,
        "finishing" => RunStatus.Finishing,
        "completed" => RunStatus.Completed,
        "failed" => RunStatus.Failed,
        _ => throw new FormatException($"unknown run status '{name}'"),
    };

    public static string Of(RunTrigger trigger) => trigger.ToString().ToLowerInvariant();

    public static RunTrigger ParseTrigger(string name) => Enum.Parse<RunTrigger>(name, ignoreCase: true);

    public static string Of(RunItemOutcome outcome) => outcome.ToString().ToLowerInvariant();

    public static RunItemOutcome ParseOutcome(string name) => Enum.Parse<RunItemOutcome>(name, ignoreCase: true);
}

/// <summary>One item of a run as it finished: which input (feed, sitemap, folder, page) it came from, and who did it.</summary>
/// <param name="Item">The article URL or file path.</param>
/// <param name="Origin">The input the item came from (the item itself for a page or file given directly).</param>
/// <param name="Worker">The process that did it (<c>host:pid</c>), for the processing log.</param>
public sealed record RunItem(string Item, string Origin, RunItemOutcome Outcome, string? Reason, string? ArticleId, string Worker, DateTimeOffset FinishedAt);

/// <summary>A run's totals, written when it finishes.</summary>
public sealed record RunTotals(int Articles, int Claims, int Findings, int LlmCalls, long LlmTokens, decimal LlmCostUsd);

/// <summary>One line of <c>runs list</c>: the run and its totals (zero until it finishes).</summary>
public sealed record RunSummary(
    string Id,
    RunTrigger Trigger,
    RunStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    RunTotals Totals,
    int Items,
    int Failed,
    RunDiffCounts Diff,
    string? Error);

/// <summary>Per input (feed, sitemap, folder, page): the items it listed, and what became of them.</summary>
public sealed record RunSourceStats(string Origin, int Found, int Fetched, int Unchanged, int Failed, IReadOnlyList<InputProblem> Failures);

/// <summary><c>runs show</c>: a run, its inputs, its sources and what changed since the run before.</summary>
public sealed record RunDetail(RunSummary Summary, IReadOnlyList<string> Inputs, IReadOnlyList<RunSourceStats> Sources, RunDiff Diff);
