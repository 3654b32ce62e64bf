using FactPipeline.Core.Common.Options;
using FactPipeline.Core.Fetching.Web;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Storage.Postgres;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactPipeline.Worker;

public static class JobsServiceCollectionExtensions
{
    /// <summary>The queue every run's jobs go to.</summary>
    public const string Queue = "default";

    /// <summary>
    /// Hangfire over the configured storage, the run's jobs (<see cref="RunJobs"/>), and for <see cref="JobsRole.Worker"/>
    /// and <see cref="JobsRole.Scheduler"/> a job server; the scheduler also keeps the nightly run's schedule. The
    /// pipeline's own services (<c>AddFactPipeline</c>) are the host's to add.
    /// </summary>
    public static IServiceCollection AddFactPipelineJobs(this IServiceCollection services, IConfiguration configuration, JobsRole role)
    {
        services.AddValidatedOptions<JobsOptions>(configuration, JobsOptions.SectionName);
        services.AddValidatedOptions<ScheduleOptions>(configuration, ScheduleOptions.SectionName);
        services.AddSingleton(provider => JobStorageFactory.Create(
            configuration, provider.GetRequiredService<IOptions<StorageOptions>>().Value, provider.GetRequiredService<IOptions<JobsOptions>>().Value));
        services.AddTransient<RunJobs>();
        // Many workers, one politeness gap per host: kept in the database they share.
        if (StorageOptions.ProviderIn(configuration) == StorageProvider.Postgres)
        {
            services.AddSingleton<IHostSlotStore, PostgresHostSlotStore>();
        }
        else
        {
            services.AddSingleton<IHostSlotStore, SqliteHostSlotStore>();
        }
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        if (role == JobsRole.Client)
        {
            return services;
        }
        services.AddHangfireServer((provider, server) =>
        {
            var jobs = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
            server.WorkerCount = jobs.WorkerCount;
            server.ServerName = RunWorker.Name;
            server.Queues = [Queue];
            server.SchedulePollingInterval = jobs.PollInterval;
            server.ServerCheckInterval = TimeSpan.FromSeconds(30);
            server.ShutdownTimeout = TimeSpan.FromSeconds(15);
        });
        services.AddHostedService(provider => new RecurringJobsRegistration(
            provider.GetRequiredService<IRecurringJobManager>(), provider.GetRequiredService<IOptions<ScheduleOptions>>(), role == JobsRole.Scheduler));
        return services;
    }
}
