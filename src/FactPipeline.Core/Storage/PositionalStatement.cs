using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FactPipeline.Core.Storage;

/// <summary>
/// One statement prepared once on a connection (inside whatever transaction the connection has open), run once per row
/// with that row's values bound by position. Microsoft.Data.Sqlite looks each parameter up by name and opens a reader
/// for every execution, which for the tens of thousands of claims and findings of a run costs more than SQLite's
/// insert itself; the values are bound as it binds them (text, integer, real, null), so the rows are the same.
/// </summary>
internal sealed class PositionalStatement : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;

    /// <param name="columns">The parameter names without "@", in the order of each row's values.</param>
    public PositionalStatement(SqliteConnection connection, string sql, IReadOnlyList<string> columns)
    {
        _connection = connection;
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out _statement));
        _positions = columns.Select(c => raw.sqlite3_bind_parameter_index(_statement, "@" + c) is var position and > 0
            ? position
            : throw new InvalidOperationException($"no parameter @{c} in {sql}")).ToArray();
    }

    public Task RunAsync(object?[] values, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        for (var k = 0; k < _positions.Length; k++)
        {
            Check(values[k] switch
            {
                null => raw.sqlite3_bind_null(_statement, _positions[k]),
                string text => raw.sqlite3_bind_text(_statement, _positions[k], text),
                long number => raw.sqlite3_bind_int64(_statement, _positions[k], number),
                int number => raw.sqlite3_bind_int64(_statement, _positions[k], number),
                double number => raw.sqlite3_bind_double(_statement, _positions[k], number),
                byte[] blob => raw.sqlite3_bind_blob(_statement, _positions[k], blob),
                var other => throw new ArgumentException($"a {other.GetType().Name} value has no binding here", nameof(values)),
            });
        }
        var result = raw.sqlite3_step(_statement);
        // Reset whatever happened: the statement is run again for the next row (or finalised).
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }
        return Task.CompletedTask;
    }

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(result, _connection.Handle);
        }
    }

    public void Dispose() => _statement.Dispose();
}
