using FactPipeline.Core.Runs.Nightly;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Tests.Runs.Nightly;

/// <summary>A host with <see cref="NightlyServiceCollectionExtensions.AddNightlyReports"/> over in-memory settings, as a host starts it.</summary>
internal static class NightlySettings
{
    public static IHost Host(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        builder.Services.AddLogging();
        builder.Services.AddNightlyReports(configuration);
        return builder.Build();
    }

    /// <summary>Mail switched on with everything it needs; tests take one piece away.</summary>
    public static Dictionary<string, string?> EnabledMail() => new()
    {
        ["Notifications:Email:Enabled"] = "true",
        ["Notifications:Email:SmtpHost"] = "smtp.example.org",
        ["Notifications:Email:From"] = "FactPipeline <nightly@example.org>",
        ["Notifications:Email:To:0"] = "desk@example.org",
    };

    public static async Task<OptionsValidationException> StartFailsAsync(Dictionary<string, string?> settings)
    {
        using var host = Host(settings);
        return await Should.ThrowAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
    }
}
