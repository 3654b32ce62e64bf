using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Polly;
using Polly.Retry;

namespace FactPipeline.Core.Runs.Nightly;

/// <summary>
/// The nightly mail over SMTP with MailKit. Transient failures (a 4xx reply such as greylisting or a full queue, a
/// refused or dropped connection, a timeout) are retried with exponential backoff; a 5xx reply, a failed sign-in or a
/// TLS failure is not, since trying again would get the same answer. The last failure is logged and returned.
/// </summary>
public sealed partial class MailKitDigestMailer : IDigestMailer
{
    private readonly EmailNotificationOptions settings;
    private readonly TimeProvider time;
    private readonly ILogger<MailKitDigestMailer> logger;

    public MailKitDigestMailer(IOptions<EmailNotificationOptions> options, TimeProvider time, ILogger<MailKitDigestMailer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        settings = options.Value;
        this.time = time;
        this.logger = logger;
    }

    public async Task<DigestMailResult> SendAsync(NightlyDigest digest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var subject = NightlyMail.Subject(digest);
        if (!settings.Enabled)
        {
            return DigestMailResult.Disabled(subject);
        }
        var recipients = settings.To.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToArray();
        if (Refusal() is { } refusal)
        {
            LogNotSent(logger, subject, refusal);
            return new DigestMailResult(DigestMailStatus.Failed, subject, recipients, 0, refusal);
        }
        MailAddresses.TryParse(settings.From, out var from);
        var to = recipients.Select(r => MailAddresses.TryParse(r, out var mailbox) ? mailbox : null).OfType<MailboxAddress>().ToArray();
        var password = string.IsNullOrEmpty(settings.UserName) ? null : Environment.GetEnvironmentVariable(settings.PasswordEnvironmentVariable);
        using var message = NightlyMail.Build(digest, from, to, time.GetUtcNow());
        var attempts = 0;
        try
        {
            await Retry().ExecuteAsync(
                async token =>
                {
                    attempts++;
                    await SendOnceAsync(message, password, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = $"not mailed after {attempts} attempt{(attempts == 1 ? "" : "s")} to {settings.SmtpHost}:{settings.SmtpPort}: {Describe(e)}";
            LogFailed(logger, e, subject, reason);
            return new DigestMailResult(DigestMailStatus.Failed, subject, recipients, attempts, reason);
        }
        LogSent(logger, subject, recipients.Length, attempts);
        return new DigestMailResult(DigestMailStatus.Sent, subject, recipients, attempts, null);
    }

    /// <summary>Why nothing can be tried: the settings a start-up check would have refused, or a missing password.</summary>
    private string? Refusal()
    {
        if (new EmailNotificationOptionsValidator().Validate(null, settings) is { Failed: true } invalid)
        {
            return $"not mailed: {invalid.FailureMessage}";
        }
        if (!string.IsNullOrEmpty(settings.UserName) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(settings.PasswordEnvironmentVariable)))
        {
            return $"not mailed: {EmailNotificationOptions.SectionName}:UserName is set but the environment variable {settings.PasswordEnvironmentVariable} holding its password is not";
        }
        return null;
    }

    // SmtpHost is set: Refusal checked it.
    private async Task SendOnceAsync(MimeMessage message, string? password, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, SocketOptions(settings.Security), cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, password ?? "", cancellationToken).ConfigureAwait(false);
        }
        await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    private ResiliencePipeline Retry()
    {
        // Polly refuses a retry strategy with no retries: one attempt is the bare pipeline.
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (settings.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false, // one sender, one server: nothing to spread out
                Delay = settings.RetryBaseDelay,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                OnRetry = args =>
                {
                    LogRetrying(logger, args.AttemptNumber + 1, Describe(args.Outcome.Exception), args.RetryDelay);
                    return default;
                },
            });
        }
        return builder.Build();
    }

    /// <summary>Worth another attempt: the server said "later" (4xx) or the connection failed or dropped.</summary>
    internal static bool IsTransient(Exception e) => e switch
    {
        SmtpCommandException command => (int)command.StatusCode is >= 400 and < 500,
        AuthenticationException or SslHandshakeException or NotSupportedException => false,
        SmtpProtocolException or ServiceNotConnectedException or SocketException or IOException or TimeoutException => true,
        _ => false,
    };

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    private static string Describe(Exception? e) => e switch
    {
        null => "unknown failure",
        SmtpCommandException command => $"server replied {(int)command.StatusCode} {command.Message.Trim()}",
        _ => e.Message.Trim(),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nightly mail attempt {Attempt} failed: {Reason}; retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Nightly mail \"{Subject}\" {Reason}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string subject, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nightly mail \"{Subject}\" {Reason}")]
    private static partial void LogNotSent(ILogger logger, string subject, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly mail \"{Subject}\" sent to {Recipients} recipients in {Attempts} attempts")]
    private static partial void LogSent(ILogger logger, string subject, int recipients, int attempts);
}
