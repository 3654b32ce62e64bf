using System.Diagnostics;
using System.Globalization;

namespace FactPipeline.Bench;

/// <summary>
/// <c>--cli PATH [RUNS]</c> of the <c>html</c> and <c>pipeline</c> benches: the inputs through the real command,
/// <c>PATH run INPUTS --db NEW --out DIR</c>, a new process and database each time (a user's cold run, e.g. the
/// ReadyToRun build the README publishes). The figure is the command's own "run took" line: the run without the process
/// start and host building before it; the whole process's wall and CPU time follow it.
/// </summary>
internal static class CliRuns
{
    /// <summary>PATH and RUNS after <c>--cli</c> in the bench's arguments: the command's full path (null without <c>--cli</c>) and the runs asked for (3 by default).</summary>
    public static (string? Cli, int Runs) Arguments(string[] args)
    {
        var after = args.SkipWhile(a => a != "--cli").Skip(1).ToArray();
        var runs = after.Skip(1).Select(a => int.TryParse(a, CultureInfo.InvariantCulture, out var n) ? n : 0).FirstOrDefault();
        return (after.FirstOrDefault() is { } cli ? Path.GetFullPath(cli) : null, runs > 0 ? runs : 3);
    }

    public static async Task<int> RunAsync(string cli, string inputs, string work, int runs)
    {
        for (var i = 1; i <= runs; i++)
        {
            var start = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "run", inputs, "--db", Path.Combine(work, $"cli-{i}.db"), "--out", Path.Combine(work, $"cli-out-{i}") })
            {
                start.ArgumentList.Add(argument);
            }
            var childCpu = ChildrenCpu();
            var wall = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            wall.Stop();
            var took = output.Split('\n').FirstOrDefault(line => line.StartsWith("run took", StringComparison.Ordinal));
            if (process.ExitCode != 0 || took is null)
            {
                Console.Error.WriteLine($"run {i} failed (exit code {process.ExitCode}): {errors}");
                return 1;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {i}: {took.Trim()}; process {wall.Elapsed.TotalSeconds:F2} s wall, CPU {(ChildrenCpu() - childCpu).TotalSeconds:F2} s"));
        }
        return 0;
    }

    /// <summary>CPU time of the exited child processes (getrusage RUSAGE_CHILDREN): a child's own counter is gone once it exits.</summary>
    private static TimeSpan ChildrenCpu()
    {
        var usage = new RUsage();
        return GetRUsage(-1, ref usage) == 0
            ? TimeSpan.FromMicroseconds((usage.UserSeconds + usage.SystemSeconds) * 1e6 + usage.UserMicroseconds + usage.SystemMicroseconds)
            : TimeSpan.Zero;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, ref RUsage usage);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        // The rest of struct rusage: fourteen longs this bench does not read.
        public long R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13;
    }

}
