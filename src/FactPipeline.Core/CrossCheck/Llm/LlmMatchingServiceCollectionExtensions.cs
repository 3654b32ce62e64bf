using FactPipeline.Core.Common.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.CrossCheck.Llm;

public static class LlmMatchingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IClaimPairJudge"/> as <see cref="LlmClaimPairJudge"/> (options from
    /// <see cref="LlmMatchingOptions.SectionName"/>). Needs an <see cref="Llm.ILlmClient"/> registration;
    /// when that client is not enabled the judge reports <see cref="IClaimPairJudge.IsEnabled"/> false and the
    /// cross-check runs offline.
    /// </summary>
    public static IServiceCollection AddLlmMatching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<LlmMatchingOptions>(configuration, LlmMatchingOptions.SectionName);
        services.TryAddSingleton<IClaimPairJudge, LlmClaimPairJudge>();
        return services;
    }
}
