namespace FactPipeline.Core.Accounts;

/// <summary>A user name or password the desk does not accept, or a user that exists already or not at all.</summary>
public sealed class AccountException(string message) : Exception(message);
