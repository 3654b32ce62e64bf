using FactPipeline.Core.Review.Exports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Runs.Nightly;

/// <summary>
/// The nightly run's last act: the night's digest folder, then, when <c>Notifications:Email:Enabled</c>, the mail.
/// The folder is written first and stays whatever becomes of the mail; a mail failure is in the result, not thrown.
/// </summary>
public sealed partial class NightlyReporter(
    NightlyDigestWriter writer,
    IDigestMailer mailer,
    IOptions<EmailNotificationOptions> email,
    IOptions<OrganisationOptions> organisation,
    ILogger<NightlyReporter> logger)
{
    /// <inheritdoc cref="NightlyDigestWriter.WriteAsync" path="/param"/>
    public async Task<NightlyReport> ReportAsync(
        DateOnly night, RunDetail run, RunSummary? previous, string runOutputDirectory, CancellationToken cancellationToken = default)
    {
        var digest = await writer.WriteAsync(night, run, previous, runOutputDirectory, organisation.Value.DeskUrl, cancellationToken).ConfigureAwait(false);
        LogWritten(logger, night, digest.Folder);
        var mail = email.Value.Enabled
            ? await mailer.SendAsync(digest, cancellationToken).ConfigureAwait(false)
            : DigestMailResult.Disabled(NightlyMail.Subject(digest));
        return new NightlyReport(digest.Folder, digest.Files, mail);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly digest for {Night} written to {Folder}")]
    private static partial void LogWritten(ILogger logger, DateOnly night, string folder);
}

/// <summary>What the nightly report did: the folder and its files, and whether the digest was mailed (or why not).</summary>
public sealed record NightlyReport(string Folder, IReadOnlyList<string> Files, DigestMailResult Mail)
{
    public bool Mailed => Mail.Sent;
}
