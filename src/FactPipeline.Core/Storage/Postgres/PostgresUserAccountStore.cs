using FactPipeline.Core.Accounts;
using Npgsql;

namespace FactPipeline.Core.Storage.Postgres;

/// <summary>
/// <see cref="IUserAccountStore"/> in the PostgreSQL database (table users). A name is one user in any letter case, as
/// SQLite's NOCASE column makes it: a unique index on <c>lower(name)</c>, and every lookup by it.
/// </summary>
public sealed class PostgresUserAccountStore(PostgresDatabase database) : IUserAccountStore
{
    private const string Columns = "name, role, password_hash, created_at, failed_sign_ins, locked_until";

    public async Task<bool> AddAsync(UserAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = await database.OpenAsync(cancellationToken);
        // No conflict target: the primary key and the lower(name) index both count as "exists already".
        return await PostgresQuery.ExecuteAsync(
            connection,
            "INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @createdAt) ON CONFLICT DO NOTHING",
            cancellationToken, null,
            ("name", account.Name), ("role", account.Role.ToString()), ("hash", account.PasswordHash), ("createdAt", account.CreatedAt)) == 1;
    }

    public async Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await PostgresQuery.ListAsync(
            connection, $"SELECT {Columns} FROM users WHERE lower(name) = lower(@name)", Read, cancellationToken, null, ("name", name))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ListAsync(connection, $"SELECT {Columns} FROM users ORDER BY lower(name) COLLATE \"C\"", Read, cancellationToken);
    }

    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await PostgresQuery.ExecuteAsync(connection, "DELETE FROM users WHERE lower(name) = lower(@name)", cancellationToken, null, ("name", name)) == 1;
    }

    public async Task SaveSignInStateAsync(string name, int failedSignIns, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresQuery.ExecuteAsync(
            connection, "UPDATE users SET failed_sign_ins = @failed, locked_until = @until WHERE lower(name) = lower(@name)", cancellationToken, null,
            ("name", name), ("failed", (long)failedSignIns), ("until", lockedUntil));
    }

    private static UserAccount Read(NpgsqlDataReader r) =>
        new(r.GetString(0), Enum.Parse<UserRole>(r.GetString(1)), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3))
        {
            FailedSignIns = (int)r.GetInt64(4),
            LockedUntil = r.IsDBNull(5) ? null : r.GetFieldValue<DateTimeOffset>(5),
        };
}
