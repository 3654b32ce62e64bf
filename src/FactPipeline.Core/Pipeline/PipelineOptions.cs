using System.ComponentModel.DataAnnotations;

namespace FactPipeline.Core.Pipeline;

/// <summary>How the articles of a run flow: how many are prepared at once, and how many are written per transaction.</summary>
public sealed class PipelineOptions
{
    public const string SectionName = "Pipeline";

    /// <summary>
    /// Documents decoded, extracted and read for claims at the same time, on the thread pool. 1 runs the run
    /// sequentially: each document is prepared on the writing loop, just before it is stored.
    /// </summary>
    [Range(1, 256)]
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Articles written per transaction. A killed run loses at most one batch, which its re-run redoes; a cancelled
    /// run commits what it wrote before stopping.
    /// </summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;
}
