using FactPipeline.Core.Common.Options;
using FactPipeline.Core.Review.Exports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Runs.Nightly;

public static class NightlyServiceCollectionExtensions
{
    /// <summary>
    /// The nightly digest folder and its mail (<see cref="NightlyReporter"/>), with their settings (<c>Reports</c>,
    /// <c>Notifications:Email</c>) checked when the host starts, and <c>Desk:Organisation</c> for the findings' links.
    /// The host provides logging.
    /// </summary>
    public static IServiceCollection AddNightlyReports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Once: binding a section twice would add its To list's addresses twice.
        if (services.Any(d => d.ServiceType == typeof(NightlyReporter)))
        {
            return services;
        }
        services.AddValidatedOptions<NightlyReportOptions>(configuration, NightlyReportOptions.SectionName);
        services.AddValidatedOptions<EmailNotificationOptions, EmailNotificationOptionsValidator>(configuration, EmailNotificationOptions.SectionName);
        // The same binding AddReviewExports makes; its validator is registered once however many stages ask.
        services.AddValidatedOptions<OrganisationOptions>(configuration, OrganisationOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NightlyDigestWriter>();
        services.TryAddSingleton<IDigestMailer, MailKitDigestMailer>();
        services.TryAddSingleton<NightlyReporter>();
        return services;
    }
}
