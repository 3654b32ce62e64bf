using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactPipeline.Worker;

/// <summary>
/// Registers the recurring jobs when a server starts: the sweep on every server, the nightly run on the scheduler
/// (<c>serve</c>). Registration is idempotent and lives in Hangfire's storage, so one definition serves every machine,
/// and Hangfire fires each occurrence once across all of them. A night missed while everything was down fires once
/// when a server comes back (<see cref="MisfireHandlingMode.Relaxed"/>), not once per missed night.
/// </summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager recurring, IOptions<ScheduleOptions> schedule, bool scheduler) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<RunJobs>(RunJobs.SweepJobId, JobsServiceCollectionExtensions.Queue,
            j => j.SweepAsync(CancellationToken.None), "*/5 * * * *");
        if (scheduler)
        {
            var options = schedule.Value;
            if (options.Enabled)
            {
                recurring.AddOrUpdate<RunJobs>(RunJobs.NightlyJobId, JobsServiceCollectionExtensions.Queue,
                    j => j.StartNightlyAsync(CancellationToken.None), options.Cron,
                    new RecurringJobOptions { TimeZone = options.Zone, MisfireHandling = MisfireHandlingMode.Relaxed });
            }
            else
            {
                recurring.RemoveIfExists(RunJobs.NightlyJobId);
            }
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
