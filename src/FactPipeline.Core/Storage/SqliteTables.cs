using Dapper;
using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Storage;

/// <summary>
/// A store's own tables in the shared database file (the LLM cache, the desk's users), created on the store's first
/// connection (<c>CREATE TABLE IF NOT EXISTS</c>), once however many calls race to be first.
/// </summary>
internal sealed class SqliteTables(string databasePath, string createSql)
{
    private readonly string _connectionString = SqliteDatabase.ConnectionString(databasePath);
    private readonly SemaphoreSlim _creation = new(1, 1);
    private volatile bool _created;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await CreateAsync(cancellationToken);
        }
        return await SqliteDatabase.OpenAsync(databasePath, _connectionString, cancellationToken);
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await _creation.WaitAsync(cancellationToken);
        try
        {
            if (_created)
            {
                return;
            }
            SqliteDatabase.CreateFolderOf(databasePath);
            await using var connection = await SqliteDatabase.OpenAsync(databasePath, _connectionString, cancellationToken);
            await connection.ExecuteAsync(createSql);
            _created = true;
        }
        finally
        {
            _creation.Release();
        }
    }
}
