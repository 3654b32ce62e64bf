using System.Globalization;
using Dapper;
using FactPipeline.Core.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Storage;

/// <summary><see cref="IUserAccountStore"/> in the same SQLite file as the facts (table users).</summary>
public sealed class SqliteUserAccountStore(IOptions<StorageOptions> options) : IUserAccountStore
{
    // NOCASE: "Editor" and "editor" are one user.
    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS users (
            name TEXT PRIMARY KEY COLLATE NOCASE,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            failed_sign_ins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT NULL
        );
        """;

    private const string Columns = "name AS Name, role AS Role, password_hash AS PasswordHash, created_at AS CreatedAt, failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil";

    private readonly SqliteTables _tables = new(options.Value.DatabasePath, CreateSql);

    public async Task<bool> AddAsync(UserAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = await OpenAsync(cancellationToken);
        var added = await connection.ExecuteAsync(
            "INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @createdAt) ON CONFLICT (name) DO NOTHING",
            new { name = account.Name, role = account.Role.ToString(), hash = account.PasswordHash, createdAt = Text(account.CreatedAt) });
        return added == 1;
    }

    public async Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QueryFirstOrDefaultAsync<UserRow>($"SELECT {Columns} FROM users WHERE name = @name", new { name });
        return row?.ToAccount();
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<UserRow>($"SELECT {Columns} FROM users ORDER BY name");
        return [.. rows.Select(r => r.ToAccount())];
    }

    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM users WHERE name = @name", new { name }) == 1;
    }

    public async Task SaveSignInStateAsync(string name, int failedSignIns, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE users SET failed_sign_ins = @failedSignIns, locked_until = @until WHERE name = @name",
            new { name, failedSignIns, until = lockedUntil is { } at ? Text(at) : null });
    }

    private static string Text(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _tables.OpenAsync(cancellationToken);

    /// <summary>A users row as read (names match the column aliases for the generated reader).</summary>
    internal sealed class UserRow
    {
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public string PasswordHash { get; set; } = "";
        public string CreatedAt { get; set; } = "";
        public long FailedSignIns { get; set; }
        public string? LockedUntil { get; set; }

        public UserAccount ToAccount() =>
            new(Name, Enum.Parse<UserRole>(Role), PasswordHash, DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture))
            {
                FailedSignIns = (int)FailedSignIns,
                LockedUntil = LockedUntil is null ? null : DateTimeOffset.Parse(LockedUntil, CultureInfo.InvariantCulture),
            };
    }
}
