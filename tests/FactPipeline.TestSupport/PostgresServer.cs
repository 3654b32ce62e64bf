using Npgsql;

namespace FactPipeline.TestSupport;

/// <summary>
/// The PostgreSQL server the tests may use: <c>FACTPIPELINE_TEST_POSTGRES</c> is a connection string to it, as a user who
/// may CREATE DATABASE (<c>scripts/postgres-throwaway.sh start DIR</c> prints one; <c>.ci/run</c> starts such a cluster
/// and sets it). Each test class works in a database of its own (<see cref="CreateDatabaseAsync"/>), dropped after.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "FACTPIPELINE_TEST_POSTGRES";

    /// <summary>The server's connection string, or null when the variable is not set.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>True in CI (the variable CI is set), where the PostgreSQL tests must run rather than skip.</summary>
    public static bool Required => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string MissingReason =>
        $"set {Variable} to a PostgreSQL connection string whose user may CREATE DATABASE; .ci/run starts a throwaway cluster (scripts/postgres-throwaway.sh)";

    /// <summary>A new, uniquely named, empty database on the server.</summary>
    public static async Task<PostgresTestDatabase> CreateDatabaseAsync(string serverConnectionString, CancellationToken cancellationToken = default)
    {
        var name = "factpipeline_test_" + Guid.NewGuid().ToString("N")[..20];
        await using (var connection = new NpgsqlConnection(WithoutPooling(serverConnectionString)))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var database = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        return new PostgresTestDatabase(serverConnectionString, name, database);
    }

    // The server's maintenance connections are short and rare: no pool left holding a connection to it.
    internal static string WithoutPooling(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
}

/// <summary>A database made for one test class; disposing drops it (its connections closed first).</summary>
public sealed class PostgresTestDatabase(string serverConnectionString, string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    /// <summary>The connection string of this database (the server's, with its name).</summary>
    public string ConnectionString { get; } = connectionString;

    /// <summary>
    /// Empties every table but <c>schema_migrations</c> (and restarts their identities): one test's rows never reach the
    /// next, and the migrated schema stays, so a class pays for its database and migrations once.
    /// </summary>
    public async Task TruncateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }
        if (tables.Count > 0)
        {
            await using var truncate = new NpgsqlCommand($"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY CASCADE", connection);
            await truncate.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer.WithoutPooling(serverConnectionString));
        await connection.OpenAsync();
        // FORCE (PostgreSQL 13+): a connection a store still holds does not keep the database alive.
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
