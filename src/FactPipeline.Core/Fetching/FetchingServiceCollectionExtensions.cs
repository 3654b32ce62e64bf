using FactPipeline.Core.Common.Options;
using FactPipeline.Core.Fetching.Web;
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
        services.AddValidatedOptions<LocalFileSourceOptions>(configuration, LocalFileSourceOptions.SectionName);
        services.AddLogging(); // no provider unless the host adds one: then the log goes nowhere
        services.AddSingleton<LocalFileSource>();
        services.AddSingleton<IDocumentSource>(provider => provider.GetRequiredService<LocalFileSource>());
        return services;
    }

    /// <summary>Files and URLs: <see cref="InputRouter"/> over <see cref="LocalFileSource"/> and <see cref="WebSource"/>.</summary>
    public static IServiceCollection AddDocumentSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalFiles(configuration);
        services.AddWebFetching(configuration);
        services.AddSingleton<InputRouter>();
        services.AddSingleton<IDocumentSource>(provider => provider.GetRequiredService<InputRouter>()); // registered last: wins over the files-only source
        services.AddSingleton<ISourceExpander>(provider => provider.GetRequiredService<InputRouter>());
        return services;
    }
}
