using System.ComponentModel.DataAnnotations;
using FactPipeline.Core.Common.Options;

namespace FactPipeline.Core.Runs.Nightly;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text: only for a relay on the same machine or a trusted network.</summary>
    None,
    /// <summary>Connect in plain text, then upgrade with STARTTLS (usually port 587); fails if the server cannot.</summary>
    StartTls,
    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,
}

/// <summary>
/// The nightly digest by mail (<c>Notifications:Email</c>), off by default. The password is never a setting: it is
/// read, when the mail is sent, from the environment variable <see cref="PasswordEnvironmentVariable"/> names.
/// Checked at start by <see cref="EmailNotificationOptionsValidator"/>.
/// </summary>
public sealed class EmailNotificationOptions
{
    public const string SectionName = "Notifications:Email";

    public bool Enabled { get; set; }

    /// <summary>Recipients; at least one when <see cref="Enabled"/>.</summary>
    public List<string> To { get; set; } = [];

    public string? From { get; set; }

    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Sign in with this name (and the password from the environment); none: send without signing in.</summary>
    public string? UserName { get; set; }

    [Required(AllowEmptyStrings = false)]
    public string PasswordEnvironmentVariable { get; set; } = "FACTPIPELINE_SMTP_PASSWORD";

    /// <summary>Refused when set: present only so a password put in a settings file is caught at start, not used.</summary>
    public string? Password { get; set; }

    /// <summary>Attempts per mail, the first included; only transient failures (4xx replies, lost connections) are retried.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait before the first retry, doubled for each one after it.</summary>
    [TimeSpanRange("00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one SMTP command may take before the attempt is given up.</summary>
    [TimeSpanRange("00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
}
