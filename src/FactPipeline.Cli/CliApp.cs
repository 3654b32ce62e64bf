using System.CommandLine;

namespace FactPipeline.Cli;

/// <summary>The command line: the root command and its invocation, for the program and for in-process tests.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot(CliSession session) => new("FactPipeline: cross-checks the figures news articles report.")
    {
        RunCommand.Create(session),
        UsersCommand.Create(session),
        ServeCommand.Create(session),
        ExportCommand.Create(session),
        ExtractCommand.Create(session),
        WorkerCommand.Create(session),
        EnqueueCommand.Create(session),
        RunsCommand.Create(session),
    };

    public static Task<int> InvokeAsync(string[] args, CliSession session, CancellationToken cancellationToken = default) =>
        CreateRoot(session).Parse(args).InvokeAsync(new InvocationConfiguration { Output = session.Out, Error = session.Error }, cancellationToken);
}
