using FactPipeline.Core.Pipeline;
using FactPipeline.Core.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactPipeline.Cli;

/// <summary>Builds the service container from appsettings.json, environment variables and CLI overrides.</summary>
internal static class AppHost
{
    public const string SettingsFile = "appsettings.json";

    public static IHost Build(IReadOnlyDictionary<string, string?> overrides, CliSession session)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = session.WorkingDirectory,
            DisableDefaults = true,
        });
        // The working directory's appsettings.json wins; the copy next to the program is the fallback.
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, SettingsFile), optional: true);
        builder.Configuration.AddJsonFile(Path.Combine(session.WorkingDirectory, SettingsFile), optional: true);
        builder.Configuration.AddEnvironmentVariables("FACTPIPELINE_");
        builder.Configuration.AddInMemoryCollection(session.Settings);
        builder.Configuration.AddInMemoryCollection(overrides);
        LlmFlags.DefaultProvider(builder.Configuration, overrides);
        builder.Logging.ClearProviders();
        // The LLM key: environment variable, else user secrets; a separate configuration so the settings
        // files can never supply it.
        var secrets = new ConfigurationBuilder().AddUserSecrets(typeof(AppHost).Assembly, optional: true).Build();
        builder.Services.AddSingleton<ILlmApiKeySource>(new EnvironmentApiKeySource(secrets));
        builder.Services.AddFactPipeline(builder.Configuration);
        return builder.Build();
    }
}
