using FactPipeline.Core.Common.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.CrossCheck;

public static class CrossCheckServiceCollectionExtensions
{
    public static IServiceCollection AddCrossCheck(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<CrossCheckOptions>(configuration, CrossCheckOptions.SectionName);
        services.AddSingleton<ICrossChecker, CrossChecker>();
        return services;
    }
}
