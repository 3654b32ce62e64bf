using FactPipeline.Core.Model;
using Npgsql;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary>
/// <see cref="IFactBatch"/> on one connection and transaction, each article one round trip
/// (<see cref="PostgresFactWrites"/>). Unlike SQLite, other connections may write meanwhile: PostgreSQL has many writers.
/// </summary>
internal sealed class PostgresFactBatch : IFactBatch
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly string _runId;

    private readonly TimeProvider _time;

    private PostgresFactBatch(NpgsqlConnection connection, NpgsqlTransaction transaction, string runId, TimeProvider time) =>
        (_connection, _transaction, _runId, _time) = (connection, transaction, runId, time);

    public static async Task<PostgresFactBatch> BeginAsync(NpgsqlConnection connection, string runId, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            return new PostgresFactBatch(connection, await connection.BeginTransactionAsync(cancellationToken), runId, time);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task SaveArticleAsync(Article article, IReadOnlyList<Claim> claims, IReadOnlyList<Statement> statements, string extractorVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(statements);
        SqliteFactStore.CheckOwner(article.Id, statements);
        return PostgresFactWrites.SaveArticleAsync(_connection, _transaction, _runId, article, claims, statements, extractorVersion, _time.GetUtcNow(), cancellationToken);
    }

    public Task LinkArticleAsync(string articleId, string source, CancellationToken cancellationToken = default) =>
        PostgresFactWrites.LinkAsync(_connection, _transaction, _runId, articleId, source, _time.GetUtcNow(), cancellationToken);

    public Task RecordProblemAsync(InputProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return PostgresQuery.ExecuteAsync(_connection, PostgresFactWrites.ProblemSql, cancellationToken, _transaction, PostgresFactWrites.ProblemValues(_runId, problem));
    }

    public Task CommitAsync(CancellationToken cancellationToken = default) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
