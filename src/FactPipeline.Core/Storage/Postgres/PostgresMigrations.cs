using System.Globalization;
using Npgsql;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary>
/// The numbered SQL scripts of <c>Storage/Postgres/Migrations</c> (embedded), applied in order, each recorded in
/// <c>schema_migrations</c>. All of it runs in one transaction under a transaction-scoped advisory lock, so workers
/// starting together wait for the first and then find everything applied: each script runs exactly once, and a
/// failed one leaves nothing half done.
/// </summary>
internal static class PostgresMigrations
{
    private const string Prefix = "postgres-migrations/";

    /// <summary>Any fixed number: every process of this program takes the same lock ("FactPipe" in ASCII).</summary>
    private const long LockKey = 0x4661637450697065;

    /// <summary>The scripts by version (their file names' leading number), in order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts { get; } = Load();

    public static int LatestVersion => Scripts[^1].Version;

    public static async Task ApplyAsync(NpgsqlConnection connection, string databaseName, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken, transaction);
        await PostgresQuery.ExecuteAsync(
            connection,
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version bigint PRIMARY KEY,
                name text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            cancellationToken, transaction);
        var applied = (await PostgresQuery.ListAsync(connection, "SELECT version FROM schema_migrations", r => r.GetInt64(0), cancellationToken, transaction))
            .ToHashSet();
        if (applied.Count > 0 && applied.Max() > LatestVersion)
        {
            throw new StorageException(
                $"{databaseName}: database schema version {applied.Max()} is newer than this program understands ({LatestVersion}).");
        }
        foreach (var (version, name, sql) in Scripts.Where(s => !applied.Contains(s.Version)))
        {
            await PostgresQuery.ExecuteAsync(connection, sql, cancellationToken, transaction);
            await PostgresQuery.ExecuteAsync(
                connection, "INSERT INTO schema_migrations (version, name) VALUES (@version, @name)", cancellationToken, transaction,
                ("version", (long)version), ("name", name));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = typeof(PostgresMigrations).Assembly;
        var scripts = new List<(int Version, string Name, string Sql)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            var version = int.Parse(name[..name.IndexOf('-', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            scripts.Add((version, name, reader.ReadToEnd()));
        }
        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        if (scripts.Count == 0 || scripts.Select(s => s.Version).Distinct().Count() != scripts.Count)
        {
            throw new InvalidOperationException("The PostgreSQL migrations are missing or numbered twice.");
        }
        return [.. scripts];
    }
}
