using System.CommandLine;
using FactPipeline.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace FactPipeline.Cli;

/// <summary><c>run &lt;files or directories...&gt; [--out DIR] [--db PATH]</c></summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files (.txt, .html) or directories holding them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out") { Description = "Directory for report.json, report.en.md and report.ko.md (default: Report:OutputDirectory)." };
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: Storage:DatabasePath)." };
        var command = new Command("run", "Extract claims from articles, cross-check them and write reports.") { inputs, output, database };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(inputs) ?? [], parse.GetValue(output), parse.GetValue(database), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, string? output, string? database, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (database is not null)
        {
            overrides["Storage:DatabasePath"] = database;
        }
        if (output is not null)
        {
            overrides["Report:OutputDirectory"] = output;
        }
        try
        {
            using var host = AppHost.Build(overrides);
            await host.StartAsync(cancellationToken); // runs ValidateOnStart: bad settings fail here, before any work
            var runner = host.Services.GetRequiredService<PipelineRunner>();
            var outDir = host.Services.GetRequiredService<IOptions<ReportOptions>>().Value.OutputDirectory;
            var console = new ConsoleReport(AnsiConsole.Console, Console.Error);
            var result = await console.WithProgressAsync(progress =>
                runner.RunAsync(new RunRequest(inputs, outDir), progress, cancellationToken));
            console.PrintSummary(result);
            await host.StopAsync(cancellationToken);
            return result.NothingProcessed ? 1 : 0;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync($"error: invalid settings: {string.Join("; ", e.Failures)}");
            return 2;
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }
}
