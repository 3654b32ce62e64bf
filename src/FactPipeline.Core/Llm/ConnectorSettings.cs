using System.Globalization;
using System.Text.Json;
using FactPipeline.Core.Common;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace FactPipeline.Core.Llm;

/// <summary>
/// A prompt's execution settings (the <c>execution_settings</c> of its <c>config.json</c>) as the connector's own
/// settings type. Given the general type, the connector converts it by reflection JSON
/// (<c>OpenAIPromptExecutionSettings.FromExecutionSettings</c>), which a Native AOT build cannot run, and the
/// connector's converters are not public, so generated JSON cannot either: the settings a prompt may use are mapped
/// here, and any other is an error naming it rather than a setting silently dropped.
/// </summary>
internal static class ConnectorSettings
{
    /// <summary>The <c>execution_settings</c> keys a prompt may use.</summary>
    public static readonly IReadOnlyList<string> Supported =
        ["temperature", "top_p", "max_tokens", "seed", "presence_penalty", "frequency_penalty", "stop_sequences", "response_format"];

    public static OpenAIPromptExecutionSettings For(PromptExecutionSettings settings, LlmProvider provider, string prompt)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings is OpenAIPromptExecutionSettings own)
        {
            return own;
        }
        OpenAIPromptExecutionSettings converted = provider == LlmProvider.AzureOpenAI ? new AzureOpenAIPromptExecutionSettings() : new OpenAIPromptExecutionSettings();
        converted.ServiceId = settings.ServiceId;
        converted.ModelId = settings.ModelId;
        converted.FunctionChoiceBehavior = settings.FunctionChoiceBehavior;
        foreach (var (key, value) in settings.ExtensionData ?? new Dictionary<string, object>())
        {
            switch (key.ToLowerInvariant())
            {
                case "temperature": converted.Temperature = Number(value, prompt, key); break;
                case "top_p": converted.TopP = Number(value, prompt, key); break;
                case "presence_penalty": converted.PresencePenalty = Number(value, prompt, key); break;
                case "frequency_penalty": converted.FrequencyPenalty = Number(value, prompt, key); break;
                case "max_tokens": converted.MaxTokens = (int?)Whole(value, prompt, key); break;
                case "seed": converted.Seed = Whole(value, prompt, key); break;
                case "stop_sequences": converted.StopSequences = Texts(value, prompt, key); break;
                // The connector reads a JSON object (json_schema, json_object) or a text ("json_object") itself.
                case "response_format": converted.ResponseFormat = value; break;
                default:
                    throw new SettingsException(
                        $"prompts/{prompt}: execution setting '{key}' is not supported (supported: {string.Join(", ", Supported)})");
            }
        }
        return converted;
    }

    private static double? Number(object? value, string prompt, string key) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        JsonElement { ValueKind: JsonValueKind.Number } number => number.GetDouble(),
        IConvertible convertible when value is not string and not bool => convertible.ToDouble(CultureInfo.InvariantCulture),
        _ => throw Invalid(prompt, key, "a number"),
    };

    private static long? Whole(object? value, string prompt, string key) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        JsonElement { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var whole) => whole,
        int or long or short => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ => throw Invalid(prompt, key, "a whole number"),
    };

    private static List<string>? Texts(object? value, string prompt, string key) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        JsonElement { ValueKind: JsonValueKind.Array } array when array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            [.. array.EnumerateArray().Select(e => e.GetString()!)],
        IEnumerable<string> texts => [.. texts],
        _ => throw Invalid(prompt, key, "a list of texts"),
    };

    private static SettingsException Invalid(string prompt, string key, string expected) =>
        new($"prompts/{prompt}: execution setting '{key}' must be {expected}");
}
