using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.SemanticKernel;

namespace FactPipeline.Core.Llm;

/// <summary>
/// A prompt directory's <c>config.json</c> read by generated code: Semantic Kernel's
/// <see cref="PromptTemplateConfig.FromJson"/> reads it by reflection, which a Native AOT build cannot do. The options
/// are the ones FromJson reads with (trailing commas, comments, any letter case).
/// </summary>
[JsonSourceGenerationOptions(AllowTrailingCommas = true, PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(PromptTemplateConfig))]
internal sealed partial class PromptConfigJson : JsonSerializerContext
{
    /// <summary>As <see cref="PromptTemplateConfig.FromJson"/>: an empty file or a non-text default is an error.</summary>
    public static PromptTemplateConfig Parse(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        var config = JsonSerializer.Deserialize(json, Default.PromptTemplateConfig)
            ?? throw new ArgumentException("the prompt configuration is empty (null)");
        // A default is read as a JsonElement (its declared type is object); FromJson keeps text defaults as strings.
        foreach (var variable in config.InputVariables)
        {
            variable.Default = variable.Default switch
            {
                null or string => variable.Default,
                JsonElement { ValueKind: JsonValueKind.String } text => text.GetString(),
                JsonElement { ValueKind: JsonValueKind.Null } => null,
                _ => throw new ArgumentException($"input variable '{variable.Name}': only text defaults are supported"),
            };
        }
        return config;
    }
}
