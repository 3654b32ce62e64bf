using System.CommandLine;
#if !NATIVE_AOT
using FactPipeline.Web;
using Microsoft.Extensions.Hosting;
#endif

namespace FactPipeline.Cli;

/// <summary>
/// <c>serve [--db PATH] [--urls http://127.0.0.1:5080]</c>: the review desk over the store <c>run</c> writes, with a job
/// server and the nightly schedule (<c>Schedule</c>), and the jobs dashboard at <c>/jobs</c> for admins.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliSession session)
    {
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: Storage:DatabasePath)." };
        var urls = new Option<string>("--urls")
        {
            Description = "Where the desk listens; loopback only unless given another address.",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var command = new Command("serve", "Start the review desk, a web app where editors settle the flagged findings.") { database, urls };
        command.SetAction(async (parse, cancellationToken) =>
        {
#if NATIVE_AOT
            await session.Error.WriteLineAsync(NativeBuild.NotIncluded("serve"));
            return 2;
#else
            return await CommandErrors.ReportAsync(session.Error, async () =>
            {
                var overrides = CliOverrides.Database(parse.GetValue(database), session);
                await using var app = DeskApp.Build(["--urls", parse.GetValue(urls)!, "--contentRoot", session.WorkingDirectory], overrides, withJobs: true);
                await app.StartAsync(cancellationToken);
                await session.Out.WriteLineAsync($"review desk: {string.Join(", ", app.Urls)}, jobs at {DeskApp.JobsPath} (Ctrl+C stops it)");
                await app.WaitForShutdownAsync(cancellationToken);
                return 0;
            });
#endif
        });
        return command;
    }
}
