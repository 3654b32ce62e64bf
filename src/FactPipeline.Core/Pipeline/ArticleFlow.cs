using System.Threading.Channels;
using FactPipeline.Core.Fetching;
using FactPipeline.Core.Storage;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Pipeline;

/// <summary>
/// Steps 1 to 4 for every input: read → extract (and rule claims) → claims → store. The reader starts each
/// document's preparation on the thread pool as it comes, and hands it on through a bounded channel, so at most
/// about a batch is prepared ahead on every core while the writing loop takes them in input order, decides and writes in
/// batches. Preparations only read, so the order of writes, ids, claims and findings are those of a sequential run
/// (<see cref="PipelineOptions.Parallelism"/> 1).
/// </summary>
public sealed class ArticleFlow(ReadStep read, ExtractStep extract, ClaimsStep claims, StoreStep store, IFactStore facts, IOptions<PipelineOptions> options)
{
    // Prepared documents waiting for the writing loop hold their text, article and claims: a few MB at most.
    private const int MaxAhead = 256;

    public Task InitializeAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    internal async Task<ArticleRunState> RunAsync(string runId, IReadOnlyList<string> inputs, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var state = new ArticleRunState(runId, progress);
        var stored = await StoredLookup.StartAsync(facts, claims.Version, cancellationToken);
        if (options.Value.Parallelism == 1)
        {
            await foreach (var item in read.ReadAsync(inputs, cancellationToken))
            {
                stored = await ForVersionAsync(stored, cancellationToken);
                var prepared = item.Document is { } document ? await extract.PrepareAsync(document, stored, cancellationToken) : null;
                await store.AddAsync(state, item, prepared, cancellationToken);
            }
        }
        else
        {
            await RunInParallelAsync(state, inputs, stored, cancellationToken);
        }
        await store.FlushAsync(state, cancellationToken);
        return state;
    }

    /// <summary>
    /// The lookup for the current claims version: a new one when the version changed during the run (a prompt file
    /// edited while an LLM run goes on), whose stored keys are not the earlier version's.
    /// </summary>
    private async Task<StoredLookup> ForVersionAsync(StoredLookup stored, CancellationToken cancellationToken) =>
        claims.Version is var version && version == stored.Version ? stored : await StoredLookup.StartAsync(facts, version, cancellationToken);

    private async Task RunInParallelAsync(ArticleRunState state, IReadOnlyList<string> inputs, StoredLookup stored, CancellationToken cancellationToken)
    {
        // Up to a batch ahead (at most MaxAhead documents): while the writing loop writes a batch, which takes as long
        // as preparing dozens of documents, every core goes on preparing the next batch instead of waiting for room.
        var ahead = Math.Max(2 * options.Value.Parallelism, Math.Min(options.Value.BatchSize, MaxAhead));
        var prepared = Channel.CreateBounded<(SourceResult Item, Task<PreparedDocument>? Prepared)>(
            new BoundedChannelOptions(ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAndPrepareAsync(inputs, stored, prepared.Writer, stop.Token), stop.Token);
        try
        {
            await foreach (var (item, preparation) in prepared.Reader.ReadAllAsync(cancellationToken))
            {
                await store.AddAsync(state, item, preparation is null ? null : await preparation, cancellationToken);
            }
            await reading;
        }
        finally
        {
            // A failed or cancelled run leaves nothing running behind it (preparations only read, never store).
            await stop.CancelAsync();
            await reading.ContinueWith(t => t.Exception, TaskScheduler.Default);
            while (prepared.Reader.TryRead(out var left))
            {
                if (left.Prepared is { } task)
                {
                    await task.ContinueWith(t => t.Exception, TaskScheduler.Default);
                }
            }
        }
    }

    private async Task ReadAndPrepareAsync(IReadOnlyList<string> inputs, StoredLookup stored, ChannelWriter<(SourceResult, Task<PreparedDocument>?)> writer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in read.ReadAsync(inputs, cancellationToken))
            {
                stored = await ForVersionAsync(stored, cancellationToken);
                var lookup = stored;
                var preparation = item.Document is { } document
                    ? Task.Run(() => extract.PrepareAsync(document, lookup, cancellationToken), cancellationToken)
                    : null;
                await writer.WriteAsync((item, preparation), cancellationToken);
            }
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }
}
