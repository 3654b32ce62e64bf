using Microsoft.Extensions.Options;
using MimeKit;

namespace FactPipeline.Core.Runs.Nightly;

/// <summary>
/// The checks of <see cref="EmailNotificationOptions"/> that need more than one field; the annotations (port, attempts,
/// delays) are checked by AddValidatedOptions. Each failure is one line naming the setting, because it is printed as
/// the only output of a run that refused to start: a nightly job that cannot mail should say so before it runs, not
/// after an hour of fetching.
/// </summary>
public sealed class EmailNotificationOptionsValidator : IValidateOptions<EmailNotificationOptions>
{
    private const string Section = EmailNotificationOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, EmailNotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.Password))
        {
            failures.Add($"{Section}:Password must not be set in a configuration file; remove it and put the password in the environment variable {options.PasswordEnvironmentVariable} ({Section}:PasswordEnvironmentVariable).");
        }
        if (options.Enabled)
        {
            ValidateEnabled(options, failures);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateEnabled(EmailNotificationOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.SmtpHost))
        {
            failures.Add($"{Section}:SmtpHost is required when {Section}:Enabled is true (e.g. smtp.example.org).");
        }
        if (string.IsNullOrWhiteSpace(options.From))
        {
            failures.Add($"{Section}:From is required when {Section}:Enabled is true (e.g. factpipeline@example.org).");
        }
        else if (!MailAddresses.TryParse(options.From, out _))
        {
            failures.Add($"{Section}:From '{options.From}' is not a mail address.");
        }
        if (options.To.Count == 0 || options.To.All(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{Section}:To needs at least one address when {Section}:Enabled is true.");
        }
        for (var i = 0; i < options.To.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(options.To[i]) && !MailAddresses.TryParse(options.To[i], out _))
            {
                failures.Add($"{Section}:To:{i} '{options.To[i]}' is not a mail address.");
            }
        }
    }
}

/// <summary>Mail addresses as the settings give them: "desk@example.org" or "Desk &lt;desk@example.org&gt;".</summary>
internal static class MailAddresses
{
    /// <summary>
    /// MimeKit's parser is lenient (a bare "desk" is a mailbox to it, meant for local delivery); a nightly mail goes
    /// out through a relay, so a local part, an @ and a domain are required.
    /// </summary>
    public static bool TryParse(string? text, out MailboxAddress mailbox)
    {
        mailbox = null!;
        if (string.IsNullOrWhiteSpace(text) || !MailboxAddress.TryParse(text.Trim(), out var parsed))
        {
            return false;
        }
        var at = parsed.Address.LastIndexOf('@');
        if (at <= 0 || at == parsed.Address.Length - 1 || parsed.Address.Any(char.IsWhiteSpace))
        {
            return false;
        }
        mailbox = parsed;
        return true;
    }
}
