using FactPipeline.Core.Runs.Nightly;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Runs.Nightly;

public sealed class NightlyServiceCollectionExtensionsTests
{
    private static ServiceProvider Provider(int registrations)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(NightlySettings.EnabledMail()).Build();
        var services = new ServiceCollection().AddLogging();
        for (var i = 0; i < registrations; i++)
        {
            services.AddNightlyReports(configuration);
        }
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddNightlyReports_ResolvesTheReporterWithTheMailKitMailer()
    {
        using var provider = Provider(registrations: 1);

        provider.GetRequiredService<NightlyReporter>().ShouldNotBeNull();
        provider.GetRequiredService<IDigestMailer>().ShouldBeOfType<MailKitDigestMailer>();
    }

    [Fact]
    public void AddNightlyReports_CalledTwice_BindsTheRecipientsOnce()
    {
        using var provider = Provider(registrations: 2);

        provider.GetRequiredService<IOptions<EmailNotificationOptions>>().Value.To.ShouldBe(["desk@example.org"]);
        provider.GetServices<NightlyReporter>().Count().ShouldBe(1);
    }

    [Fact]
    public void AddNightlyReports_RepositorySettingsFile_GivesTheDefaultsAndValidates()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepoPaths.Root, "appsettings.json")).Build();
        using var provider = new ServiceCollection().AddLogging().AddNightlyReports(configuration).BuildServiceProvider();

        var email = provider.GetRequiredService<IOptions<EmailNotificationOptions>>().Value;
        var defaults = new EmailNotificationOptions();
        (email.Enabled, email.To.Count, email.SmtpPort, email.Security).ShouldBe((false, 0, defaults.SmtpPort, defaults.Security));
        (email.PasswordEnvironmentVariable, email.MaxAttempts, email.RetryBaseDelay, email.Timeout)
            .ShouldBe((defaults.PasswordEnvironmentVariable, defaults.MaxAttempts, defaults.RetryBaseDelay, defaults.Timeout));
        provider.GetRequiredService<IOptions<NightlyReportOptions>>().Value.NightlyDirectory.ShouldBe(new NightlyReportOptions().NightlyDirectory);
    }
}
