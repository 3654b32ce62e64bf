using Dapper;
using FactPipeline.Core.Storage;
using FactPipeline.Core.Tests.TestSupport;

namespace FactPipeline.Core.Tests.Storage;

public sealed class SqliteDatabaseTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Open_PooledConnectionHandedOutAgain_StillHasEverySetting()
    {
        var path = _temp.File("facts.db");
        var connectionString = SqliteDatabase.ConnectionString(path);
        object firstHandle;
        await using (var first = await SqliteDatabase.OpenAsync(path, connectionString, Ct))
        {
            firstHandle = first.Handle!;
        }

        await using var again = await SqliteDatabase.OpenAsync(path, connectionString, Ct);

        // The same native connection, whose settings were applied once, when it was first opened.
        again.Handle.ShouldBeSameAs(firstHandle);
        (await again.ExecuteScalarAsync<long>("PRAGMA foreign_keys")).ShouldBe(1);
        (await again.ExecuteScalarAsync<long>("PRAGMA synchronous")).ShouldBe(1); // NORMAL
        (await again.ExecuteScalarAsync<long>("PRAGMA busy_timeout")).ShouldBe(5000);
    }

    [Fact]
    public async Task Open_PathIsADirectory_StorageErrorNamingThePath()
    {
        var path = _temp.File("a-folder.db");
        Directory.CreateDirectory(path);

        var error = await Should.ThrowAsync<StorageException>(() => SqliteDatabase.OpenAsync(path, SqliteDatabase.ConnectionString(path), Ct));

        error.Message.ShouldStartWith($"{path}: cannot open the database (");
        error.InnerException.ShouldBeOfType<Microsoft.Data.Sqlite.SqliteException>();
    }
}
