using FactPipeline.Core.Runs;
using FactPipeline.Core.Runs.Nightly;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;
using static FactPipeline.Core.Tests.Runs.Nightly.NightlyRuns;

namespace FactPipeline.Core.Tests.Runs.Nightly;

/// <summary>The reporter as AddNightlyReports registers it, over in-memory settings, mailing to a loopback SMTP server.</summary>
public sealed class NightlyReporterTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private Dictionary<string, string?> Settings(int? smtpPort)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Reports:NightlyDirectory"] = temp.File("nightly"),
            ["Desk:Organisation:DeskUrl"] = "https://desk.newsroom.example",
        };
        if (smtpPort is { } port)
        {
            foreach (var (key, value) in NightlySettings.EnabledMail())
            {
                settings[key] = value;
            }
            settings["Notifications:Email:SmtpHost"] = "127.0.0.1";
            settings["Notifications:Email:SmtpPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Notifications:Email:Security"] = "None";
            settings["Notifications:Email:MaxAttempts"] = "2";
            settings["Notifications:Email:RetryBaseDelay"] = "00:00:00.020";
        }
        return settings;
    }

    private async Task<NightlyReport> ReportAsync(Dictionary<string, string?> settings, RunDiff diff)
    {
        using var host = NightlySettings.Host(settings);
        await host.StartAsync(TestContext.Current.CancellationToken);
        var report = await host.Services.GetRequiredService<NightlyReporter>().ReportAsync(
            Night, Run(diff), Previous, WriteRunDigests(temp.File("run")), TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);
        return report;
    }

    [Fact]
    public async Task Report_MailOff_WritesTheFolderAndSaysWhyItDidNotMail()
    {
        var report = await ReportAsync(Settings(smtpPort: null), FullDiff);

        report.Folder.ShouldBe(Path.Combine(temp.File("nightly"), "2026-12-02"));
        report.Files.Count.ShouldBe(4);
        report.Files.ShouldAllBe(f => File.Exists(f));
        report.Mailed.ShouldBeFalse();
        report.Mail.Status.ShouldBe(DigestMailStatus.Disabled);
        report.Mail.Reason.ShouldBe("not mailed: Notifications:Email:Enabled is false");
    }

    [Fact]
    public async Task Report_LinksFindingsToTheConfiguredDesk()
    {
        var report = await ReportAsync(Settings(smtpPort: null), FullDiff);

        File.ReadAllText(report.Files[0]).ShouldContain("(<https://desk.newsroom.example/findings/f-new-1>)");
        File.ReadAllText(report.Files[3]).ShouldContain("href=\"https://desk.newsroom.example/findings/f-new-1\"");
    }

    [Fact]
    public async Task Report_MailOn_WritesTheFolderThenMailsIt()
    {
        await using var server = new LoopbackSmtpServer();

        var report = await ReportAsync(Settings(server.Port), FullDiff);

        report.Files.ShouldAllBe(f => File.Exists(f));
        report.Mailed.ShouldBeTrue(report.Mail.Reason);
        report.Mail.Recipients.ShouldBe(["desk@example.org"]);
        using var message = MimeMessage.Load(new MemoryStream(server.Messages.ShouldHaveSingleItem().Data), TestContext.Current.CancellationToken);
        message.Subject.ShouldBe(report.Mail.Subject);
        message.TextBody.ShouldNotBeNull().ReplaceLineEndings("\n").ShouldContain(File.ReadAllText(report.Files[1]).TrimEnd());
    }

    [Fact]
    public async Task Report_MailServerRejectsEveryAttempt_ReturnsTheFailureWithTheFolderWritten()
    {
        await using var server = new LoopbackSmtpServer(rejectFirst: 100);

        var report = await ReportAsync(Settings(server.Port), RunDiff.Empty);

        report.Files.ShouldAllBe(f => File.Exists(f));
        File.ReadAllText(report.Files[0]).ShouldContain("No changes since the last run");
        report.Mailed.ShouldBeFalse();
        report.Mail.Status.ShouldBe(DigestMailStatus.Failed);
        report.Mail.Attempts.ShouldBe(2);
        report.Mail.Subject.ShouldBe("FactPipeline nightly 2026-12-02: no changes");
        report.Mail.Reason.ShouldNotBeNull().ShouldContain("451");
    }
}
