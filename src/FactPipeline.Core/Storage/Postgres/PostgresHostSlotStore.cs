using FactPipeline.Core.Fetching.Web;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary><see cref="IHostSlotStore"/> in PostgreSQL: one row per host, moved on in one statement (the row lock orders workers).</summary>
public sealed class PostgresHostSlotStore(PostgresDatabase database) : IHostSlotStore
{
    public async Task<DateTimeOffset> ReserveAsync(string host, DateTimeOffset now, TimeSpan gap, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var gapMs = (long)gap.TotalMilliseconds;
        var next = await PostgresQuery.LongAsync(connection, """
            INSERT INTO host_slots (host, next_start) VALUES (@host, @now + @gap)
            ON CONFLICT (host) DO UPDATE SET next_start = GREATEST(host_slots.next_start, @now) + @gap
            RETURNING next_start
            """, cancellationToken, null, ("host", host), ("now", now.ToUnixTimeMilliseconds()), ("gap", gapMs));
        return DateTimeOffset.FromUnixTimeMilliseconds(next - gapMs);
    }
}
