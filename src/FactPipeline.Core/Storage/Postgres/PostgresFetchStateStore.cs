using FactPipeline.Core.Fetching;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary><see cref="IFetchStateStore"/> in the PostgreSQL database (table fetch_state).</summary>
public sealed class PostgresFetchStateStore(PostgresDatabase database) : IFetchStateStore
{
    public Task InitializeAsync(CancellationToken cancellationToken = default) => database.MigrateAsync(cancellationToken);

    public async Task<FetchState?> GetAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await PostgresQuery.ListAsync(
            connection, "SELECT url, etag, last_modified, article_id FROM fetch_state WHERE url = @url",
            r => new FetchState(r.GetString(0), r.NullableString(1), r.NullableString(2), r.GetString(3)), cancellationToken, null, ("url", url)))
            .FirstOrDefault();
    }

    public async Task SaveAsync(FetchState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(
            connection,
            """
            INSERT INTO fetch_state (url, etag, last_modified, article_id) VALUES (@url, @etag, @lastModified, @articleId)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, article_id = excluded.article_id
            """,
            cancellationToken, null, ("url", state.Url), ("etag", state.ETag), ("lastModified", state.LastModified), ("articleId", state.ArticleId));
    }

    public async Task ForgetAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(connection, "DELETE FROM fetch_state WHERE url = @url", cancellationToken, null, ("url", url));
    }
}
