using FactPipeline.Core.Common.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Claims.Llm;

public static class LlmClaimsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IClaimAugmenter"/> with its options (section <c>Llm:Claims</c>, validated on start).
    /// Registers the rules extractor it describes figures with (AddClaims) too. Needs an <see cref="Llm.ILlmClient"/>
    /// (AddLlm) and an <see cref="Quantities.IQuantityRecognizer"/> (AddQuantities).
    /// </summary>
    public static IServiceCollection AddLlmClaims(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<LlmClaimsOptions>(configuration, LlmClaimsOptions.SectionName);
        services.AddClaims(); // the rules extractor describes the model's figures
        services.TryAddSingleton<IClaimAugmenter, LlmClaimAugmenter>();
        return services;
    }
}
