namespace FactPipeline.Core.Accounts;

public enum SignInOutcome
{
    Succeeded,
    /// <summary>No such user or a wrong password: the two are not told apart, so names cannot be probed.</summary>
    WrongNameOrPassword,
    LockedOut,
}

/// <param name="Account">The signed-in user, when <see cref="Outcome"/> is <see cref="SignInOutcome.Succeeded"/>.</param>
/// <param name="LockedUntil">When a locked account opens again.</param>
public sealed record SignInResult(SignInOutcome Outcome, UserAccount? Account = null, DateTimeOffset? LockedUntil = null);
