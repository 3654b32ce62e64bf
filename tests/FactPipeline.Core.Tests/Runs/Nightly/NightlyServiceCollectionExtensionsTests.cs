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
}
