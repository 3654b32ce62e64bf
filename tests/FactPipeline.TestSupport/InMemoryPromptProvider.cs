using System.Text;

using FactPipeline.Core.Llm;

namespace FactPipeline.TestSupport;

/// <summary>Prompts held in memory (tests, tools): same format and versioning as the files.</summary>
public sealed class InMemoryPromptProvider : IPromptProvider
{
    private readonly Dictionary<string, LlmPrompt> _prompts = new(StringComparer.Ordinal);

    /// <summary>Adds (or replaces) a prompt from the text of its skprompt.txt and config.json.</summary>
    public InMemoryPromptProvider Add(string name, string template, string configJson)
    {
        _prompts[name] = FilePromptProvider.Load(name, Encoding.UTF8.GetBytes(template), Encoding.UTF8.GetBytes(configJson));
        return this;
    }

    public LlmPrompt? Find(string name) => _prompts.GetValueOrDefault(name);
}
