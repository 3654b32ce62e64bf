using Microsoft.Extensions.DependencyInjection;

namespace FactPipeline.Core.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ArticleExtractor"/> as the singleton <see cref="IArticleExtractor"/>.</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IArticleExtractor, ArticleExtractor>();
        return services;
    }
}
