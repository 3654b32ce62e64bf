using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Storage;

/// <summary>
/// A query read row by row with a reader the caller writes (columns by position), and its parameters bound by name:
/// what the desk's stores use instead of Dapper. Dapper.AOT's generator (1.1.0) leaves some of their calls to Dapper's
/// reflection, which the native program lacks (GeneratedDapperCallsTests); plain ADO.NET needs no generator.
/// </summary>
internal static class SqliteQuery
{
    public static async Task<List<T>> ListAsync<T>(
        SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken,
        SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, transaction, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    public static async Task<long> LongAsync(
        SqliteConnection connection, string sql, CancellationToken cancellationToken,
        SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, transaction, parameters);
        return await command.ExecuteScalarAsync(cancellationToken) is long value ? value : 0;
    }

    public static async Task<int> ExecuteAsync(
        SqliteConnection connection, string sql, CancellationToken cancellationToken,
        SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static string? NullableString(this System.Data.Common.DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue("@" + name, value ?? DBNull.Value);
        }
        return command;
    }
}
