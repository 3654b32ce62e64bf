using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Tests.TestSupport;
using FactPipeline.Worker;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactPipeline.Core.Tests.Worker;

/// <summary>
/// The nightly schedule as <c>serve</c> keeps it: Hangfire's recurring job, in the configured zone, over the configured
/// sources on a loopback site. Real time: a cron set a minute ahead, so a test waits up to two minutes.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NightlyScheduleTests : IAsyncLifetime
{
    private const string Zone = "Asia/Jakarta";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private SyntheticNewsSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await SyntheticNewsSite.StartAsync(12, seed: 3);

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _temp.Dispose();
    }

    private IHost Scheduler(string cron) => Host(cron, JobsRole.Scheduler);

    private IHost Host(string cron, JobsRole role)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = _temp.File("facts.db"),
            ["Schedule:Cron"] = cron,
            ["Schedule:TimeZone"] = Zone,
            ["Sources:0:Name"] = "Synthetic News",
            ["Sources:0:Url"] = _site.SitemapUrl,
            ["Fetching:AllowPrivateNetwork"] = "true",
            ["Fetching:PolitenessDelay"] = "00:00:00",
            ["Jobs:PollInterval"] = "00:00:01",
            ["Report:OutputDirectory"] = _temp.File("out"),
            ["Reports:NightlyDirectory"] = _temp.File("nightly"),
            ["Llm:PromptsDirectory"] = Path.Combine(RepoPaths.Root, "prompts"),
        };
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddFactPipeline(builder.Configuration);
        builder.Services.AddFactPipelineJobs(builder.Configuration, role);
        return builder.Build();
    }

    private static async Task<string> WaitForCompletedNightlyAsync(IServiceProvider services, TimeSpan timeout)
    {
        var ledger = services.GetRequiredService<IRunLedger>();
        await services.GetRequiredService<Core.Storage.IFactStore>().InitializeAsync(Ct);
        var history = services.GetRequiredService<IRunHistoryStore>();
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (DateTimeOffset.UtcNow < deadline)
        {
            var runs = await history.ListAsync(10, Ct);
            if (runs.FirstOrDefault(r => r.Trigger == RunTrigger.Nightly && r.Status == RunStatus.Completed) is { } done)
            {
                return done.Id;
            }
            await Task.Delay(500, Ct);
        }
        throw new TimeoutException($"no nightly run completed in {timeout}; unfinished: {string.Join(", ", await ledger.ListUnfinishedAsync(RunTrigger.Nightly, Ct))}");
    }

    [Fact]
    public async Task Schedule_CronAMinuteAheadInJakarta_FiresThenRunsTheSourcesAndWritesTheDatedDigest()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        // The next whole minute with at least 20 seconds to spare, written as Jakarta's clock reads it.
        var at = new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, local.Offset).AddMinutes(local.Second < 40 ? 1 : 2);
        using var host = Scheduler($"{at.Minute} {at.Hour} * * *");

        await host.StartAsync(Ct);
        var runId = await WaitForCompletedNightlyAsync(host.Services, TimeSpan.FromMinutes(3));
        await host.StopAsync(Ct);

        var run = (await host.Services.GetRequiredService<IRunHistoryStore>().FindAsync(runId, Ct))!;
        run.Summary.StartedAt.ShouldBeGreaterThanOrEqualTo(at.ToUniversalTime());
        run.Summary.StartedAt.ShouldBeLessThan(at.ToUniversalTime().AddMinutes(1));
        run.Summary.Totals.Articles.ShouldBe(12);
        var folder = Path.Combine(_temp.File("nightly"), at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Directory.GetFiles(folder).Select(Path.GetFileName).Order().ShouldBe(["digest.en.html", "digest.en.md", "digest.ko.html", "digest.ko.md"]);
    }

    [Fact]
    public async Task Schedule_ThreeNightsMissedWhileDown_RunsOnceAtStart()
    {
        using var host = Scheduler("0 2 * * *");
        await host.StartAsync(Ct);
        // The schedule as a server that went away three nights ago left it: last run then, next due two nights ago.
        using (var connection = host.Services.GetRequiredService<JobStorage>().GetConnection())
        using (var transaction = connection.CreateWriteTransaction())
        {
            var threeNightsAgo = DateTime.UtcNow.AddDays(-3);
            transaction.SetRangeInHash($"recurring-job:{RunJobs.NightlyJobId}",
            [
                new("LastExecution", JobHelper.SerializeDateTime(threeNightsAgo)),
                new("NextExecution", JobHelper.SerializeDateTime(threeNightsAgo.AddDays(1))),
            ]);
            // The scheduler finds due jobs by this set's score: the next execution, in Unix seconds.
            transaction.AddToSet("recurring-jobs", RunJobs.NightlyJobId, JobHelper.ToTimestamp(threeNightsAgo.AddDays(1)));
            transaction.Commit();
        }

        await WaitForCompletedNightlyAsync(host.Services, TimeSpan.FromMinutes(2));
        await Task.Delay(TimeSpan.FromSeconds(5), Ct); // time enough for a second firing to show
        await host.StopAsync(Ct);

        var runs = await host.Services.GetRequiredService<IRunHistoryStore>().ListAsync(10, Ct);
        runs.Count(r => r.Trigger == RunTrigger.Nightly).ShouldBe(1);
    }
}
