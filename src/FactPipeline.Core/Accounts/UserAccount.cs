namespace FactPipeline.Core.Accounts;

/// <summary>A user of the review desk, as stored: the password only as a PasswordHasher hash.</summary>
/// <param name="Name">Unique, compared without regard to letter case.</param>
public sealed record UserAccount(string Name, UserRole Role, string PasswordHash, DateTimeOffset CreatedAt)
{
    /// <summary>Failed sign-ins since the last successful one or the last lockout.</summary>
    public int FailedSignIns { get; init; }

    /// <summary>Sign-in is refused until this time, after too many failures in a row.</summary>
    public DateTimeOffset? LockedUntil { get; init; }
}
