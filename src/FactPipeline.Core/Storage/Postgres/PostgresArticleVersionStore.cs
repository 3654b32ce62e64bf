using FactPipeline.Core.Review.Corrections;
using Npgsql;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary><see cref="IArticleVersionStore"/> over PostgreSQL's <c>article_versions</c> (migration 0005), which the fact store writes.</summary>
public sealed class PostgresArticleVersionStore(PostgresDatabase database) : IArticleVersionStore
{
    private const string Columns = "source, article_id, first_fetched_at, last_fetched_at";

    public async Task<IReadOnlyList<ArticleVersion>> LoadVersionsAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            return [];
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ListAsync(connection,
            $"SELECT {Columns} FROM article_versions WHERE source = ANY(@sources) ORDER BY source COLLATE \"C\", seq",
            Read, cancellationToken, null, ("sources", sources.Distinct(StringComparer.Ordinal).ToArray()));
    }

    public async Task<ArticleVersion?> FindVersionAsync(string source, string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Of a text read in two stretches (A → B → A), the latest: what the source says, or said last, as this text.
        var rows = await PostgresQuery.ListAsync(connection,
            $"SELECT {Columns} FROM article_versions WHERE source = @source AND article_id = @articleId ORDER BY seq DESC LIMIT 1",
            Read, cancellationToken, null, ("source", source), ("articleId", articleId));
        return rows.FirstOrDefault();
    }

    private static ArticleVersion Read(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), TrackedRow.Time(r.GetString(2)), TrackedRow.Time(r.GetString(3)));
}
