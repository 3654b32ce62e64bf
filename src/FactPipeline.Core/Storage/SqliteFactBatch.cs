using FactPipeline.Core.Model;
using Microsoft.Data.Sqlite;

namespace FactPipeline.Core.Storage;

/// <summary>
/// <see cref="IFactBatch"/> on one connection and transaction. The statements run for every article (the claims'
/// insert above all) are made once per batch and only bind values per row: the same SQL as
/// <see cref="SqliteFactStore"/>'s single writes, without a connection, a transaction and a parse per article.
/// </summary>
internal sealed class SqliteFactBatch : IFactBatch
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly string _runId;
    private readonly PositionalStatement _upsertArticle;
    private readonly PositionalStatement _insertClaim;
    private readonly PositionalStatement _deleteClaims;
    private readonly PositionalStatement _deleteStatements;
    private readonly PositionalStatement _link;
    private readonly PositionalStatement _problem;
    private readonly PositionalStatement _touchVersion;
    private readonly PositionalStatement _addVersion;
    private readonly TimeProvider _time;

    private SqliteFactBatch(SqliteConnection connection, SqliteTransaction transaction, string runId, TimeProvider time)
    {
        (_connection, _transaction, _runId, _time) = (connection, transaction, runId, time);
        _upsertArticle = new PositionalStatement(connection, SqliteFactStore.UpsertArticleSql, ArticleRow.Columns);
        _insertClaim = new PositionalStatement(connection, SqliteFactStore.InsertClaimSql, ClaimRow.Columns);
        _deleteClaims = new PositionalStatement(connection, "DELETE FROM claims WHERE article_id = @id", ["id"]);
        _deleteStatements = new PositionalStatement(connection, SqliteFactStore.DeleteStatementsSql, ["articleId"]);
        _link = new PositionalStatement(connection, SqliteFactStore.LinkSql, ["runId", "articleId", "source"]);
        _problem = new PositionalStatement(connection, SqliteFactStore.ProblemSql, SqliteFactStore.ProblemColumns);
        _touchVersion = new PositionalStatement(connection, ArticleVersionTables.TouchSql, ArticleVersionTables.Columns);
        _addVersion = new PositionalStatement(connection, ArticleVersionTables.AddSql, ArticleVersionTables.Columns);
    }

    public static async Task<SqliteFactBatch> BeginAsync(SqliteConnection connection, string runId, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            return new SqliteFactBatch(connection, transaction, runId, time);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task SaveArticleAsync(Article article, IReadOnlyList<Claim> claims, IReadOnlyList<Statement> statements, string extractorVersion, CancellationToken cancellationToken = default)
    {
        SqliteFactStore.CheckOwner(article.Id, statements);
        await _upsertArticle.RunAsync(ArticleRow.Values(article, extractorVersion), cancellationToken);
        await _deleteClaims.RunAsync([article.Id], cancellationToken);
        foreach (var claim in claims)
        {
            await _insertClaim.RunAsync(ClaimRow.From(claim).Values(), cancellationToken);
        }
        // Most articles carry no statements (they come from the LLM): the old ones are deleted by a prepared statement,
        // and only new ones go through Dapper.
        await _deleteStatements.RunAsync([article.Id], cancellationToken);
        if (statements.Count > 0)
        {
            await SqliteFactStore.InsertStatementsAsync(_connection, _transaction, statements);
        }
        await LinkArticleAsync(article.Id, article.Source, cancellationToken);
    }

    public async Task LinkArticleAsync(string articleId, string source, CancellationToken cancellationToken = default)
    {
        await _link.RunAsync([_runId, articleId, source], cancellationToken);
        // Every link is a read of the source (a 304 too): its version history learns of it.
        var version = ArticleVersionTables.Values(source, articleId, _time.GetUtcNow());
        await _touchVersion.RunAsync(version, cancellationToken);
        await _addVersion.RunAsync(version, cancellationToken);
    }

    public Task RecordProblemAsync(InputProblem problem, CancellationToken cancellationToken = default) =>
        _problem.RunAsync(SqliteFactStore.ProblemValues(_runId, problem), cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken = default) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _upsertArticle, _insertClaim, _deleteClaims, _deleteStatements, _link, _problem, _touchVersion, _addVersion })
        {
            command.Dispose();
        }
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
