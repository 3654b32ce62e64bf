using FactPipeline.Core.Fetching;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Model;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Summaries;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// A run split into jobs any number of workers take: start (the run and its sources registered) → expand each source
/// into items (<see cref="ISourceExpander"/>) → process each item (read, extract, claims, store: the same steps as a
/// run in one process) → finish, once, when every item is done or failed for good (<see cref="RunFinisher"/>). The job
/// engine only carries the calls; what is done and what is pending lives in the database (<see cref="IRunLedger"/>), so
/// a job that runs twice, or on a worker that dies halfway, changes nothing twice.
/// </summary>
public sealed partial class FannedOutRun(
    ISourceExpander expander,
    ReadStep read,
    ExtractStep extract,
    ClaimsStep claims,
    StoreStep storeStep,
    RunFinisher finisher,
    IFactStore store,
    IRunLedger ledger,
    ILlmClient llm,
    ILlmRunMonitor llmMonitor,
    IOptions<ReportOptions> reportOptions,
    TimeProvider time,
    ILogger<FannedOutRun> logger)
{
    /// <summary>Starts a run (or resumes the unfinished one over the same inputs) and registers its sources.</summary>
    public async Task<StartedRun> StartAsync(IReadOnlyList<string> inputs, RunTrigger trigger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            throw new ArgumentException("a run needs at least one input", nameof(inputs));
        }
        await storeStep.InitializeAsync(cancellationToken);
        var run = await store.StartRunAsync(inputs, time.GetUtcNow(), cancellationToken);
        await ledger.BeginAsync(run.Id, trigger, run.StartedAt, cancellationToken);
        var origins = inputs.Distinct(StringComparer.Ordinal).ToArray();
        await ledger.RegisterSourcesAsync(run.Id, origins, cancellationToken);
        LogStarted(run.Id, trigger, origins.Length, run.Resumed);
        return new StartedRun(run.Id, run.Resumed, origins);
    }

    /// <summary>
    /// Lists a source's items and registers them; returns the source's items still pending (to queue) and whether the
    /// run became ready with this (a source that listed nothing may be the last thing pending).
    /// </summary>
    public async Task<ExpandedSource> ExpandAsync(string runId, string origin, CancellationToken cancellationToken = default)
    {
        var expansion = await expander.ExpandAsync(origin, cancellationToken);
        var now = time.GetUtcNow();
        if (expansion.Problems.Count > 0)
        {
            // Stored as a one-process run stores them (the run's problems, then the processing log): the final step
            // reads gone pages from there to resolve the findings that cite them.
            var state = new ArticleRunState(runId, null);
            foreach (var problem in expansion.Problems)
            {
                await storeStep.AddAsync(state, new SourceResult(null, problem) { Origin = origin }, null, cancellationToken);
            }
            await storeStep.FlushAsync(state, cancellationToken);
        }
        var pending = await ledger.ExpandSourceAsync(runId, origin, expansion.Items, cancellationToken);
        LogExpanded(runId, origin, expansion.Items.Count, pending.Count, expansion.Problems.Count);
        return new ExpandedSource(pending, await ledger.CheckReadyAsync(runId, now, cancellationToken));
    }

    /// <summary>
    /// Reads, extracts, checks and stores one item, and records it. True when this made the run ready for its final
    /// step. An item already done (its job ran before, perhaps on a worker that died after recording it) is not read again.
    /// </summary>
    public async Task<bool> ProcessAsync(string runId, string item, string origin, CancellationToken cancellationToken = default)
    {
        if (!await ledger.IsItemDoneAsync(runId, item, cancellationToken))
        {
            await BeginLlmAsync(runId, cancellationToken);
            var state = new ArticleRunState(runId, null);
            var stored = await StoredLookup.StartAsync(store, claims.Version, cancellationToken);
            var seen = false;
            await foreach (var result in read.ReadAsync([item], cancellationToken))
            {
                seen = true;
                var prepared = result.Document is { } document ? await extract.PrepareAsync(document, stored, cancellationToken) : null;
                await storeStep.AddAsync(state, result with { Origin = origin }, prepared, cancellationToken);
            }
            if (!seen)
            {
                await storeStep.AddAsync(state, SourceResult.Fail(item, "nothing to read") with { Origin = origin }, null, cancellationToken);
            }
            // Writes the article and its claims in one transaction, then the item in the processing log.
            await storeStep.FlushAsync(state, cancellationToken);
        }
        // Checked in a transaction of its own: of all the workers finishing the run's last items, one sees nothing
        // pending and sets the run ready; a job retried after its worker died between the two checks again.
        return await ledger.CheckReadyAsync(runId, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Records an item whose job failed for good (the job engine gave up retrying it).</summary>
    public Task<bool> FailItemAsync(string runId, string item, string origin, string reason, CancellationToken cancellationToken = default) =>
        ledger.CompleteItemAsync(runId, new RunItem(item, origin, RunItemOutcome.Failed, reason, null, RunWorker.Name, time.GetUtcNow()), cancellationToken);

    /// <summary>
    /// The final step: cross-check, findings, tracking, reports; once per run. Null when the run is already finished;
    /// throws <see cref="FinalStepBusyException"/> while another worker holds it (the job engine retries later).
    /// </summary>
    /// <param name="beforeCompleting">
    /// Work that belongs to the final step (the nightly digest), done before the run is marked complete: should the
    /// worker die in it, the step runs again.
    /// </param>
    public async Task<FinishedFannedOutRun?> FinishAsync(
        string runId, TimeSpan lease, CancellationToken cancellationToken = default,
        Func<FinishedFannedOutRun, CancellationToken, Task>? beforeCompleting = null)
    {
        var run = await store.LoadRunAsync(runId, cancellationToken)
            ?? throw new InvalidOperationException($"run {runId} is not in the store");
        if (!await ledger.TryClaimFinalAsync(runId, RunWorker.Name, time.GetUtcNow(), lease, cancellationToken))
        {
            if (await ledger.CountFinalCompletionsAsync(runId, cancellationToken) > 0)
            {
                LogAlreadyFinished(runId);
                return null;
            }
            throw new FinalStepBusyException(runId);
        }
        try
        {
            await BeginLlmAsync(runId, cancellationToken);
            var articles = await store.LoadRunArticlesAsync(runId, cancellationToken);
            var claimsOfRun = await store.LoadClaimsAsync(articles.Select(a => a.Id).ToArray(), cancellationToken);
            var output = Path.Combine(reportOptions.Value.OutputDirectory, "runs", runId);
            var request = new RunRequest(run.Inputs, output) { ShowPossible = reportOptions.Value.ShowPossible };
            var finished = await finisher.FinishAsync(request, new RunRecord(run.Id, run.StartedAt, Resumed: true), articles, claimsOfRun,
                _ => null, new LlmClaimStats(), cancellationToken, completes: false);
            var result = new FinishedFannedOutRun(runId, run.StartedAt, output, finished.Report, finished.Files);
            if (beforeCompleting is not null)
            {
                await beforeCompleting(result, cancellationToken);
            }
            await ledger.CompleteFinalAsync(runId, RunWorker.Name, time.GetUtcNow(), cancellationToken);
            LogFinished(runId, articles.Count, claimsOfRun.Count, finished.Findings.Count);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await ledger.SetStatusAsync(runId, RunStatus.Failed, time.GetUtcNow(), error: e.Message, cancellationToken: CancellationToken.None);
            await ledger.ReleaseFinalAsync(runId, CancellationToken.None);
            throw;
        }
    }

    /// <summary>LLM accounting follows the run whose job this process is doing.</summary>
    private async Task BeginLlmAsync(string runId, CancellationToken cancellationToken)
    {
        if (llm.IsEnabled && llmMonitor.Snapshot().RunId != runId)
        {
            await llmMonitor.BeginRunAsync(runId, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} ({Trigger}) started: {Sources} sources (resumed: {Resumed})")]
    private partial void LogStarted(string runId, RunTrigger trigger, int sources, bool resumed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: {Origin} listed {Items} items, {Pending} to process, {Problems} problems")]
    private partial void LogExpanded(string runId, string origin, int items, int pending, int problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: final step already done")]
    private partial void LogAlreadyFinished(string runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} finished: {Articles} articles, {Claims} claims, {Findings} findings")]
    private partial void LogFinished(string runId, int articles, int claims, int findings);
}

/// <param name="Origins">The run's sources, each to expand in a job of its own.</param>
public sealed record StartedRun(string RunId, bool Resumed, IReadOnlyList<string> Origins);

/// <param name="Pending">The source's items not done yet: one job each.</param>
/// <param name="Ready">This expansion made the run ready for its final step.</param>
public sealed record ExpandedSource(IReadOnlyList<string> Pending, bool Ready);

/// <param name="OutputDirectory">Where the run's reports and digests went.</param>
public sealed record FinishedFannedOutRun(string RunId, DateTimeOffset StartedAt, string OutputDirectory, RunReport Report, IReadOnlyList<string> Files);

/// <summary>Another worker holds the run's final step (its lease has not run out): try again later.</summary>
public sealed class FinalStepBusyException(string runId) : Exception($"run {runId}: another worker is doing the final step")
{
    public string RunId { get; } = runId;
}
