using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FactPipeline.Core.Common;

namespace FactPipeline.Bench;

/// <summary>Wall time of each pipeline step, from the run's own telemetry activities: where a run's time goes.</summary>
internal sealed class StepTimes : IDisposable
{
    private readonly ConcurrentQueue<(string Step, TimeSpan Duration)> _steps = new();
    private readonly ActivityListener _listener;

    public StepTimes()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PipelineTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.OperationName.StartsWith(PipelineTelemetry.StepActivityPrefix, StringComparison.Ordinal))
                {
                    _steps.Enqueue((activity.OperationName[PipelineTelemetry.StepActivityPrefix.Length..], activity.Duration));
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public override string ToString() =>
        string.Join(", ", _steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Step} {s.Duration.TotalSeconds:F2} s")));

    public void Dispose() => _listener.Dispose();
}
