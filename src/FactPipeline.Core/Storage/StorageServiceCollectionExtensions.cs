using FactPipeline.Core.Accounts;
using FactPipeline.Core.Common.Options;
using FactPipeline.Core.Fetching;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Review;
using FactPipeline.Core.Review.Corrections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.SectionName);
        services.AddSingleton<IFactStore, SqliteFactStore>();
        services.AddSingleton<IFetchStateStore, SqliteFetchStateStore>();
        // Storage implements the interfaces the stages that use them own: fetch state (Fetching), the LLM answer cache (Llm),
        // the desk's users (Accounts), its queue, tracked findings and article versions (Review).
        services.TryAddSingleton<ILlmStore, SqliteLlmStore>();
        services.TryAddSingleton<IUserAccountStore, SqliteUserAccountStore>();
        services.TryAddSingleton<IFindingQueue, SqliteFindingQueue>();
        services.TryAddSingleton<IReviewStore, SqliteReviewStore>();
        services.TryAddSingleton<IArticleVersionStore, SqliteArticleVersionStore>();
        return services;
    }
}
