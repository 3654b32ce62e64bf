using Microsoft.Extensions.Configuration;

namespace FactPipeline.Core.Common.Options;

/// <summary>Where every host (the command, the desk) reads its settings from, in the order later ones win.</summary>
public static class SettingsSources
{
    public const string SettingsFile = "appsettings.json";

    public const string EnvironmentPrefix = "FACTPIPELINE_";

    /// <summary>
    /// The appsettings.json next to the program (a fallback travelling with it), the working directory's, then
    /// <c>FACTPIPELINE_</c> environment variables (<c>FACTPIPELINE_Storage__DatabasePath</c>).
    /// </summary>
    public static IConfigurationBuilder AddFactPipelineSettings(this IConfigurationBuilder configuration, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, SettingsFile), optional: true)
            .AddJsonFile(Path.Combine(workingDirectory, SettingsFile), optional: true)
            .AddEnvironmentVariables(EnvironmentPrefix);
    }
}
