using FactPipeline.Core.Runs.Nightly;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static FactPipeline.Core.Tests.Runs.Nightly.NightlySettings;

namespace FactPipeline.Core.Tests.Runs.Nightly;

/// <summary>Notifications:Email bound and checked at start by AddNightlyReports, as a host starts it.</summary>
public sealed class EmailNotificationOptionsTests
{
    private static Dictionary<string, string?> EnabledMailWith(string key, string? value)
    {
        var settings = EnabledMail();
        settings[key] = value;
        return settings;
    }

    [Fact]
    public async Task StartAsync_NoSection_StartsWithMailOffAndTheDefaults()
    {
        using var host = Host([]);

        await host.StartAsync(TestContext.Current.CancellationToken);

        var options = host.Services.GetRequiredService<IOptions<EmailNotificationOptions>>().Value;
        options.Enabled.ShouldBeFalse();
        options.To.ShouldBeEmpty();
        (options.SmtpPort, options.Security, options.PasswordEnvironmentVariable).ShouldBe((587, SmtpSecurity.StartTls, "FACTPIPELINE_SMTP_PASSWORD"));
        (options.MaxAttempts, options.RetryBaseDelay).ShouldBe((3, TimeSpan.FromSeconds(5)));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task StartAsync_DisabledWithoutHostOrAddresses_Starts()
    {
        using var host = Host(new() { ["Notifications:Email:Enabled"] = "false", ["Notifications:Email:To:0"] = "not an address" });

        await host.StartAsync(TestContext.Current.CancellationToken);

        host.Services.GetRequiredService<IOptions<EmailNotificationOptions>>().Value.Enabled.ShouldBeFalse();
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task StartAsync_EnabledAndComplete_BindsEveryValue()
    {
        var settings = EnabledMail();
        settings["Notifications:Email:To:1"] = "Editor <editor@example.org>";
        settings["Notifications:Email:SmtpPort"] = "465";
        settings["Notifications:Email:Security"] = "SslOnConnect";
        settings["Notifications:Email:UserName"] = "nightly";
        settings["Notifications:Email:PasswordEnvironmentVariable"] = "NIGHTLY_SMTP_PASSWORD";
        using var host = Host(settings);

        await host.StartAsync(TestContext.Current.CancellationToken);

        var options = host.Services.GetRequiredService<IOptions<EmailNotificationOptions>>().Value;
        options.To.ShouldBe(["desk@example.org", "Editor <editor@example.org>"]);
        (options.SmtpHost, options.SmtpPort, options.Security).ShouldBe(("smtp.example.org", 465, SmtpSecurity.SslOnConnect));
        (options.From, options.UserName, options.PasswordEnvironmentVariable).ShouldBe(("FactPipeline <nightly@example.org>", "nightly", "NIGHTLY_SMTP_PASSWORD"));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task StartAsync_EnabledWithoutHost_FailsNamingSmtpHost()
    {
        var error = await StartFailsAsync(EnabledMailWith("Notifications:Email:SmtpHost", ""));

        error.Failures.ShouldHaveSingleItem().ShouldBe("Notifications:Email:SmtpHost is required when Notifications:Email:Enabled is true (e.g. smtp.example.org).");
    }

    [Fact]
    public async Task StartAsync_EnabledWithoutFrom_FailsNamingFrom()
    {
        var error = await StartFailsAsync(EnabledMailWith("Notifications:Email:From", null));

        error.Failures.ShouldHaveSingleItem().ShouldBe("Notifications:Email:From is required when Notifications:Email:Enabled is true (e.g. factpipeline@example.org).");
    }

    [Fact]
    public async Task StartAsync_FromNotAnAddress_FailsNamingFrom()
    {
        var error = await StartFailsAsync(EnabledMailWith("Notifications:Email:From", "nightly"));

        error.Failures.ShouldHaveSingleItem().ShouldBe("Notifications:Email:From 'nightly' is not a mail address.");
    }

    [Fact]
    public async Task StartAsync_EnabledWithoutRecipients_FailsNamingTo()
    {
        var error = await StartFailsAsync(EnabledMailWith("Notifications:Email:To:0", null));

        error.Failures.ShouldHaveSingleItem().ShouldBe("Notifications:Email:To needs at least one address when Notifications:Email:Enabled is true.");
    }

    [Theory]
    [InlineData("desk")]
    [InlineData("desk@")]
    [InlineData("@example.org")]
    [InlineData("desk at example.org")]
    public async Task StartAsync_RecipientNotAnAddress_FailsNamingItsIndex(string address)
    {
        var error = await StartFailsAsync(EnabledMailWith("Notifications:Email:To:1", address));

        error.Failures.ShouldHaveSingleItem().ShouldBe($"Notifications:Email:To:1 '{address}' is not a mail address.");
    }

    [Fact]
    public async Task StartAsync_PortOutOfRange_FailsNamingSmtpPort()
    {
        var error = await StartFailsAsync(EnabledMailWith("Notifications:Email:SmtpPort", "70000"));

        error.Failures.ShouldHaveSingleItem().ShouldStartWith("Notifications:Email:SmtpPort: ");
        error.Failures.Single().ShouldContain("between 1 and 65535");
    }

    [Fact]
    public async Task StartAsync_PasswordInSettings_IsRefusedEvenWithMailOff()
    {
        var error = await StartFailsAsync(new() { ["Notifications:Email:Password"] = "hunter2" });

        error.Failures.ShouldHaveSingleItem().ShouldBe(
            "Notifications:Email:Password must not be set in a configuration file; remove it and put the password in the environment variable FACTPIPELINE_SMTP_PASSWORD (Notifications:Email:PasswordEnvironmentVariable).");
    }

    [Fact]
    public async Task StartAsync_UnknownSecurity_FailsNamingTheKey()
    {
        using var host = Host(EnabledMailWith("Notifications:Email:Security", "Starttls2"));

        var error = await Should.ThrowAsync<InvalidOperationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        error.Message.ShouldContain("Notifications:Email:Security");
        error.Message.ShouldContain("Starttls2");
    }
}
