using FactPipeline.Core.Storage;
using FactPipeline.Core.Storage.Postgres;
using Npgsql;

namespace FactPipeline.Core.Tests.Storage.Contracts;

/// <summary>PostgreSQL's numbered migrations: applied once however many workers start together, in a database of each test's own.</summary>
public sealed class PostgresMigrationTests : IAsyncDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PostgresTestDatabase? _database;

    private async Task<PostgresTestDatabase> FreshDatabaseAsync()
    {
        var server = PostgresServer.ConnectionString;
        if (server is null)
        {
            if (PostgresServer.Required)
            {
                Assert.Fail($"CI is set but {PostgresServer.Variable} is not: the PostgreSQL tests must run in CI ({PostgresServer.MissingReason})");
            }
            Assert.Skip(PostgresServer.MissingReason);
        }
        return _database = await PostgresServer.CreateDatabaseAsync(server!, Ct);
    }

    private static async Task<List<(long Version, string Name)>> AppliedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT version, name FROM schema_migrations ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<(long, string)>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }
        return rows;
    }

    [Fact]
    public async Task Migrate_SixWorkersStartingAtOnce_AppliesEveryScriptExactlyOnce()
    {
        var database = await FreshDatabaseAsync();
        var workers = Enumerable.Range(0, 6).Select(_ => new PostgresDatabase(database.ConnectionString)).ToArray();

        try
        {
            await Task.WhenAll(workers.Select(w => Task.Run(() => w.MigrateAsync(Ct), Ct)));
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.DisposeAsync();
            }
        }

        var applied = await AppliedAsync(database.ConnectionString);
        applied.Select(a => a.Version).ShouldBe(PostgresMigrations.Scripts.Select(s => (long)s.Version));
        applied.Select(a => a.Name).ShouldBe(["0001-facts.sql", "0002-review.sql", "0003-runs.sql", "0004-host-slots-and-run-events.sql", "0005-versions-and-gone.sql"]);
    }

    [Fact]
    public async Task Migrate_RunHistoryTables_ExistWithTimestampsForTheRunStores()
    {
        var database = await FreshDatabaseAsync();
        await using (var postgres = new PostgresDatabase(database.ConnectionString))
        {
            await postgres.MigrateAsync(Ct);
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns
            WHERE table_name IN ('run_status', 'run_sources', 'run_items') AND column_name IN ('updated_at', 'ready_at', 'found', 'finished_at', 'llm_cost')
            ORDER BY 1
            """, connection);
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                columns.Add(reader.GetString(0));
            }
        }

        columns.ShouldBe([
            "run_items.finished_at timestamp with time zone", "run_sources.found bigint", "run_status.llm_cost text",
            "run_status.ready_at timestamp with time zone", "run_status.updated_at timestamp with time zone",
        ]);
    }

    [Fact]
    public async Task Open_DatabaseMigratedByANewerProgram_FailsNamingBothVersions()
    {
        var database = await FreshDatabaseAsync();
        await using (var postgres = new PostgresDatabase(database.ConnectionString))
        {
            await postgres.MigrateAsync(Ct);
        }
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES (999, '0999-future.sql')", connection);
            await command.ExecuteNonQueryAsync(Ct);
        }

        await using var newer = new PostgresDatabase(database.ConnectionString);
        var error = await Should.ThrowAsync<StorageException>(() => new PostgresFactStore(newer).InitializeAsync(Ct));

        error.Message.ShouldContain("schema version 999 is newer than this program understands (5)");
        error.Message.ShouldContain(database.Name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
