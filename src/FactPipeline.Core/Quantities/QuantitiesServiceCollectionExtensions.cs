using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Quantities;

public static class QuantitiesServiceCollectionExtensions
{
    /// <summary>Registers the stateless <see cref="QuantityRecognizer"/> as the singleton <see cref="IQuantityRecognizer"/>.</summary>
    public static IServiceCollection AddQuantities(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IQuantityRecognizer, QuantityRecognizer>();
        return services;
    }
}
