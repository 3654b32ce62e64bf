using System.Text.Json;
using FactPipeline.Core.Review.Corrections;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Storage;

/// <summary><see cref="IArticleVersionStore"/> over <c>article_versions</c> (<see cref="ArticleVersionTables"/>), which the fact store writes.</summary>
public sealed class SqliteArticleVersionStore(IOptions<StorageOptions> options) : IArticleVersionStore
{
    private const string Columns = "source, article_id, first_fetched_at, last_fetched_at";

    private readonly SqliteTables _tables = new(options.Value.DatabasePath, ArticleVersionTables.CreateSql);

    public async Task<IReadOnlyList<ArticleVersion>> LoadVersionsAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        if (sources.Count == 0)
        {
            return [];
        }
        await using var connection = await _tables.OpenAsync(cancellationToken);
        var versions = new List<ArticleVersion>();
        // One JSON parameter per chunk: a run's sources may be more than SQLite binds in one statement.
        foreach (var chunk in sources.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            versions.AddRange(await SqliteQuery.ListAsync(
                connection,
                $"SELECT {Columns} FROM article_versions WHERE source IN (SELECT value FROM json_each(@sources)) ORDER BY source, seq",
                Read, cancellationToken, null, ("sources", JsonSerializer.Serialize(chunk, StorageJson.Default.StringArray))));
        }
        return versions;
    }

    public async Task<ArticleVersion?> FindVersionAsync(string source, string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        // Of a text read in two stretches (A → B → A), the latest: what the source says, or said last, as this text.
        var rows = await SqliteQuery.ListAsync(
            connection,
            $"SELECT {Columns} FROM article_versions WHERE source = @source AND article_id = @articleId ORDER BY seq DESC LIMIT 1",
            Read, cancellationToken, null, ("source", source), ("articleId", articleId));
        return rows.FirstOrDefault();
    }

    private static ArticleVersion Read(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), TrackedRow.Time(r.GetString(2)), TrackedRow.Time(r.GetString(3)));
}
