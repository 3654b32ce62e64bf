using Npgsql;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary>
/// Plain ADO.NET over Npgsql, parameters bound by name (a list of ids is one text[] parameter, <c>= ANY(@ids)</c>):
/// no Dapper, whose reflection the Native AOT build lacks.
/// </summary>
internal static class PostgresQuery
{
    public static async Task<List<T>> ListAsync<T>(
        NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken,
        NpgsqlTransaction? transaction = null, params (string Name, object? Value)[] parameters)
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

    /// <summary>The first column of the first row, or null when there is no row or it is NULL.</summary>
    public static async Task<object?> ScalarAsync(
        NpgsqlConnection connection, string sql, CancellationToken cancellationToken,
        NpgsqlTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, transaction, parameters);
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? value : null;
    }

    public static async Task<long> LongAsync(
        NpgsqlConnection connection, string sql, CancellationToken cancellationToken,
        NpgsqlTransaction? transaction = null, params (string Name, object? Value)[] parameters) =>
        await ScalarAsync(connection, sql, cancellationToken, transaction, parameters) is { } value ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    public static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, string sql, CancellationToken cancellationToken,
        NpgsqlTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// One statement run once per row, all rows in one round trip (an <see cref="NpgsqlBatch"/>): the claims of an
    /// article, the findings of a run.
    /// </summary>
    /// <param name="columns">The parameter names without "@", in the order of each row's values.</param>
    public static async Task RunRowsAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, IReadOnlyList<string> columns,
        IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var row in rows)
        {
            batch.BatchCommands.Add(Row(sql, columns, row));
        }
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>A batch command of <paramref name="sql"/> with one row's values bound to <paramref name="columns"/>.</summary>
    public static NpgsqlBatchCommand Row(string sql, IReadOnlyList<string> columns, object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        for (var k = 0; k < columns.Count; k++)
        {
            command.Parameters.Add(new NpgsqlParameter(columns[k], Value(values[k])));
        }
        return command;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction, (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, Value(value)));
        }
        return command;
    }

    /// <summary>
    /// Npgsql writes a <see cref="DateTimeOffset"/> to timestamptz only at offset zero: every time goes as UTC (the
    /// instant is the same).
    /// </summary>
    private static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => time.ToUniversalTime(),
        _ => value,
    };
}
