using FactPipeline.Core.Common.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Review.Exports;

public static class ExportServiceCollectionExtensions
{
    /// <summary>The exports of the tracked findings (CSV, ClaimReview) and who they name as publisher.</summary>
    public static IServiceCollection AddReviewExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<OrganisationOptions>(configuration, OrganisationOptions.SectionName);
        services.TryAddSingleton<FindingExporter>();
        return services;
    }
}
