using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.CrossCheck;

public static class CrossCheckServiceCollectionExtensions
{
    public static IServiceCollection AddCrossCheck(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrossCheckOptions>()
            .Bind(configuration.GetSection(CrossCheckOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ICrossChecker, CrossChecker>();
        return services;
    }
}
