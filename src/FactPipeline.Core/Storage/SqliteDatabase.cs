using Dapper;
using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Storage;

/// <summary>Opens connections to the one SQLite file every store shares, with the same settings for all.</summary>
internal static class SqliteDatabase
{
    public static string ConnectionString(string databasePath) =>
        new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString();

    public static async Task<SqliteConnection> OpenAsync(string databasePath, string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // WAL + synchronous=NORMAL: a crash of the program never loses a committed step; only a power cut may
            // lose the last few, which a re-run redoes. Full fsync per article would cap throughput at disk latency.
            await connection.ExecuteAsync("PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException($"{databasePath}: cannot open the database ({e.Message}).", e);
        }
    }
}
