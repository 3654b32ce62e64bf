using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

using FactPipeline.Core.Fetching;

namespace FactPipeline.Core.Storage;

/// <summary><see cref="IFetchStateStore"/> in the same SQLite file as the facts (table fetch_state).</summary>
public sealed class SqliteFetchStateStore(IOptions<StorageOptions> options) : IFetchStateStore
{
    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS fetch_state (
            url TEXT PRIMARY KEY,
            etag TEXT NULL,
            last_modified TEXT NULL,
            article_id TEXT NOT NULL
        );
        """;

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = options.Value.DatabasePath,
        Pooling = true,
    }.ToString();

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        SqliteDatabase.CreateFolderOf(options.Value.DatabasePath);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(CreateSql);
    }

    public async Task<FetchState?> GetAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<FetchState>(
            "SELECT url AS Url, etag AS ETag, last_modified AS LastModified, article_id AS ArticleId FROM fetch_state WHERE url = @url",
            new { url });
    }

    public async Task SaveAsync(FetchState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO fetch_state (url, etag, last_modified, article_id) VALUES (@Url, @ETag, @LastModified, @ArticleId)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, article_id = excluded.article_id
            """,
            state);
    }

    public async Task ForgetAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM fetch_state WHERE url = @url", new { url });
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        SqliteDatabase.OpenAsync(options.Value.DatabasePath, _connectionString, cancellationToken);
}
