using FactPipeline.Core.Common.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactPipeline.Core.Accounts;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>The desk's accounts: <see cref="AccountService"/> and its settings. The store comes from Storage.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AccountOptions>(configuration, AccountOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AccountService>();
        return services;
    }
}
