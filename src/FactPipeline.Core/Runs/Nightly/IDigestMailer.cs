namespace FactPipeline.Core.Runs.Nightly;

/// <summary>Sends a night's digest to the desk's readers.</summary>
public interface IDigestMailer
{
    /// <summary>
    /// One message to every configured address. A failure (after the retries) is returned, never thrown: the digest
    /// folder is already written, and a mail server being down must not fail the run. Only cancellation is thrown.
    /// </summary>
    Task<DigestMailResult> SendAsync(NightlyDigest digest, CancellationToken cancellationToken = default);
}

public enum DigestMailStatus
{
    Sent,
    /// <summary><c>Notifications:Email:Enabled</c> is false: nothing was tried.</summary>
    Disabled,
    Failed,
}

/// <summary>What became of a night's mail.</summary>
/// <param name="Attempts">SMTP attempts made (0 when nothing was tried).</param>
/// <param name="Reason">Why it was not sent, in one line; null when it was.</param>
public sealed record DigestMailResult(DigestMailStatus Status, string Subject, IReadOnlyList<string> Recipients, int Attempts, string? Reason)
{
    public bool Sent => Status == DigestMailStatus.Sent;

    public static DigestMailResult Disabled(string subject) =>
        new(DigestMailStatus.Disabled, subject, [], 0, $"not mailed: {EmailNotificationOptions.SectionName}:Enabled is false");
}
