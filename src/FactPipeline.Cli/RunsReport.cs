using System.Globalization;
using FactPipeline.Core.Review;
using FactPipeline.Core.Runs;
using Spectre.Console;

namespace FactPipeline.Cli;

/// <summary>What <c>runs list</c> and <c>runs show</c> print as text. Everything a run read or a source said is escaped.</summary>
internal static class RunsReport
{
    public static void List(IAnsiConsole console, IReadOnlyList<RunSummary> runs)
    {
        if (runs.Count == 0)
        {
            console.MarkupLine("[grey]no runs yet[/]");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Run").AddColumn("Trigger").AddColumn("Status").AddColumn("Started").AddColumn("Finished").AddColumn(Right("Duration"))
            .AddColumn(Right("Articles")).AddColumn(Right("Failed")).AddColumn(Right("New")).AddColumn(Right("Resolved"))
            .AddColumn(Right("Changed")).AddColumn(Right("Reopened")).AddColumn(Right("Corrections"));
        foreach (var run in runs)
        {
            table.AddRow(
                new Text(run.Id), new Text(RunStatusNames.Of(run.Trigger)), Status(run.Status), new Text(Time(run.StartedAt)),
                new Text(run.FinishedAt is { } finished ? Time(finished) : "—"), new Text(Duration(run)),
                Number(run.Totals.Articles), Number(run.Failed), Number(run.Diff.New), Number(run.Diff.Resolved),
                Number(run.Diff.Changed), Number(run.Diff.Reopened), Number(run.Diff.Corrections));
        }
        console.Write(table);
    }

    public static void Show(IAnsiConsole console, RunDetail detail)
    {
        var run = detail.Summary;
        console.MarkupLine($"[bold]run {run.Id}[/] · {RunStatusNames.Of(run.Trigger)} · {StatusMarkup(run.Status)}");
        console.MarkupLine($"started {Time(run.StartedAt)}, finished {(run.FinishedAt is { } finished ? Time(finished) : "—")} ({Duration(run)})");
        console.MarkupLine(Invariant($"{run.Totals.Articles} articles, {run.Totals.Claims} claims, {run.Totals.Findings} findings; {run.Items} items, {run.Failed} failed"));
        console.MarkupLine(Invariant($"LLM: {run.Totals.LlmCalls} calls, {run.Totals.LlmTokens:N0} tokens, ${run.Totals.LlmCostUsd:0.####}"));
        if (run.Error is { } error)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(error)}");
        }
        console.MarkupLine("[bold]inputs[/]");
        foreach (var input in detail.Inputs)
        {
            console.MarkupLine($"  {Markup.Escape(input)}");
        }
        if (detail.Sources.Count > 0)
        {
            var sources = new Table().Border(TableBorder.Rounded)
                .AddColumn("Source").AddColumn(Right("Found")).AddColumn(Right("Fetched")).AddColumn(Right("Unchanged")).AddColumn(Right("Failed"))
                .AddColumn("Failure reasons");
            foreach (var source in detail.Sources)
            {
                sources.AddRow(
                    new Text(source.Origin), Number(source.Found), Number(source.Fetched), Number(source.Unchanged), Number(source.Failed),
                    new Text(string.Join("\n", source.Failures.Select(f => $"{f.Source}: {f.Reason}"))));
            }
            console.Write(sources);
        }
        var counts = detail.Diff.Counts;
        console.MarkupLine(Invariant(
            $"[bold]changes[/]: {counts.New} new, {counts.Resolved} resolved, {counts.Changed} changed, {counts.Reopened} reopened, {counts.Corrections} corrections"));
        Entries(console, "New", detail.Diff.New);
        Entries(console, "Resolved", detail.Diff.Resolved);
        Entries(console, "Changed", detail.Diff.Changed);
        Entries(console, "Reopened", detail.Diff.Reopened);
        Entries(console, "Corrections", detail.Diff.Corrections);
    }

    private static void Entries(IAnsiConsole console, string heading, IReadOnlyList<RunDiffEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }
        console.MarkupLine(Invariant($"[bold]{heading}[/] ({entries.Count})"));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Finding").AddColumn("Topic").AddColumn("Severity").AddColumn("Status").AddColumn("Figures");
        foreach (var entry in entries)
        {
            table.AddRow(
                new Text(entry.FindingId), new Text(entry.Topic), new Text(entry.Severity), new Text(entry.Status.Name()),
                new Text(string.Join("\n", entry.Changes.Select(Describe))));
        }
        console.Write(table);
    }

    /// <summary>"beta.example: was 10,1 triliun won, now 12 triliun won"; "none" where the source gave no figure.</summary>
    public static string Describe(FigureChange change) => $"{change.Outlet}: was {change.Before ?? "none"}, now {change.After ?? "none"}";

    /// <summary>"4m 05s": a run takes seconds to hours; "—" while it runs.</summary>
    public static string Duration(RunSummary run)
    {
        if (run.FinishedAt is not { } finished)
        {
            return "—";
        }
        var span = finished - run.StartedAt;
        return span.TotalHours >= 1 ? Invariant($"{(int)span.TotalHours}h {span.Minutes:00}m")
            : span.TotalMinutes >= 1 ? Invariant($"{span.Minutes}m {span.Seconds:00}s")
            : Invariant($"{span.TotalSeconds:0.#}s");
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static TableColumn Right(string header) => new TableColumn(header).RightAligned();

    private static Text Number(long value) => new(value.ToString("N0", CultureInfo.InvariantCulture));

    private static Markup Status(RunStatus status) => new(StatusMarkup(status));

    private static string StatusMarkup(RunStatus status) => status switch
    {
        RunStatus.Completed => "[green]completed[/]",
        RunStatus.Failed => "[red]failed[/]",
        _ => $"[yellow]{RunStatusNames.Of(status)}[/]",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
