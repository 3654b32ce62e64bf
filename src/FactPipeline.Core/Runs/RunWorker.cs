namespace FactPipeline.Core.Runs;

/// <summary>Who does a run's work, as the processing log names it: the machine and the process.</summary>
public static class RunWorker
{
    public static string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";
}
