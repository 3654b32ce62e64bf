using Dapper;
using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Storage;

/// <summary>Opens connections to the one SQLite file every store shares, with the same settings for all.</summary>
internal static class SqliteDatabase
{
    public static string ConnectionString(string databasePath) =>
        new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();

    /// <summary>
    /// The native connections the settings were applied to. A pooled connection hands out the same native connection
    /// again, and the settings last as long as it: a run opening one per step sets them once, not tens of thousands of times.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = [];

    /// <summary>Creates the folder the database file goes in, so a new database can be opened at any path.</summary>
    public static void CreateFolderOf(string databasePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    public static async Task<SqliteConnection> OpenAsync(string databasePath, string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (Configured.TryGetValue(connection.Handle!, out _))
            {
                return connection;
            }
            // WAL + synchronous=NORMAL: a crash of the program never loses a committed step; only a power cut may
            // lose the last few, which a re-run redoes. Full fsync per article would cap throughput at disk latency.
            await connection.ExecuteAsync("PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
            Configured.AddOrUpdate(connection.Handle!, string.Empty);
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new StorageException($"{databasePath}: cannot open the database ({e.Message}).", e);
        }
    }
}
