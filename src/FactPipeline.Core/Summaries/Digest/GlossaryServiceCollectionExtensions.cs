using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Summaries.Digest;

public static class GlossaryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the one <see cref="Glossary"/> of proper names, read from <c>names.glossary.json</c> when first
    /// asked for. The digests and the generated summaries both call this; only the first call registers.
    /// </summary>
    public static IServiceCollection AddGlossary(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ => Glossary.Load());
        return services;
    }
}
