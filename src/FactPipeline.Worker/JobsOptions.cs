using System.ComponentModel.DataAnnotations;
using FactPipeline.Core.Common.Options;

namespace FactPipeline.Worker;

/// <summary>The job engine (<c>Jobs</c> in appsettings.json): how many jobs a process runs at once, and how soon a dead worker's jobs go to another.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Jobs one process runs at once. Articles are mostly waiting on the network, so more than the cores.</summary>
    [Range(1, 256)]
    public int WorkerCount { get; set; } = 4;

    /// <summary>
    /// With the SQLite provider, Hangfire's own database file; empty: beside the fact store, <c>name.jobs.db</c>. Hangfire
    /// writes often, and a file of its own keeps those writes from waiting on the facts' (and the other way round).
    /// </summary>
    public string? SqlitePath { get; set; }

    /// <summary>How long a job of a worker that stopped answering stays invisible before another worker takes it.</summary>
    [TimeSpanRange("00:00:05", "1.00:00:00")]
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How old a lock in Hangfire's PostgreSQL tables must be before it counts as abandoned. A worker that loses the
    /// database while it holds one (a job's state lock, mid state change) cannot delete it, and the job it guards waits
    /// until it expires: Hangfire.PostgreSql's default of 10 minutes held a run that long after a database restart.
    /// Every lock Hangfire and these jobs take is held for seconds at most, so a minute is ample.
    /// </summary>
    [TimeSpanRange("00:00:10", "01:00:00")]
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often an idle worker looks for queued jobs.</summary>
    [TimeSpanRange("00:00:00.100", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a worker holds a run's final step before another may take it over (it is presumed dead).</summary>
    [TimeSpanRange("00:00:05", "1.00:00:00")]
    public TimeSpan FinalStepLease { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a run may go without an item finishing before the sweep queues its pending sources and items again
    /// (their jobs were lost). Items queued twice are done once, so the cost of too short a value is wasted jobs.
    /// </summary>
    [TimeSpanRange("00:05:00", "7.00:00:00")]
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Attempts of an article's job before its item is recorded as failed for good.</summary>
    [Range(1, 20)]
    public int ItemAttempts { get; set; } = 4;
}
