using FactPipeline.Core.Common;
using Microsoft.Extensions.Logging;

namespace FactPipeline.Core.Pipeline;

/// <summary>A step of a run in its own trace span, its time logged at Debug.</summary>
internal static partial class StepTrace
{
    public static T Run<T>(string step, Func<T> work, TimeProvider time, ILogger logger)
    {
        using var activity = PipelineTelemetry.StartStep(step);
        var started = time.GetTimestamp();
        var result = work();
        LogStep(logger, step, time.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    public static async Task<T> RunAsync<T>(string step, Func<Task<T>> work, TimeProvider time, ILogger logger)
    {
        using var activity = PipelineTelemetry.StartStep(step);
        var started = time.GetTimestamp();
        var result = await work();
        LogStep(logger, step, time.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Step {Step} took {Milliseconds:F0} ms")]
    private static partial void LogStep(ILogger logger, string step, double milliseconds);
}
