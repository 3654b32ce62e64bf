using System.CommandLine;
#if !NATIVE_AOT
using FactPipeline.Core.Fetching.Web;
using FactPipeline.Core.Runs;
using FactPipeline.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
#endif

namespace FactPipeline.Cli;

/// <summary>
/// <c>enqueue [inputs…] [--db PATH] [--wait]</c>: queues a run for the workers and prints its id. With no inputs, the
/// configured Sources. <c>--wait</c> waits for the run to finish and prints its status.
/// </summary>
internal static class EnqueueCommand
{
    public static Command Create(CliSession session)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Article files, directories, URLs, feeds or sitemaps, as for run. None: the Sources list in appsettings.json.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: Storage:DatabasePath); ignored with Storage:Provider Postgres." };
        var wait = new Option<bool>("--wait") { Description = "Wait until a worker finished the run; exit 1 if it failed." };
        var command = new Command("enqueue", "Queue a run for the workers (serve or worker) and print its id.") { inputs, database, wait };
        command.SetAction(async (parse, cancellationToken) =>
        {
#if NATIVE_AOT
            await session.Error.WriteLineAsync(NativeBuild.NotIncluded("enqueue"));
            return 2;
#else
            return await CommandErrors.ReportAsync(session.Error, async () =>
            {
                using var host = AppHost.Build(CliOverrides.Database(parse.GetValue(database), session), session,
                    configure: (services, configuration) => services.AddFactPipelineJobs(configuration, JobsRole.Client));
                await host.StartAsync(cancellationToken);
                var given = CliInputs.Resolve(parse.GetValue(inputs) ?? [], session);
                IReadOnlyList<string> runInputs = given.Length > 0 ? given : host.Services.GetRequiredService<IOptions<SourcesOptions>>().Value.Urls;
                if (runInputs.Count == 0)
                {
                    await session.Error.WriteLineAsync($"error: no inputs given and no Sources configured in {AppHost.SettingsFile}.");
                    return 2;
                }
                var runId = await host.Services.GetRequiredService<RunJobs>().StartAsync(runInputs, RunTrigger.Enqueued, cancellationToken);
                await session.Out.WriteLineAsync(runId);
                if (!parse.GetValue(wait))
                {
                    return 0;
                }
                var status = await WaitAsync(host.Services.GetRequiredService<IRunLedger>(), host.Services.GetRequiredService<IRunHistoryStore>(), runId, session.Error, cancellationToken);
                await session.Out.WriteLineAsync($"run {runId}: {RunStatusNames.Of(status)}");
                return status == RunStatus.Completed ? 0 : 1;
            });
#endif
        });
        return command;
    }

#if !NATIVE_AOT
    /// <summary>Polls the ledger until the run completed or failed; a database away for a while is waited for, not fatal.</summary>
    private static async Task<RunStatus> WaitAsync(IRunLedger ledger, IRunHistoryStore history, string runId, TextWriter errors, CancellationToken cancellationToken)
    {
        var away = false;
        while (true)
        {
            try
            {
                // Done when the final step counted its completion (its report is written by then); failed when the
                // history says so. Its status reads "completed" a moment before the count: that is not the end yet.
                if (await ledger.CountFinalCompletionsAsync(runId, cancellationToken) > 0)
                {
                    return RunStatus.Completed;
                }
                if ((await history.FindAsync(runId, cancellationToken))?.Summary.Status == RunStatus.Failed)
                {
                    return RunStatus.Failed;
                }
                away = false;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or Core.Storage.StorageException && !cancellationToken.IsCancellationRequested)
            {
                if (!away)
                {
                    await errors.WriteLineAsync($"warning: the database is unreachable ({e.Message}); waiting for it");
                }
                away = true;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }
#endif
}
