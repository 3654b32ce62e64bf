using FactPipeline.Cli;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Tests.TestSupport;
using Spectre.Console;

namespace FactPipeline.Core.Tests.Cli;

public sealed class ConsoleReportTests
{
    private const string Heading = "Possible matches (not checked: the sources may be about different things)";

    /// <summary>What <see cref="ConsoleReport.PrintSummary"/> prints for the run, without colours, on a wide console.</summary>
    private static string Print(int possible, bool showPossible, TimeSpan elapsed = default)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 240;
        new ConsoleReport(console, TextWriter.Null, CoreData.Lexicon, showPossible)
            .PrintSummary(new RunResult(PossibleFindingReports.Make(possible), Resumed: false, ReusedArticles: 0, Files: []) { Elapsed = elapsed });
        return output.ToString();
    }

    [Fact]
    public void PrintSummary_RunTime_SaysHowLongAndHowManyArticlesPerSecond()
    {
        Print(possible: 0, showPossible: false, TimeSpan.FromMilliseconds(500)).ShouldContain("run took 0.50 s (4 articles/s)");
    }

    [Fact]
    public void PrintSummary_NoRunTime_SaysNothingAboutTime()
    {
        Print(possible: 0, showPossible: false).ShouldNotContain("run took");
    }

    [Fact]
    public void PrintSummary_PossibleHidden_TableOnlyHasTheConflictAndLineSaysHowMany()
    {
        var printed = Print(possible: 1, showPossible: false);

        printed.ShouldContain("2 articles, 4 claims, 1 conflicts, 0 minor, 0 consistent; 1 possible match hidden; --show-possible lists it");
        printed.ShouldContain("conflict");
        printed.ShouldContain("Rp 1.5 trillion");
        printed.ShouldNotContain(Heading);
        printed.ShouldNotContain("5,200");
        printed.ShouldNotContain("│ possible");
    }

    [Fact]
    public void PrintSummary_ShowPossible_PrintsThemUnderTheirOwnHeadingAfterTheFindings()
    {
        var printed = Print(possible: 1, showPossible: true);

        printed.ShouldContain("1 conflicts, 0 minor, 0 consistent; 1 possible match listed apart");
        var heading = printed.IndexOf(Heading, StringComparison.Ordinal);
        heading.ShouldBeGreaterThan(printed.IndexOf("Rp 1.5 trillion", StringComparison.Ordinal));
        var possible = printed[heading..];
        possible.ShouldContain("possible");
        possible.ShouldContain(PossibleFindingReports.PossibleFigureEn);
        possible.ShouldContain("4,800 employees");
        possible.ShouldNotContain("conflict");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PrintSummary_NoPossibleMatches_NothingSaysPossible(bool showPossible)
    {
        var printed = Print(possible: 0, showPossible);

        printed.ShouldContain("1 conflicts, 0 minor, 0 consistent");
        printed.ShouldNotContain("possible", Case.Insensitive);
    }
}
