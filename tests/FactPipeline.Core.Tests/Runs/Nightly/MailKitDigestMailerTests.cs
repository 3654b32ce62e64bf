using System.Net;
using System.Net.Sockets;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Runs.Nightly;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using static FactPipeline.Core.Tests.Runs.Nightly.NightlyRuns;

namespace FactPipeline.Core.Tests.Runs.Nightly;

/// <summary>The mailer against a real SMTP listener on 127.0.0.1 (<see cref="LoopbackSmtpServer"/>).</summary>
public sealed class MailKitDigestMailerTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly RecordingLogger<MailKitDigestMailer> logger = new();

    public void Dispose() => temp.Dispose();

    private static EmailNotificationOptions Settings(int port, int maxAttempts = 3) => new()
    {
        Enabled = true,
        SmtpHost = "127.0.0.1",
        SmtpPort = port,
        Security = SmtpSecurity.None,
        From = "FactPipeline <nightly@example.org>",
        To = ["desk@example.org", "편집자 <editor@example.org>"],
        MaxAttempts = maxAttempts,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        Timeout = TimeSpan.FromSeconds(10),
    };

    private MailKitDigestMailer Mailer(EmailNotificationOptions settings) => new(Options.Create(settings), TimeProvider.System, logger);

    private async Task<NightlyDigest> DigestAsync(RunDiff diff) =>
        await Writer(temp.File("nightly")).WriteAsync(
            Night, Run(diff, FailedFeed), Previous, WriteRunDigests(temp.File("run")), DeskUrl, TestContext.Current.CancellationToken);

    /// <summary>A port nothing listens on: taken from the system, then let go.</summary>
    private static int DeadPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task Send_LoopbackServer_DeliversOneMultipartMessageToEveryRecipient()
    {
        await using var server = new LoopbackSmtpServer();

        var result = await Mailer(Settings(server.Port)).SendAsync(await DigestAsync(FullDiff), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(DigestMailStatus.Sent, result.Reason);
        result.Attempts.ShouldBe(1);
        var captured = server.Messages.ShouldHaveSingleItem();
        captured.From.ShouldBe("nightly@example.org");
        captured.Recipients.ShouldBe(["desk@example.org", "editor@example.org"]);
        using var message = MimeMessage.Load(new MemoryStream(captured.Data), TestContext.Current.CancellationToken);
        message.Subject.ShouldBe("FactPipeline nightly 2026-12-02: 2 new, 1 resolved, 1 changed, 1 reopened, 1 correction");
        message.To.Mailboxes.Select(m => m.Address).ShouldBe(["desk@example.org", "editor@example.org"]);
        message.To.Mailboxes.Last().Name.ShouldBe("편집자");
        message.Body.ShouldBeOfType<MultipartAlternative>().Count.ShouldBe(2);
    }

    [Fact]
    public async Task Send_LoopbackServer_PlainPartHasBothMarkdownDigestsAndHtmlPartBothPagesInUtf8()
    {
        await using var server = new LoopbackSmtpServer();

        await Mailer(Settings(server.Port)).SendAsync(await DigestAsync(FullDiff), TestContext.Current.CancellationToken);

        using var message = MimeMessage.Load(new MemoryStream(server.Messages.Single().Data), TestContext.Current.CancellationToken);
        var parts = message.Body.ShouldBeOfType<MultipartAlternative>().OfType<TextPart>().ToArray();
        var plain = parts.Single(p => p.IsPlain);
        var html = parts.Single(p => p.IsHtml);
        plain.ContentType.Charset.ShouldBe("utf-8");
        html.ContentType.Charset.ShouldBe("utf-8");
        plain.Text.ShouldContain("## Since last night");
        plain.Text.ShouldContain("RUN-DIGEST-EN-MD");
        plain.Text.ShouldContain("## 어젯밤 이후");
        plain.Text.ShouldContain("새 발견 2건, 해결 1건, 변경 1건, 재개 1건, 정정 1건.");
        plain.Text.ShouldContain("RUN-DIGEST-KO-MD 한국어 본문");
        plain.Text.IndexOf("어젯밤 이후", StringComparison.Ordinal).ShouldBeGreaterThan(plain.Text.IndexOf("RUN-DIGEST-EN-MD", StringComparison.Ordinal));
        html.Text.ShouldContain("<h2>Since last night</h2>");
        html.Text.ShouldContain("<div lang=\"ko\">");
        html.Text.ShouldContain("<h2>어젯밤 이후</h2>");
        html.Text.ShouldContain("<p>RUN-DIGEST-KO-HTML 한국어 본문</p>");
        html.Text.ShouldContain("<a href=\"https://desk.example/findings/f-changed\">데스크에서 보기</a>");
    }

    [Fact]
    public async Task Send_ServerAnswers451OnFirstAttempt_RetriesAndDelivers()
    {
        await using var server = new LoopbackSmtpServer(rejectFirst: 1);

        var result = await Mailer(Settings(server.Port)).SendAsync(await DigestAsync(FullDiff), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(DigestMailStatus.Sent, result.Reason);
        result.Attempts.ShouldBe(2);
        server.Transactions.ShouldBe(2);
        server.Messages.ShouldHaveSingleItem();
        logger.Entries.ShouldContain(e => e.Level == LogLevel.Warning && e.Message.Contains("attempt 1 failed", StringComparison.Ordinal) && e.Message.Contains("451", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_ServerAlways451_ReportsFailureAfterMaxAttempts()
    {
        await using var server = new LoopbackSmtpServer(rejectFirst: 100);

        var result = await Mailer(Settings(server.Port, maxAttempts: 3)).SendAsync(await DigestAsync(FullDiff), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(DigestMailStatus.Failed);
        result.Attempts.ShouldBe(3);
        server.Transactions.ShouldBe(3);
        server.Messages.ShouldBeEmpty();
        result.Reason.ShouldNotBeNull().ShouldStartWith($"not mailed after 3 attempts to 127.0.0.1:{server.Port}: server replied 451");
        logger.Entries.ShouldContain(e => e.Level == LogLevel.Error && e.Message.Contains(result.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_NothingListening_ReportsFailureInsteadOfThrowing()
    {
        var port = DeadPort();

        var result = await Mailer(Settings(port, maxAttempts: 2)).SendAsync(await DigestAsync(FullDiff), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(DigestMailStatus.Failed);
        result.Sent.ShouldBeFalse();
        result.Attempts.ShouldBe(2, "a refused connection is transient: retried");
        result.Reason.ShouldNotBeNull().ShouldStartWith($"not mailed after 2 attempts to 127.0.0.1:{port}: ");
        result.Recipients.ShouldBe(["desk@example.org", "편집자 <editor@example.org>"]);
    }

    [Fact]
    public async Task Send_StartTlsNotOffered_FailsWithoutRetrying()
    {
        await using var server = new LoopbackSmtpServer();
        var settings = Settings(server.Port);
        settings.Security = SmtpSecurity.StartTls;

        var result = await Mailer(settings).SendAsync(await DigestAsync(FullDiff), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(DigestMailStatus.Failed);
        result.Attempts.ShouldBe(1, "the same server would refuse again");
        result.Reason.ShouldNotBeNull().ShouldContain("STARTTLS", Case.Insensitive);
        server.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Send_Disabled_ReturnsDisabledWithoutConnecting()
    {
        await using var server = new LoopbackSmtpServer();
        var settings = Settings(server.Port);
        settings.Enabled = false;

        var result = await Mailer(settings).SendAsync(await DigestAsync(RunDiff.Empty), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(DigestMailStatus.Disabled);
        result.Reason.ShouldBe("not mailed: Notifications:Email:Enabled is false");
        result.Attempts.ShouldBe(0);
        server.Connections.ShouldBe(0);
    }

    [Fact]
    public async Task Send_UserNameWithoutPasswordInEnvironment_FailsWithoutConnecting()
    {
        await using var server = new LoopbackSmtpServer();
        var settings = Settings(server.Port);
        settings.UserName = "nightly";
        settings.PasswordEnvironmentVariable = $"FACTPIPELINE_TEST_UNSET_{Guid.NewGuid():N}";

        var result = await Mailer(settings).SendAsync(await DigestAsync(FullDiff), TestContext.Current.CancellationToken);

        result.Status.ShouldBe(DigestMailStatus.Failed);
        result.Reason.ShouldNotBeNull().ShouldContain(settings.PasswordEnvironmentVariable);
        server.Connections.ShouldBe(0);
    }
}

/// <summary>Keeps what is logged, formatted, for tests that check what an operator would read.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Message)> entries = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. entries];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        entries.Enqueue((logLevel, formatter(state, exception)));
}
