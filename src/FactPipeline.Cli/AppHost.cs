using FactPipeline.Core.Common.Options;
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
    public const string SettingsFile = SettingsSources.SettingsFile;

    /// <param name="verbose">--verbose: our own messages from Debug up, the framework's from Information up.</param>
    /// <param name="configure">More services for this command (the job engine of <c>worker</c> and <c>enqueue</c>).</param>
    public static IHost Build(IReadOnlyDictionary<string, string?> overrides, CliSession session, bool verbose = false,
        Action<IServiceCollection, IConfiguration>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = session.WorkingDirectory,
            DisableDefaults = true,
        });
        builder.Configuration.AddFactPipelineSettings(session.WorkingDirectory);
        builder.Configuration.AddInMemoryCollection(session.Settings);
        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Configuration.AddInMemoryCollection(OtlpTelemetry.FromEnvironment(Environment.GetEnvironmentVariables()));
        LlmFlags.DefaultProvider(builder.Configuration, overrides);
        ConfigureLogging(builder.Logging, builder.Configuration, verbose);
        if (!session.UsesProcessConsole)
        {
            // A run in process (tests): its log lines go to its own error writer, not the shared stderr.
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(new WriterLoggerProvider(session.Error));
        }
        // The LLM key: environment variable, else user secrets; a separate configuration so the settings
        // files can never supply it.
        var secrets = new ConfigurationBuilder().AddUserSecrets(typeof(AppHost).Assembly, optional: true).Build();
        builder.Services.AddSingleton<ILlmApiKeySource>(new EnvironmentApiKeySource(secrets));
        if (session.Time is { } time)
        {
            builder.Services.AddSingleton(time); // before the stages' TryAdd of the system clock
        }
        builder.Services.AddFactPipeline(builder.Configuration);
        configure?.Invoke(builder.Services, builder.Configuration);
        OtlpTelemetry.AddIfConfigured(builder.Services, builder.Configuration);
        return builder.Build();
    }

    /// <summary>
    /// Warnings and errors go to stderr by default, so stdout stays the report; a "Logging" section in the
    /// settings can still tune categories. Every level goes to stderr: the progress line and tables own stdout.
    /// </summary>
    internal static void ConfigureLogging(ILoggingBuilder logging, IConfiguration configuration, bool verbose)
    {
        logging.ClearProviders();
        logging.AddConfiguration(configuration.GetSection("Logging"));
        logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning);
        if (verbose)
        {
            logging.AddFilter("Microsoft", LogLevel.Information);
            logging.AddFilter("System", LogLevel.Information);
            logging.AddFilter("Polly", LogLevel.Information);
        }
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning); // "Press Ctrl+C to shut down" is for servers
        // "Hosting failed to start" repeats, with a stack trace, the settings error RunCommand reports in one line.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", verbose ? LogLevel.Debug : LogLevel.None);
        logging.AddSimpleConsole(); // several lines per message: a caught exception keeps its stack trace readable
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
