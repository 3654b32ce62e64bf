using FactPipeline.Core.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

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
    private readonly Reused _upsertArticle;
    private readonly Reused _insertClaim;
    private readonly Reused _deleteClaims;
    private readonly Reused _deleteStatements;
    private readonly Reused _link;
    private readonly Reused _problem;

    private SqliteFactBatch(SqliteConnection connection, SqliteTransaction transaction, string runId)
    {
        (_connection, _transaction, _runId) = (connection, transaction, runId);
        _upsertArticle = new Reused(connection, SqliteFactStore.UpsertArticleSql, ArticleRow.Columns);
        _insertClaim = new Reused(connection, SqliteFactStore.InsertClaimSql, ClaimRow.Columns);
        _deleteClaims = new Reused(connection, "DELETE FROM claims WHERE article_id = @id", ["id"]);
        _deleteStatements = new Reused(connection, SqliteFactStore.DeleteStatementsSql, ["articleId"]);
        _link = new Reused(connection, SqliteFactStore.LinkSql, ["runId", "articleId", "source"]);
        _problem = new Reused(connection, SqliteFactStore.ProblemSql, ["runId", "Source", "Reason"]);
    }

    public static async Task<SqliteFactBatch> BeginAsync(SqliteConnection connection, string runId, CancellationToken cancellationToken)
    {
        try
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            return new SqliteFactBatch(connection, transaction, runId);
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
        await _link.RunAsync([_runId, article.Id, article.Source], cancellationToken);
    }

    public Task LinkArticleAsync(string articleId, string source, CancellationToken cancellationToken = default) =>
        _link.RunAsync([_runId, articleId, source], cancellationToken);

    public Task RecordProblemAsync(InputProblem problem, CancellationToken cancellationToken = default) =>
        _problem.RunAsync([_runId, problem.Source, problem.Reason], cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken = default) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _upsertArticle, _insertClaim, _deleteClaims, _deleteStatements, _link, _problem })
        {
            command.Dispose();
        }
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    /// <summary>
    /// One statement prepared once per batch on the batch's connection and transaction, run once per row with that row's
    /// values bound by position. Microsoft.Data.Sqlite looks each parameter up by name and opens a reader for every
    /// execution, which for the tens of thousands of claims of a run costs more than SQLite's insert itself; the
    /// values are bound as it binds them (text, integer, null), so the rows are the same.
    /// </summary>
    private sealed class Reused : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly sqlite3_stmt _statement;
        private readonly int[] _positions;

        /// <param name="columns">The parameter names without "@", in the order of each row's values.</param>
        public Reused(SqliteConnection connection, string sql, IReadOnlyList<string> columns)
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
}
