using Microsoft.Extensions.Options;

namespace FactPipeline.Core.Llm;

/// <summary>
/// The checks that need more than one field (or the environment); the annotations, the budget's and the
/// resilience settings' included, are checked by AddValidatedOptions. Each failure is one line naming the
/// setting and the fix, because it is printed as the only output of a run that refused to start.
/// </summary>
public sealed class LlmOptionsValidator(ILlmApiKeySource keys) : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            failures.Add($"Llm:ApiKey must not be set in a configuration file; remove it and put the key in the environment variable {options.ApiKeyEnvironmentVariable} (or user secrets).");
        }
        if (options.Provider != LlmProvider.None)
        {
            ValidateProvider(options, failures);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void ValidateProvider(LlmOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add($"Llm:Model is required when Llm:Provider is {options.Provider} (e.g. --llm-model gpt-4o-mini).");
        }
        var needsEndpoint = options.Provider is LlmProvider.AzureOpenAI or LlmProvider.OpenAICompatible;
        if (needsEndpoint && string.IsNullOrWhiteSpace(options.Endpoint))
        {
            failures.Add($"Llm:Endpoint is required when Llm:Provider is {options.Provider} (e.g. --llm-endpoint http://localhost:11434/v1).");
        }
        else if (!string.IsNullOrWhiteSpace(options.Endpoint) && !IsHttpUrl(options.Endpoint))
        {
            failures.Add($"Llm:Endpoint '{options.Endpoint}' is not an absolute http(s) URL.");
        }
        else if (options.Provider == LlmProvider.AzureOpenAI && !options.Endpoint!.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            // The Azure connector refuses anything else, and would say so only at the first call.
            failures.Add($"Llm:Endpoint '{options.Endpoint}' must start with https:// for AzureOpenAI.");
        }
        var needsKey = options.Provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI;
        if (needsKey && keys.Find(options.ApiKeyEnvironmentVariable) is null)
        {
            failures.Add($"Llm:Provider {options.Provider} needs an API key: set the environment variable {options.ApiKeyEnvironmentVariable} (or user secrets).");
        }
    }

    internal static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
