using System.Globalization;
using FactPipeline.Core.Model;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Summaries;
using Spectre.Console;

namespace FactPipeline.Cli;

/// <summary>What the run prints: progress while it works, then the findings table and where the reports are.</summary>
/// <param name="showPossible">
/// Also print the possible matches (probably, not surely, the same fact) in a table of their own; otherwise the
/// summary line only says how many are hidden.
/// </param>
internal sealed class ConsoleReport(IAnsiConsole console, TextWriter errors, ConceptLexicon lexicon, bool showPossible = false)
{
    private const int ProgressEvery = 100;

    public async Task<RunResult> WithProgressAsync(Func<IProgress<RunProgress>, Task<RunResult>> work)
    {
        // Problems go to stderr as one line each, naming the input; progress goes to the status line.
        if (!console.Profile.Capabilities.Interactive)
        {
            return await work(new SyncProgress(p =>
            {
                if (p.Problem is { } problem)
                {
                    errors.WriteLine($"skipped {problem}");
                }
                else if (p.Processed % ProgressEvery == 0)
                {
                    console.MarkupLine($"[grey]{p.Processed} articles processed[/]");
                }
            }));
        }
        return await console.Status().StartAsync("Reading articles...", async context =>
            await work(new SyncProgress(p =>
            {
                if (p.Problem is { } problem)
                {
                    errors.WriteLine($"skipped {problem}");
                }
                context.Status($"{p.Processed} articles processed — {Markup.Escape(p.Source)}");
            })));
    }

    public void PrintSummary(RunResult result)
    {
        var report = result.Report;
        var claims = report.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var articles = report.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        // Conflicts, minor and corrections only: corroborations are in the reports, and possible matches are no verdict.
        var table = FindingsTable(report.Findings.Where(f => f.Severity is Severity.Conflict or Severity.Minor or Severity.Correction), claims, articles);
        var possible = report.Count(Severity.Possible);
        console.MarkupLine(
            $"[bold]{report.Articles.Count}[/] articles, [bold]{report.Claims.Count}[/] claims, " +
            $"[red]{report.Count(Severity.Conflict)} conflicts[/], [yellow]{report.Count(Severity.Minor)} minor[/], " +
            $"[green]{report.Count(Severity.Consistent)} consistent[/]" +
            (report.Count(Severity.Correction) is > 0 and var corrections ? $", [magenta]{corrections} silent corrections[/]" : "") +
            (PossibleMatches.Note(possible, showPossible, "en") is { } note ? $"; [grey]{Markup.Escape(note)}[/]" : "") +
            (result.Resumed ? " [grey](resumed an unfinished run)[/]" : "") +
            (result.ReusedArticles > 0 ? $" [grey]({result.ReusedArticles} articles already stored, not re-extracted)[/]" : ""));
        if (result.Elapsed > TimeSpan.Zero)
        {
            // The run alone (process start and settings before it excluded): what a bigger batch will scale with.
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[grey]run took {result.Elapsed.TotalSeconds:F2} s ({report.Articles.Count / result.Elapsed.TotalSeconds:F0} articles/s)[/]"));
        }
        if (report.DescribeSetAside() is { } setAside)
        {
            console.MarkupLine($"[grey]set aside (language not supported): {Markup.Escape(setAside)}[/]");
        }
        if (table.Rows.Count > 0)
        {
            console.Write(table);
        }
        if (showPossible && possible > 0)
        {
            console.MarkupLine($"[bold]{Markup.Escape(PossibleMatches.Heading("en"))}[/]");
            console.Write(FindingsTable(PossibleMatches.Possible(report.Findings), claims, articles));
        }
        if (report.Llm is { } llm)
        {
            console.MarkupLine(llm.Unavailable
                ? $"[yellow]LLM unavailable[/] ({Markup.Escape(string.Join(", ", llm.Usage.UnavailableReasons.Keys))}): findings come from the offline checks alone"
                : $"[grey]{Markup.Escape(llm.Describe())}[/]");
            // The unavailable line stands in for Describe(), which carries the summary counts: a model that failed
            // for claims may still have written summaries, and the digest shows them, so say how many.
            if (llm.Unavailable && llm.Summaries is { } summaries && summaries.Kept + summaries.KeptAfterRegeneration + summaries.Replaced > 0)
            {
                console.MarkupLine($"[grey]{Markup.Escape(summaries.Describe())}[/]");
            }
        }
        if (report.Problems.Count > 0)
        {
            // Each was already printed to stderr as it happened, one line naming the input.
            console.MarkupLine($"[yellow]{report.Problems.Count} inputs not processed[/] (listed above and in report.json)");
        }
        foreach (var file in result.Files)
        {
            console.MarkupLine($"[grey]wrote[/] {Markup.Escape(file)}");
        }
    }

    private Table FindingsTable(IEnumerable<Finding> findings, Dictionary<string, Claim> claims, Dictionary<string, Article> articles)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Severity").AddColumn("Topic").AddColumn("Figures (source)").AddColumn(new TableColumn("Diff").RightAligned());
        foreach (var finding in findings)
        {
            var members = finding.ClaimIds.Select(id => claims[id]).ToArray();
            var figures = string.Join("\n", members.Select(c =>
                $"{ClaimFigure.Format(c, "en", lexicon)}  ({Path.GetFileName(CorrectionSection.ArticleOf(finding, c, members, articles)?.Source ?? "?")})"));
            table.AddRow(
                new Markup(finding.Severity switch
                {
                    Severity.Conflict => "[red bold]conflict[/]",
                    Severity.Minor => "[yellow]minor[/]",
                    Severity.Possible => "[grey]possible[/]",
                    Severity.Correction => "[magenta bold]correction[/]",
                    _ => "[green]consistent[/]",
                }),
                new Text(finding.Topic),
                new Text(figures),
                new Text(FindingExplainer.FormatPercent(finding.DifferencePercent)));
        }
        return table;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; reports must print in order, so call back inline.</summary>
    private sealed class SyncProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
