using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Storage;

/// <summary>
/// One statement run once per row (<see cref="PositionalStatement"/>): SQLite prepares it once and each row only binds
/// values. Dapper's per-row parameter objects, and the lookups of their names in every row, cost more than the insert
/// itself for the tens of thousands of claims and findings of a run.
/// </summary>
internal static class PreparedInsert
{
    /// <param name="connection">Its open transaction, if any, is the one the rows go into.</param>
    /// <param name="columns">The parameter names without "@", in the order of each row's values.</param>
    public static async Task RunAsync(
        SqliteConnection connection, string sql, IReadOnlyList<string> columns,
        IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        using var statement = new PositionalStatement(connection, sql, columns);
        foreach (var row in rows)
        {
            await statement.RunAsync(row, cancellationToken);
        }
    }
}
