using System.Diagnostics;
using System.Globalization;
using FactPipeline.Core.Pipeline;

namespace FactPipeline.Bench;

/// <summary>
/// One <see cref="PipelineRunner.RunAsync"/> with what it cost the process: wall and CPU time (CPU says what a run costs
/// when other processes share the cores), managed allocation, GC pauses and collections, JIT work, and the run's steps.
/// </summary>
internal sealed record TimedRun(
    RunResult Result, TimeSpan Elapsed, TimeSpan Cpu, long Allocated, TimeSpan GcPauses,
    (int Gen0, int Gen1, int Gen2) Collections, TimeSpan Jit, long JitMethods, string Steps)
{
    /// <summary>Articles in the run's report: rates count what was processed, not what was asked for.</summary>
    public int Processed => Result.Report.Articles.Count;

    public static async Task<TimedRun> MeasureAsync(PipelineRunner runner, RunRequest request)
    {
        using var steps = new StepTimes();
        var allocated = GC.GetTotalAllocatedBytes();
        var (cpu, pauses) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration());
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var (jit, jitMethods) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
        var watch = Stopwatch.StartNew();
        var result = await runner.RunAsync(request);
        watch.Stop();
        return new TimedRun(
            result, watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes() - allocated,
            GC.GetTotalPauseDuration() - pauses,
            (GC.CollectionCount(0) - collections.Item1, GC.CollectionCount(1) - collections.Item2, GC.CollectionCount(2) - collections.Item3),
            System.Runtime.JitInfo.GetCompilationTime() - jit, System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods,
            steps.ToString());
    }

    /// <summary>"GC pauses 0.20 s, collections 17/5/4 (gen 0/1/2); JIT 1.05 s for 7944 methods".</summary>
    public string GcAndJit => string.Create(CultureInfo.InvariantCulture,
        $"GC pauses {GcPauses.TotalSeconds:F2} s, collections {Collections.Gen0}/{Collections.Gen1}/{Collections.Gen2} (gen 0/1/2); "
        + $"JIT {Jit.TotalSeconds:F2} s for {JitMethods} methods");
}
