namespace FactPipeline.Core.Runs;

/// <summary>Work of a stalled run (<see cref="IRunLedger.ListStalledAsync"/>): a source to expand, or one of its items to process.</summary>
/// <param name="Item">The pending item; null when the source itself is still to be expanded.</param>
public sealed record StalledWork(string RunId, string Origin, string? Item);
