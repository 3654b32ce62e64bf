using FactPipeline.Core.Fetching.Web;
using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Runs.Nightly;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactPipeline.Worker;

/// <summary>
/// The jobs a run is made of, as Hangfire calls them: each method is one job, its arguments stored with it. They only
/// carry calls to <see cref="FannedOutRun"/>, where the database decides what is done and what is pending, so any
/// worker on any machine may take any of them, and a job run twice does its work once.
/// </summary>
public sealed partial class RunJobs(
    FannedOutRun run,
    IRunLedger ledger,
    IRunHistoryStore history,
    NightlyReporter nightly,
    IOptions<ScheduleOptions> schedule,
    IBackgroundJobClient jobs,
    IOptions<SourcesOptions> sources,
    IOptions<JobsOptions> options,
    TimeProvider time,
    ILogger<RunJobs> logger)
{
    /// <summary>The recurring job's id in Hangfire (dashboard, <c>RecurringJob.TriggerJob</c>).</summary>
    public const string NightlyJobId = "nightly-run";

    /// <summary>The sweep's recurring job id: starts the final step of runs whose starter died.</summary>
    public const string SweepJobId = "finish-stalled-runs";

    /// <summary>
    /// The nightly run over the configured sources. One at a time across every machine: the check and the start hold
    /// Hangfire's distributed lock, and a nightly run still under way makes this night's a no-op.
    /// </summary>
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<string?> StartNightlyAsync(CancellationToken cancellationToken)
    {
        var inputs = sources.Value.Urls;
        if (inputs.Count == 0)
        {
            LogNoSources();
            return null;
        }
        if (await ledger.ListUnfinishedAsync(RunTrigger.Nightly, cancellationToken) is [var running, ..])
        {
            LogStillRunning(running);
            return null;
        }
        return await StartAsync(inputs, RunTrigger.Nightly, cancellationToken);
    }

    /// <summary>Starts a run and queues the expansion of each of its sources; the run's id.</summary>
    public async Task<string> StartAsync(IReadOnlyList<string> inputs, RunTrigger trigger, CancellationToken cancellationToken)
    {
        var started = await run.StartAsync(inputs, trigger, cancellationToken);
        foreach (var origin in started.Origins)
        {
            EnqueueExpand(started.RunId, origin);
        }
        return started.RunId;
    }

    [AutomaticRetry(Attempts = 4)]
    public async Task ExpandAsync(string runId, string origin, CancellationToken cancellationToken)
    {
        var expanded = await run.ExpandAsync(runId, origin, cancellationToken);
        foreach (var item in expanded.Pending)
        {
            EnqueueProcess(runId, item, origin);
        }
        if (expanded.Ready)
        {
            EnqueueFinish(runId);
        }
    }

    /// <summary>
    /// One article. A failure that is not the article's (the database away, the process stopping) is retried up to
    /// <see cref="JobsOptions.ItemAttempts"/> times; on the last attempt the item is recorded as failed with the reason
    /// and the run goes on without it, so one bad item never holds a run's final step back.
    /// </summary>
    [JobDisplayName("Process {1}")]
    [AutomaticRetry(Attempts = 20, DelaysInSeconds = [2, 5, 10, 20, 30, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60])]
    public async Task ProcessAsync(string runId, string item, string origin, PerformContext? context, CancellationToken cancellationToken)
    {
        bool ready;
        try
        {
            ready = await run.ProcessAsync(runId, item, origin, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && Attempt(context) >= options.Value.ItemAttempts)
        {
            LogGaveUp(e, item, Attempt(context));
            ready = await run.FailItemAsync(runId, item, origin, $"failed {Attempt(context)} times: {e.Message}", cancellationToken);
        }
        if (ready)
        {
            EnqueueFinish(runId);
        }
    }

    /// <summary>This attempt's number, from 1: Hangfire counts the retries before it.</summary>
    private static int Attempt(PerformContext? context) => (context?.GetJobParameter<int>("RetryCount") ?? 0) + 1;

    /// <summary>The final step, once per run (a claim in the database); retried while another worker holds it.</summary>
    [AutomaticRetry(Attempts = 10)]
    public async Task FinishAsync(string runId, CancellationToken cancellationToken)
    {
        var finished = await run.FinishAsync(runId, options.Value.FinalStepLease, cancellationToken, ReportNightlyAsync);
        if (finished is not null)
        {
            LogFinished(runId, finished.OutputDirectory);
        }
    }

    /// <summary>
    /// A nightly run's digest folder, dated by the night the run started on in the schedule's zone (a run started at
    /// 02:00 in Jakarta on the 3rd is the 3rd's, whatever the server's clock says), mailed when mail is on.
    /// </summary>
    private async Task ReportNightlyAsync(FinishedFannedOutRun finished, CancellationToken cancellationToken)
    {
        var detail = await history.FindAsync(finished.RunId, cancellationToken);
        if (detail?.Summary.Trigger != RunTrigger.Nightly)
        {
            return;
        }
        var night = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(finished.StartedAt, schedule.Value.Zone).DateTime);
        var previous = await history.FindPreviousCompletedAsync(finished.RunId, cancellationToken);
        var report = await nightly.ReportAsync(night, detail, previous, finished.OutputDirectory, cancellationToken);
        LogNightly(finished.RunId, report.Folder, report.Mail.Sent);
    }

    /// <summary>
    /// Runs every few minutes on any server. Starts the final step of runs that are ready but that nobody started (the
    /// worker that finished their last item died before queueing it, or the step failed), and queues again the pending
    /// work of runs that stopped moving (<see cref="JobsOptions.StalledAfter"/>): their jobs were lost.
    /// </summary>
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var runId in await ledger.ListReadyUnfinishedAsync(now - TimeSpan.FromMinutes(1), cancellationToken))
        {
            LogSweeping(runId);
            EnqueueFinish(runId);
        }
        var stalled = await ledger.ListStalledAsync(now - options.Value.StalledAfter, cancellationToken);
        foreach (var run in stalled.GroupBy(work => work.RunId))
        {
            LogRequeueing(run.Key, run.Count(), options.Value.StalledAfter);
            foreach (var work in run)
            {
                if (work.Item is { } item)
                {
                    EnqueueProcess(work.RunId, item, work.Origin);
                }
                else
                {
                    EnqueueExpand(work.RunId, work.Origin);
                }
            }
        }
    }

    private void EnqueueExpand(string runId, string origin) => jobs.Enqueue<RunJobs>(j => j.ExpandAsync(runId, origin, CancellationToken.None));

    private void EnqueueProcess(string runId, string item, string origin) =>
        jobs.Enqueue<RunJobs>(j => j.ProcessAsync(runId, item, origin, null, CancellationToken.None));

    internal void EnqueueFinish(string runId) => jobs.Enqueue<RunJobs>(j => j.FinishAsync(runId, CancellationToken.None));

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on {Item} after {Attempts} attempts; recorded as failed")]
    private partial void LogGaveUp(Exception exception, string item, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly run {RunId}: digest in {Folder} (mailed: {Mailed})")]
    private partial void LogNightly(string runId, string folder, bool mailed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nightly run: no Sources configured, nothing to do")]
    private partial void LogNoSources();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nightly run skipped: run {RunId} is still under way")]
    private partial void LogStillRunning(string runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} done; reports in {Directory}")]
    private partial void LogFinished(string runId, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} made no progress for {Idle}: queueing its {Count} pending sources and items again")]
    private partial void LogRequeueing(string runId, int count, TimeSpan idle);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} was ready but its final step never started: starting it")]
    private partial void LogSweeping(string runId);
}
