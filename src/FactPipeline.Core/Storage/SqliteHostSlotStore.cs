using FactPipeline.Core.Fetching.Web;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Storage;

/// <summary><see cref="IHostSlotStore"/> in the fact store's file: one row per host, moved on in one statement.</summary>
public sealed class SqliteHostSlotStore(IOptions<StorageOptions> options) : IHostSlotStore
{
    private const string CreateSql = "CREATE TABLE IF NOT EXISTS host_slots (host TEXT PRIMARY KEY, next_start INTEGER NOT NULL);";

    private readonly SqliteTables _tables = new(options.Value.DatabasePath, CreateSql);

    public async Task<DateTimeOffset> ReserveAsync(string host, DateTimeOffset now, TimeSpan gap, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        var gapMs = (long)gap.TotalMilliseconds;
        // Unix milliseconds: max() and + work on them in SQL; the row ends as this reservation's start plus the gap.
        var next = await SqliteQuery.LongAsync(connection, """
            INSERT INTO host_slots (host, next_start) VALUES (@host, @now + @gap)
            ON CONFLICT (host) DO UPDATE SET next_start = max(host_slots.next_start, @now) + @gap
            RETURNING next_start
            """, cancellationToken, null, ("host", host), ("now", now.ToUnixTimeMilliseconds()), ("gap", gapMs));
        return DateTimeOffset.FromUnixTimeMilliseconds(next - gapMs);
    }
}
