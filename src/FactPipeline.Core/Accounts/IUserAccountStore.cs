namespace FactPipeline.Core.Accounts;

/// <summary>Where desk users are kept (Storage implements it, in the same database as the facts).</summary>
public interface IUserAccountStore
{
    /// <summary>Adds the account; false when a user of that name (in any letter case) exists already.</summary>
    Task<bool> AddAsync(UserAccount account, CancellationToken cancellationToken = default);

    Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every user, by name.</summary>
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>False when there was no such user.</summary>
    Task<bool> RemoveAsync(string name, CancellationToken cancellationToken = default);

    Task SaveSignInStateAsync(string name, int failedSignIns, DateTimeOffset? lockedUntil, CancellationToken cancellationToken = default);
}
