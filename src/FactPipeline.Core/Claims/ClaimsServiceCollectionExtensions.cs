using FactPipeline.Core.Model.Lexicon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Claims;

public static class ClaimsServiceCollectionExtensions
{
    public static IServiceCollection AddClaims(this IServiceCollection services)
    {
        services.TryAddSingleton(ConceptLexicon.Default);
        services.TryAddSingleton<IClaimExtractor, ClaimExtractor>();
        return services;
    }
}
