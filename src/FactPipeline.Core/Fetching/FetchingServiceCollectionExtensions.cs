using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Fetching;

public static class FetchingServiceCollectionExtensions
{
    /// <summary>Registers <see cref="LocalFileSource"/> as the <see cref="IDocumentSource"/>, bound to the "Input" section.</summary>
    public static IServiceCollection AddLocalFiles(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LocalFileSourceOptions>()
            .Bind(configuration.GetSection(LocalFileSourceOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IDocumentSource, LocalFileSource>();
        return services;
    }
}
