using FactPipeline.Core.Accounts;
using FactPipeline.Core.Common.Options;
using FactPipeline.Core.Fetching;
using FactPipeline.Core.Llm;
using FactPipeline.Core.Review;
using FactPipeline.Core.Review.Corrections;
using FactPipeline.Core.Runs;
using FactPipeline.Core.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The stores of <c>Storage:Provider</c>: SQLite (the default, one file) or PostgreSQL (one database several workers
    /// share). An unknown provider throws a <see cref="Common.SettingsException"/> naming the setting.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.SectionName);
        // Storage implements the interfaces the stages that use them own: fetch state (Fetching), the LLM answer cache (Llm),
        // the desk's users (Accounts), its queue, tracked findings and article versions (Review), the runs' ledger and history (Runs).
        if (StorageOptions.ProviderIn(configuration) == StorageProvider.Postgres)
        {
            services.TryAddSingleton<PostgresDatabase>();
            services.AddSingleton<IFactStore, PostgresFactStore>();
            services.AddSingleton<IFetchStateStore, PostgresFetchStateStore>();
            services.TryAddSingleton<ILlmStore, PostgresLlmStore>();
            services.TryAddSingleton<IUserAccountStore, PostgresUserAccountStore>();
            services.TryAddSingleton<IFindingQueue, PostgresFindingQueue>();
            services.TryAddSingleton<IReviewStore, PostgresReviewStore>();
            services.TryAddSingleton<IRunLedger, PostgresRunLedger>();
            services.TryAddSingleton<IRunHistoryStore, PostgresRunHistoryStore>();
            services.TryAddSingleton<IArticleVersionStore, PostgresArticleVersionStore>();
            return services;
        }
        services.AddSingleton<IFactStore, SqliteFactStore>();
        services.AddSingleton<IFetchStateStore, SqliteFetchStateStore>();
        services.TryAddSingleton<ILlmStore, SqliteLlmStore>();
        services.TryAddSingleton<IUserAccountStore, SqliteUserAccountStore>();
        services.TryAddSingleton<IFindingQueue, SqliteFindingQueue>();
        services.TryAddSingleton<IReviewStore, SqliteReviewStore>();
        services.TryAddSingleton<IRunLedger, SqliteRunLedger>();
        services.TryAddSingleton<IRunHistoryStore, SqliteRunHistoryStore>();
        services.TryAddSingleton<IArticleVersionStore, SqliteArticleVersionStore>();
        return services;
    }
}
