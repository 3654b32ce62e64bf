using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Storage;

/// <summary>
/// One statement run once per row, its parameters made once and named as the SQL names them ("@id"): SQLite prepares
/// it once and each row only binds values. Dapper's per-row parameter objects, and the lookups of their unprefixed
/// names in every row, cost more than the insert itself for the tens of thousands of claims and findings of a run.
/// </summary>
internal static class PreparedInsert
{
    /// <param name="columns">The parameter names without "@", in the order of each row's values.</param>
    public static async Task RunAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, IReadOnlyList<string> columns,
        IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameters = columns.Select(c => command.Parameters.Add(new SqliteParameter { ParameterName = "@" + c })).ToArray();
        foreach (var row in rows)
        {
            for (var k = 0; k < parameters.Length; k++)
            {
                parameters[k].Value = row[k] ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
