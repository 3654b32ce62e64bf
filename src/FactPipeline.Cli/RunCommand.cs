using System.CommandLine;
using FactPipeline.Core.Fetching.Web;
using FactPipeline.Core.Model.Lexicon;
using FactPipeline.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactPipeline.Cli;

/// <summary><c>run [files, directories, URLs, feeds, sitemaps...] [--out DIR] [--db PATH] [--allow-private-network] [--show-possible] [--verbose] [--llm-endpoint URL --llm-model NAME [--llm-key-env VAR]]</c></summary>
internal static class RunCommand
{
    public static Command Create(CliSession session)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files (.txt, .html), directories holding them, article URLs, RSS/Atom feeds or sitemaps. None: the Sources list in appsettings.json.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string?>("--out") { Description = "Directory for report.json, report.en.md and report.ko.md (default: Report:OutputDirectory)." };
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: Storage:DatabasePath)." };
        var allowPrivate = CliInputs.AllowPrivateNetworkOption();
        var showPossible = new Option<bool>("--show-possible")
        {
            Description = "Also list possible matches (probably, not surely, the same fact) on the console, in the Markdown reports and in the digests, apart from the findings. report.json always lists them.",
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Log what the run does (Debug level) to stderr; without it only warnings and errors are logged.",
        };
        var llm = new LlmFlags();
        var command = new Command("run", "Extract claims from articles, cross-check them and write reports.")
        {
            inputs, output, database, allowPrivate, showPossible, verbose,
        };
        foreach (var option in llm.All)
        {
            command.Options.Add(option);
        }
        command.SetAction((parse, cancellationToken) =>
        {
            var overrides = new Dictionary<string, string?>();
            llm.AddOverrides(parse, overrides);
            if (parse.GetValue(showPossible))
            {
                overrides["Report:ShowPossible"] = "true";
            }
            var settings = new RunSettings(
                parse.GetValue(inputs) ?? [], parse.GetValue(output), parse.GetValue(database), parse.GetValue(allowPrivate), parse.GetValue(verbose));
            return RunAsync(session, settings, overrides, cancellationToken);
        });
        return command;
    }

    private sealed record RunSettings(string[] Inputs, string? Output, string? Database, bool AllowPrivate, bool Verbose);

    /// <summary>Exit codes: 0 done, 1 nothing processed, 2 settings or storage error (one line on the session's error writer).</summary>
    private static Task<int> RunAsync(CliSession session, RunSettings settings, Dictionary<string, string?> overrides, CancellationToken cancellationToken)
    {
        var (inputs, output, database, allowPrivate, verbose) = settings;
        var errors = session.Error;
        if (database is not null)
        {
            overrides["Storage:DatabasePath"] = database;
        }
        if (output is not null)
        {
            overrides["Report:OutputDirectory"] = output;
        }
        CliInputs.AllowPrivateNetwork(allowPrivate, overrides);
        return CommandErrors.ReportAsync(errors, async () =>
        {
            using var host = AppHost.Build(overrides, session, verbose);
            await host.StartAsync(cancellationToken); // runs ValidateOnStart: bad settings fail here, before any work
            var runner = host.Services.GetRequiredService<PipelineRunner>();
            var reportOptions = host.Services.GetRequiredService<IOptions<ReportOptions>>().Value;
            IReadOnlyList<string> runInputs = inputs.Length > 0 ? inputs : host.Services.GetRequiredService<IOptions<SourcesOptions>>().Value.Urls;
            if (runInputs.Count == 0)
            {
                await errors.WriteLineAsync($"error: no inputs given and no Sources configured in {AppHost.SettingsFile}.");
                return 2;
            }
            var console = new ConsoleReport(session.CreateAnsiConsole(), errors, host.Services.GetRequiredService<ConceptLexicon>(), reportOptions.ShowPossible);
            var request = new RunRequest(runInputs, reportOptions.OutputDirectory) { ShowPossible = reportOptions.ShowPossible };
            var result = await console.WithProgressAsync(progress => runner.RunAsync(request, progress, cancellationToken));
            console.PrintSummary(result);
            await host.StopAsync(cancellationToken);
            return result.NothingProcessed ? 1 : 0;
        });
    }
}
