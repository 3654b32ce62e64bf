using System.CommandLine;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactPipeline.Cli;

/// <summary>
/// <c>runs list [--limit N] [--json] [--db PATH]</c> and <c>runs show ID [--json] [--db PATH]</c>: the run history the
/// pipeline records, as text (Spectre.Console, <see cref="RunsReport"/>) or JSON (<see cref="RunsJson"/>, docs/RUNS.md).
/// </summary>
internal static class RunsCommand
{
    public const int DefaultLimit = 20;

    public static Command Create(CliSession session)
    {
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: Storage:DatabasePath).", Recursive = true };
        var json = new Option<bool>("--json") { Description = "Print JSON (field names in docs/RUNS.md) instead of tables.", Recursive = true };
        var runs = new Command("runs", "The run history: what each run read, what failed and what it changed in the findings.") { database, json };

        var limit = new Option<int>("--limit") { Description = $"How many runs, newest first (default {DefaultLimit}).", DefaultValueFactory = _ => DefaultLimit };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--limit must be at least 1");
            }
        });
        var list = new Command("list", "List the runs, newest first.") { limit };
        list.SetAction((parse, ct) => WithHistoryAsync(session, parse.GetValue(database), async history =>
        {
            var summaries = await history.ListAsync(parse.GetValue(limit), ct);
            if (parse.GetValue(json))
            {
                await session.Out.WriteLineAsync(RunsJson.List(summaries));
            }
            else
            {
                RunsReport.List(Console(session), summaries);
            }
            return 0;
        }, ct));

        var id = new Argument<string>("id") { Description = "The run's id, or a prefix of it that names one run." };
        var show = new Command("show", "Show a run: its inputs, its sources, its LLM use and what it changed in the findings.") { id };
        show.SetAction((parse, ct) => WithHistoryAsync(session, parse.GetValue(database), async history =>
        {
            var (detail, problem) = await FindAsync(history, parse.GetValue(id)!.Trim(), ct);
            if (detail is null)
            {
                await session.Error.WriteLineAsync($"error: {problem}");
                return 1;
            }
            if (parse.GetValue(json))
            {
                await session.Out.WriteLineAsync(RunsJson.Show(detail));
            }
            else
            {
                RunsReport.Show(Console(session), detail);
            }
            return 0;
        }, ct));

        runs.Subcommands.Add(list);
        runs.Subcommands.Add(show);
        return runs;
    }

    /// <summary>
    /// The run with this id, else the one run whose id starts with it (as git names commits). Through the interface,
    /// so any store answers the same: the prefix is matched against the listed ids, a few hundred a year.
    /// </summary>
    internal static async Task<(RunDetail? Detail, string Problem)> FindAsync(IRunHistoryStore history, string id, CancellationToken cancellationToken)
    {
        if (id.Length == 0)
        {
            return (null, "no run id given");
        }
        if (await history.FindAsync(id, cancellationToken) is { } exact)
        {
            return (exact, "");
        }
        var matches = (await history.ListAsync(int.MaxValue, cancellationToken))
            .Where(r => r.Id.StartsWith(id, StringComparison.OrdinalIgnoreCase)).Select(r => r.Id).ToArray();
        return matches switch
        {
            [] => (null, $"no run '{id}' (runs list shows the runs)"),
            [var only] => (await history.FindAsync(only, cancellationToken), $"run {only} is gone"),
            _ => (null, $"run id '{id}' is ambiguous: {matches.Length} runs start with it ({string.Join(", ", matches.Take(5))}{(matches.Length > 5 ? ", ..." : "")})"),
        };
    }

    private static Spectre.Console.IAnsiConsole Console(CliSession session)
    {
        var console = session.CreateAnsiConsole();
        // Piped or captured output has no terminal to fit: a table of a dozen columns is not squeezed into 80.
        if (!console.Profile.Capabilities.Interactive)
        {
            console.Profile.Width = Math.Max(console.Profile.Width, 200);
        }
        return console;
    }

    /// <summary>
    /// Exit codes: 0 printed, 1 no such run (one line on stderr), 2 no database there, or a settings or storage error.
    /// Reading never creates a database: a mistyped --db is an error, not a new empty file.
    /// </summary>
    private static async Task<int> WithHistoryAsync(CliSession session, string? database, Func<IRunHistoryStore, Task<int>> act, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (database is not null)
        {
            overrides["Storage:DatabasePath"] = Path.GetFullPath(database, session.WorkingDirectory);
        }
        return await CommandErrors.ReportAsync(session.Error, async () =>
        {
            using var host = AppHost.Build(overrides, session);
            await host.StartAsync(cancellationToken);
            var storage = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
            var path = storage.DatabasePath;
            if (storage.Provider == StorageProvider.Sqlite && !File.Exists(path))
            {
                await session.Error.WriteLineAsync($"error: no database at {Path.GetFullPath(path, session.WorkingDirectory)}");
                return 2;
            }
            // An older database is migrated first, as run and serve do, so its runs table has what the history reads.
            await host.Services.GetRequiredService<IFactStore>().InitializeAsync(cancellationToken);
            var history = host.Services.GetRequiredService<IRunHistoryStore>();
            await history.InitializeAsync(cancellationToken);
            var exitCode = await act(history);
            await host.StopAsync(cancellationToken);
            return exitCode;
        });
    }
}
