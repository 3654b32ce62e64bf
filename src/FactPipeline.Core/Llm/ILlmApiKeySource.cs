using Microsoft.Extensions.Configuration;

namespace FactPipeline.Core.Llm;

/// <summary>Where the API key comes from: never the settings file.</summary>
public interface ILlmApiKeySource
{
    /// <summary>The key stored under <paramref name="variableName"/>, or null when there is none.</summary>
    string? Find(string variableName);
}

/// <summary>
/// The process environment first, then user secrets (a configuration holding only the secrets store, so a
/// key typed into appsettings.json under the same name is not picked up by accident).
/// </summary>
public sealed class EnvironmentApiKeySource(IConfiguration? userSecrets = null) : ILlmApiKeySource
{
    public string? Find(string variableName)
    {
        var value = Environment.GetEnvironmentVariable(variableName);
        if (string.IsNullOrWhiteSpace(value))
        {
            value = userSecrets?[variableName];
        }
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
