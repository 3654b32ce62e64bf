using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Accounts;

/// <summary>
/// Desk users: created and removed by the <c>users</c> command, signed in by the web desk. Passwords are hashed with
/// ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, iterated); too many failed sign-ins in a
/// row lock the account for <see cref="AccountOptions.LockoutDuration"/>.
/// </summary>
public sealed partial class AccountService(IUserAccountStore store, IOptions<AccountOptions> options, TimeProvider time, ILogger<AccountService> logger)
{
    private static readonly PasswordHasher<UserAccount> Hasher = new();

    /// <summary>A hash no password matches: a sign-in for an unknown name costs as much as one for a known name.</summary>
    private static readonly string DecoyHash = Hasher.HashPassword(null!, Guid.NewGuid().ToString("N"));

    public const int MaxNameLength = 64;

    public async Task<UserAccount> AddAsync(string name, UserRole role, string password, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        if (!Enum.IsDefined(role))
        {
            throw new AccountException($"unknown role {role} (viewer, editor or admin)");
        }
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < options.Value.MinPasswordLength)
        {
            throw new AccountException($"the password is too short: at least {options.Value.MinPasswordLength} characters");
        }
        var account = new UserAccount(name, role, "", time.GetUtcNow());
        account = account with { PasswordHash = Hasher.HashPassword(account, password) };
        if (!await store.AddAsync(account, cancellationToken))
        {
            throw new AccountException($"user {name} exists already");
        }
        LogAdded(name, role);
        return account;
    }

    public async Task RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!await store.RemoveAsync(name, cancellationToken))
        {
            throw new AccountException($"no user {name}");
        }
        LogRemoved(name);
    }

    public Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default) => store.ListAsync(cancellationToken);

    public async Task<SignInResult> SignInAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        var account = string.IsNullOrEmpty(name) ? null : await store.FindAsync(name, cancellationToken);
        if (account is null)
        {
            Hasher.VerifyHashedPassword(null!, DecoyHash, password ?? "");
            return new SignInResult(SignInOutcome.WrongNameOrPassword);
        }
        var now = time.GetUtcNow();
        if (account.LockedUntil is { } until && until > now)
        {
            return new SignInResult(SignInOutcome.LockedOut, LockedUntil: until);
        }
        if (Hasher.VerifyHashedPassword(account, account.PasswordHash, password ?? "") == PasswordVerificationResult.Failed)
        {
            var failures = account.FailedSignIns + 1;
            if (failures >= options.Value.MaxFailedSignIns)
            {
                var lockedUntil = now + options.Value.LockoutDuration;
                await store.SaveSignInStateAsync(account.Name, 0, lockedUntil, cancellationToken);
                LogLockedOut(account.Name, failures, lockedUntil);
                return new SignInResult(SignInOutcome.LockedOut, LockedUntil: lockedUntil);
            }
            await store.SaveSignInStateAsync(account.Name, failures, null, cancellationToken);
            return new SignInResult(SignInOutcome.WrongNameOrPassword);
        }
        if (account.FailedSignIns != 0 || account.LockedUntil is not null)
        {
            await store.SaveSignInStateAsync(account.Name, 0, null, cancellationToken);
        }
        return new SignInResult(SignInOutcome.Succeeded, account with { FailedSignIns = 0, LockedUntil = null });
    }

    /// <summary>Letters, digits and . _ - @ only: a name shows in audit trails and page headers as it is.</summary>
    /// <exception cref="AccountException">The name is not accepted, with the rule.</exception>
    public static void CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength
            || !name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
        {
            throw new AccountException(
                $"user name '{name}' is not accepted: 1 to {MaxNameLength} letters, digits, '.', '_', '-' or '@'");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {Name} added as {Role}")]
    private partial void LogAdded(string name, UserRole role);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {Name} removed")]
    private partial void LogRemoved(string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {Name} locked out after {Failures} failed sign-ins, until {LockedUntil}")]
    private partial void LogLockedOut(string name, int failures, DateTimeOffset lockedUntil);
}
