using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Tests.TestSupport;
using FactPipeline.Worker;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FactPipeline.Core.Tests.Worker;

/// <summary>
/// The run's jobs as a worker calls them, on a real SQLite store, with the jobs they queue recorded instead of sent
/// to a job engine: what each job queues next.
/// </summary>
public sealed class RunJobsTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 19, 0, 0, TimeSpan.Zero));
    private readonly RecordingJobClient _queued = new();
    private readonly ServiceProvider _services;

    public RunJobsTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = _temp.File("facts.db"),
            ["Llm:PromptsDirectory"] = Path.Combine(RepoPaths.Root, "prompts"),
            ["Report:OutputDirectory"] = _temp.File("out"),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddFactPipeline(configuration);
        services.AddFactPipelineJobs(configuration, JobsRole.Client);
        services.AddSingleton<IBackgroundJobClient>(_queued);
        _services = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    private RunJobs Jobs => _services.GetRequiredService<RunJobs>();

    [Fact]
    public async Task Sweep_RunWithNoItemFinishedForStalledAfter_QueuesItsPendingItemsAgain_AndNothingBefore()
    {
        var folder = Directory.CreateDirectory(_temp.File("articles")).FullName;
        foreach (var name in (string[])["a.txt", "b.txt"])
        {
            File.Copy(Directory.EnumerateFiles(RepoPaths.Samples, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(),
                Path.Combine(folder, name));
        }
        var runId = await Jobs.StartAsync([folder], RunTrigger.Enqueued, Ct);
        await Jobs.ExpandAsync(runId, folder, Ct);
        var items = _queued.Of(nameof(RunJobs.ProcessAsync)).Select(job => (string)job.Args[1]).ToArray();
        items.Length.ShouldBe(2);
        await Jobs.ProcessAsync(runId, items[0], folder, null, Ct);
        _queued.Created.Clear();

        _time.Advance(TimeSpan.FromMinutes(29));
        await Jobs.SweepAsync(Ct);
        _queued.Created.ShouldBeEmpty("the run moved 29 minutes ago: its job may still be queued");

        _time.Advance(TimeSpan.FromMinutes(2));
        await Jobs.SweepAsync(Ct);
        var again = _queued.Created.ShouldHaveSingleItem();
        (again.Method.Name, again.Args[0], again.Args[1], again.Args[2]).ShouldBe((nameof(RunJobs.ProcessAsync), (object)runId, (object)items[1], (object)folder));

        // Queued twice, done once: the requeued job finishes the run, and the lost one, should it turn up, changes nothing.
        await Jobs.ProcessAsync(runId, items[1], folder, null, Ct);
        _queued.Of(nameof(RunJobs.FinishAsync)).ShouldHaveSingleItem();
        await Jobs.ProcessAsync(runId, items[1], folder, null, Ct);
        _queued.Of(nameof(RunJobs.FinishAsync)).ShouldHaveSingleItem();
        (await _services.GetRequiredService<IRunHistoryStore>().LoadItemsAsync(runId, Ct)).Count.ShouldBe(2);
    }

    /// <summary>Keeps the jobs it is asked to queue.</summary>
    private sealed class RecordingJobClient : IBackgroundJobClient
    {
        public List<Job> Created { get; } = [];

        public IEnumerable<Job> Of(string method) => Created.Where(job => job.Method.Name == method);

        public string Create(Job job, IState state)
        {
            Created.Add(job);
            return Created.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}
