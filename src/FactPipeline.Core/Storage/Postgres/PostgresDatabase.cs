using Microsoft.Extensions.Options;
using Npgsql;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary>
/// The one <see cref="NpgsqlDataSource"/> (connection pool) every PostgreSQL store shares. The first connection any
/// store opens migrates the database (<see cref="PostgresMigrations"/>), once per process.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _migration = new(1, 1);
    private volatile bool _migrated;

    public PostgresDatabase(IOptions<StorageOptions> options)
        : this(options?.Value.ConnectionString ?? throw new Common.SettingsException("Storage:ConnectionString: required when Storage:Provider is Postgres."))
    {
    }

    public PostgresDatabase(string connectionString)
    {
        // The slim builder: only the type mappings asked for (text, numbers, times, bytea are built in; arrays for
        // "= ANY(@ids)"), no reflection-based resolvers, so the Native AOT build links it without warnings.
        var builder = new NpgsqlSlimDataSourceBuilder(connectionString);
        builder.EnableArrays();
        _dataSource = builder.Build();
        var settings = builder.ConnectionStringBuilder;
        Name = $"postgres://{settings.Host}:{settings.Port}/{settings.Database}";
    }

    /// <summary>Where the database is, for messages: host, port and database, never the password.</summary>
    public string Name { get; }

    /// <summary>An open connection to a migrated database.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken);
        }
        return await OpenUnmigratedAsync(cancellationToken);
    }

    /// <summary>Applies the migrations this process has not seen applied yet (a no-op after the first call).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _migration.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return;
            }
            await using var connection = await OpenUnmigratedAsync(cancellationToken);
            await PostgresMigrations.ApplyAsync(connection, Name, cancellationToken);
            _migrated = true;
        }
        finally
        {
            _migration.Release();
        }
    }

    private async Task<NpgsqlConnection> OpenUnmigratedAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new StorageException($"{Name}: cannot open the database ({e.Message}).", e);
        }
    }

    /// <summary>Synchronous too: a host that disposes its service provider with Dispose (a <c>using</c> of the host) must not throw.</summary>
    public void Dispose()
    {
        _migration.Dispose();
        _dataSource.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        _migration.Dispose();
        return _dataSource.DisposeAsync();
    }
}
