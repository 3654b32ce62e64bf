using System.CommandLine;
#if !NATIVE_AOT
using FactPipeline.Core.Runs;
using FactPipeline.Worker;
using Microsoft.Extensions.Hosting;
#endif

namespace FactPipeline.Cli;

/// <summary>
/// <c>worker [--db PATH]</c>: a job server only, taking the jobs of queued and nightly runs from the job storage the
/// settings name. Many may run, on many machines, over one PostgreSQL (<c>Storage:Provider</c> Postgres).
/// </summary>
internal static class WorkerCommand
{
    public static Command Create(CliSession session)
    {
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: Storage:DatabasePath); ignored with Storage:Provider Postgres." };
        var verbose = new Option<bool>("--verbose") { Description = "Log every job at Information (stderr)." };
        var command = new Command("worker", "Run queued jobs (articles of nightly and enqueued runs) until stopped; start several, on several machines, to scale out.") { database, verbose };
        command.SetAction(async (parse, cancellationToken) =>
        {
#if NATIVE_AOT
            await session.Error.WriteLineAsync(NativeBuild.NotIncluded("worker"));
            return 2;
#else
            return await CommandErrors.ReportAsync(session.Error, async () =>
            {
                using var host = AppHost.Build(CliOverrides.Database(parse.GetValue(database), session), session, parse.GetValue(verbose),
                    (services, configuration) => services.AddFactPipelineJobs(configuration, JobsRole.Worker));
                await host.StartAsync(cancellationToken);
                await session.Out.WriteLineAsync($"worker {RunWorker.Name}: taking jobs (Ctrl+C stops it)");
                await host.WaitForShutdownAsync(cancellationToken);
                return 0;
            });
#endif
        });
        return command;
    }
}
