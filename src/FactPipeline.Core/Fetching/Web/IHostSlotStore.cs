namespace FactPipeline.Core.Fetching.Web;

/// <summary>
/// The politeness gap between requests to one host, kept where every worker sees it (the database), so that N workers
/// on N machines start requests to a host no more often than one process would. Registered by the hosts that run
/// jobs; without it, <see cref="HostGate"/> keeps the gap in the process.
/// </summary>
public interface IHostSlotStore
{
    /// <summary>
    /// Reserves the next start for <paramref name="host"/>: now, or the previous reservation plus the gap if that is later,
    /// and moves the host's next start on by <paramref name="gap"/>. Atomic across workers.
    /// </summary>
    Task<DateTimeOffset> ReserveAsync(string host, DateTimeOffset now, TimeSpan gap, CancellationToken cancellationToken = default);
}
