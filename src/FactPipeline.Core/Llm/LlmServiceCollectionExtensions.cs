using FactPipeline.Core.Common.Http;
using FactPipeline.Core.Common.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILlmClient"/>, <see cref="ILlmRunMonitor"/>, <see cref="IPromptProvider"/> and the
    /// run ledger ("Llm" section); the answer cache (<see cref="ILlmStore"/>) comes from storage (AddSqliteStorage). With Provider None (the default) the client is registered but disabled.
    /// Settings are validated at start: a misconfigured provider stops the host before any work.
    /// </summary>
    public static IServiceCollection AddLlm(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILlmApiKeySource>(new EnvironmentApiKeySource());
        services.AddValidatedOptions<LlmOptions, LlmOptionsValidator>(configuration, LlmOptions.SectionName)
            .RejectMovedResilienceKeys(configuration, LlmOptions.SectionName);
        services.TryAddSingleton<IPromptProvider, FilePromptProvider>();
        services.TryAddSingleton<LlmRunLedger>();
        services.TryAddSingleton<ILlmRunMonitor>(provider => provider.GetRequiredService<LlmRunLedger>());
        services.TryAddSingleton<LlmChatServiceFactory>();
        services.TryAddSingleton<ILlmClient, LlmClient>();
        services.AddLlmHttpClient();
        return services;
    }
}
