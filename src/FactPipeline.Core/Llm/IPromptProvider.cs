using Microsoft.SemanticKernel;

namespace FactPipeline.Core.Llm;

/// <summary>
/// One prompt: its Semantic Kernel configuration (template, execution settings, input variables) and a
/// version that changes whenever either file changes, so cached answers belong to the exact prompt text.
/// </summary>
public sealed record LlmPrompt(string Name, PromptTemplateConfig Config, string Version);

/// <summary>Finds prompts by name. Files in production (<see cref="FilePromptProvider"/>); tests may supply their own.</summary>
public interface IPromptProvider
{
    /// <summary>The prompt called <paramref name="name"/>, or null when there is none.</summary>
    LlmPrompt? Find(string name);
}
