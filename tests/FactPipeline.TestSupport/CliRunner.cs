using System.Diagnostics;
using System.Globalization;
using FactPipeline.Cli;

namespace FactPipeline.TestSupport;

/// <summary>What one CLI run gave back: its exit code and everything it wrote to each stream.</summary>
public sealed record CliResult(int ExitCode, string Output, string Errors);

/// <summary>Runs the <c>factpipeline</c> command line the way a user does, in process or as a real process.</summary>
public static class CliRunner
{
    /// <summary>
    /// The same root command the program runs, in this process, with captured output. <paramref name="settings"/>
    /// are configuration keys ("Fetching:PolitenessDelay") standing in for <c>FACTPIPELINE_</c> environment
    /// variables, which a process shares between parallel tests.
    /// </summary>
    public static Task<CliResult> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?>? settings, string[] args, CancellationToken cancellationToken = default) =>
        RunAsync(workingDirectory, settings, args, stdin: null, cancellationToken);

    /// <param name="stdin">What the command reads from standard input (<c>users add --password-stdin</c>).</param>
    public static Task<CliResult> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?>? settings, string[] args, string? stdin, CancellationToken cancellationToken = default) =>
        RunAsync(workingDirectory, settings, args, stdin, time: null, cancellationToken);

    /// <param name="time">The clock the run reads (run and fetch times); null for the system clock.</param>
    public static async Task<CliResult> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?>? settings, string[] args, string? stdin, TimeProvider? time,
        CancellationToken cancellationToken = default)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var errors = new StringWriter(CultureInfo.InvariantCulture);
        using var input = new StringReader(stdin ?? "");
        var session = new CliSession(output, errors, workingDirectory) { Settings = settings ?? new Dictionary<string, string?>(), In = input, Time = time };
        var exitCode = await CliApp.InvokeAsync(args, session, cancellationToken);
        return new CliResult(exitCode, output.ToString(), errors.ToString());
    }

    /// <summary>The built program started with <c>dotnet</c>: for the one smoke test that the real process starts and exits.</summary>
    public static Task<CliResult> RunProcessAsync(string workingDirectory, string[] args, CancellationToken cancellationToken = default) =>
        StartAsync("dotnet", [CliProgram.DllPath, .. args], workingDirectory, null, cancellationToken);

    /// <summary>
    /// A published program (the Native AOT build) started as a user starts it; <paramref name="environment"/> adds
    /// variables such as <c>FACTPIPELINE_Llm__Endpoint</c>.
    /// </summary>
    public static Task<CliResult> RunExecutableAsync(
        string executable, string workingDirectory, string[] args, IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default, string? stdin = null) =>
        StartAsync(executable, args, workingDirectory, environment, cancellationToken, stdin);

    private static async Task<CliResult> StartAsync(
        string fileName, string[] args, string workingDirectory, IReadOnlyDictionary<string, string>? environment,
        CancellationToken cancellationToken, string? stdin = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // A test that gave up on the program (a timeout) must not leave it running: an "enqueue --wait" whose
            // database the test dropped would wait for it forever.
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new CliResult(process.ExitCode, await output, await errors);
    }
}
